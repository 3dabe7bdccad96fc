# leakage: none
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from prep import fit_scaler

df = pd.read_csv("wine.csv")
X_train, X_test, y_train, y_test = train_test_split(df.drop(columns="quality"), df["quality"], random_state=0)
scaler = fit_scaler(X_train)
model = LogisticRegression().fit(scaler.transform(X_train), y_train)
print(model.score(scaler.transform(X_test), y_test))
