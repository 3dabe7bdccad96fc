# leakage: multi-test@11
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeRegressor
df = pd.read_csv("bikes.csv")
X, y = df.drop(columns="count"), df["count"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
errors = []
for depth in range(2, 15):
    tree = DecisionTreeRegressor(max_depth=depth, random_state=0).fit(X_train, y_train)
    errors.append(((tree.predict(X_test) - y_test) ** 2).mean())
print(min(errors))
