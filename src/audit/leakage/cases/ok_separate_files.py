# leakage: none
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
features = ["a", "b"]
scaler = StandardScaler().fit(train[features])
svc = SVC().fit(scaler.transform(train[features]), train["y"])
print(svc.score(scaler.transform(test[features]), test["y"]))
