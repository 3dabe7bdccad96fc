# leakage: none
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

def preprocess(X, scaler=None):
    if not scaler:
        scaler = StandardScaler()
        scaler.fit(X)
    return scaler.transform(X), scaler

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X_train, scaler = preprocess(train.drop(columns="y"))
X_test, _ = preprocess(test.drop(columns="y"), scaler)
clf = LogisticRegression().fit(X_train, train["y"])
print(clf.score(X_test, test["y"]))
