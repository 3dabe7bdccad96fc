# leakage: preprocessing@10
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
features = ["f1", "f2", "f3"]
both = pd.concat([train[features], test[features]])
scaler = StandardScaler().fit(both)
model = GradientBoostingClassifier().fit(scaler.transform(train[features]), train["y"])
print(accuracy_score(test["y"], model.predict(scaler.transform(test[features]))))
