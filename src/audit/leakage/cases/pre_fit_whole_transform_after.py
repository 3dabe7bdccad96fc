# leakage: preprocessing@8
import numpy as np
from sklearn.preprocessing import RobustScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge
X = np.load("X.npy")
y = np.load("y.npy")
scaler = RobustScaler().fit(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
X_train = scaler.transform(X_train)
X_test = scaler.transform(X_test)
print(Ridge().fit(X_train, y_train).score(X_test, y_test))
