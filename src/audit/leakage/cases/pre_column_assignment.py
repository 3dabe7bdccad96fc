# leakage: preprocessing@7
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
df = pd.read_csv("titanic.csv")
df["Age"] = SimpleImputer(strategy="median").fit_transform(df[["Age"]])
X = df[["Age", "Fare", "Pclass"]]
y = df["Survived"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
tree = DecisionTreeClassifier(random_state=0).fit(X_train, y_train)
print(tree.score(X_test, y_test))
