# leakage: none
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression

def prepare(frame):
    X = frame.drop(columns="score")
    y = frame["score"]
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25)
    imputer = SimpleImputer(strategy="median")
    X_train = imputer.fit_transform(X_train)
    X_test = imputer.transform(X_test)
    return X_train, X_test, y_train, y_test

X_train, X_test, y_train, y_test = prepare(pd.read_csv("buildings.csv"))
model = LinearRegression().fit(X_train, y_train)
print(model.score(X_test, y_test))
