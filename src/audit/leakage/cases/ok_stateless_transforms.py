# leakage: none
import numpy as np
import pandas as pd
from sklearn.preprocessing import Normalizer, PolynomialFeatures
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression
df = pd.read_csv("cars.csv")
df = pd.get_dummies(df, columns=["maker"])
X = np.log1p(df.drop(columns="price"))
X = PolynomialFeatures(degree=2).fit_transform(X)
X = Normalizer().fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X, df["price"], random_state=0)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
