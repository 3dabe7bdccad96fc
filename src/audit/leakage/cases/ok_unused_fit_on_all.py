# leakage: none
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
df = pd.read_csv("data.csv")
X, y = df.drop(columns="y"), df["y"]
overview = StandardScaler().fit(X)
print(overview.mean_, overview.scale_)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
pipe = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
print(pipe.score(X_test, y_test))
