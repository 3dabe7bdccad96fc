# leakage: none
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_val_score
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
features = ["Pclass", "SibSp", "Parch"]
logistic = LogisticRegression().fit(train[features], train["Survived"])
forest = RandomForestClassifier(random_state=1).fit(train[features], train["Survived"])
print(cross_val_score(RandomForestClassifier(random_state=1), train[features], train["Survived"], cv=5).mean())
pd.DataFrame({"PassengerId": test["PassengerId"], "Survived": logistic.predict(test[features])}).to_csv("logistic.csv", index=False)
pd.DataFrame({"PassengerId": test["PassengerId"], "Survived": forest.predict(test[features])}).to_csv("forest.csv", index=False)
