# leakage: none
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.linear_model import LogisticRegression
df = pd.read_csv("data.csv")
X_train, X_test, y_train, y_test = train_test_split(df.drop(columns="y"), df["y"], random_state=0)
pipe = Pipeline([("impute", SimpleImputer()), ("scale", StandardScaler()), ("model", LogisticRegression())])
search = GridSearchCV(pipe, {"model__C": [0.1, 1.0, 10.0]}, cv=5)
search.fit(X_train, y_train)
print(search.score(X_test, y_test))
