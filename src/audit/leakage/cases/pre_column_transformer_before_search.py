# leakage: preprocessing@14
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import GridSearchCV
from sklearn.ensemble import RandomForestRegressor
housing = pd.read_csv("housing_train.csv")
labels = housing.pop("median_house_value")
numeric = Pipeline([("imputer", SimpleImputer(strategy="median")), ("scaler", StandardScaler())])
full = ColumnTransformer([("num", numeric, ["rooms", "income"]), ("cat", OneHotEncoder(), ["ocean"])])
search = GridSearchCV(RandomForestRegressor(random_state=0), {"n_estimators": [10, 30]}, cv=5)
prepared = full.fit_transform(housing)
search.fit(prepared, labels)
print(search.best_score_)
