# leakage: preprocessing@8
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
passengers = pd.read_csv("passengers.csv")
passengers["Sex"] = passengers["Sex"].map({"female": 0, "male": 1})
passengers["AgeFilled"] = passengers["Age"]
passengers["AgeFilled"] = passengers["AgeFilled"].groupby([passengers["Sex"], passengers["Pclass"]]).apply(lambda ages: ages.fillna(ages.median()))
features = passengers[["Sex", "Pclass", "AgeFilled", "Fare"]].values
X_train, X_test, y_train, y_test = train_test_split(features, passengers["Survived"].values, random_state=0)
forest = RandomForestClassifier(random_state=0).fit(X_train, y_train)
print(forest.score(X_test, y_test))
