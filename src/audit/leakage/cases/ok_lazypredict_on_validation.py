# leakage: none
import pandas as pd
from lazypredict.Supervised import LazyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

houses = pd.read_csv("houses.csv")
X, y = houses.drop(columns="price"), houses["price"]
X_rest, X_test, y_rest, y_test = train_test_split(X, y, test_size=0.2, random_state=3)
X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, test_size=0.25, random_state=3)
ranking = LazyRegressor(verbose=0, ignore_warnings=True)
table, _ = ranking.fit(X_train, X_val, y_train, y_val)
print(table.head())
best = GradientBoostingRegressor(random_state=3).fit(X_train, y_train)
print(mean_absolute_error(y_test, best.predict(X_test)))
