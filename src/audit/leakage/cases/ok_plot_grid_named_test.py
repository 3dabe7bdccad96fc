# leakage: none
import numpy as np
import matplotlib.pyplot as plt
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
X = np.load("x.npy")
y = np.load("y.npy")
X_train, X_hold, y_train, y_hold = train_test_split(X, y, random_state=0)
X_test = np.linspace(-0.1, 1.1, 500)[:, None]
for degree in [1, 3, 5]:
    y_test = make_pipeline(PolynomialFeatures(degree), LinearRegression()).fit(X_train, y_train).predict(X_test)
    plt.plot(X_test.ravel(), y_test, label=f"degree={degree}")
