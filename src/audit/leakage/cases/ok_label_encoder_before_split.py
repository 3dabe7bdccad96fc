# leakage: none
import pandas as pd
from sklearn.preprocessing import LabelEncoder, OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
df = pd.read_csv("wdbc.csv")
y = LabelEncoder().fit_transform(df["diagnosis"])
X = OneHotEncoder(handle_unknown="ignore").fit_transform(df[["shape", "colour"]])
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=1)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
