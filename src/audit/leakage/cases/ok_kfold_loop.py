# leakage: none
import numpy as np
from sklearn.model_selection import KFold
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
X = np.load("X.npy"); y = np.load("y.npy")
scores = []
for train_idx, test_idx in KFold(n_splits=5, shuffle=True, random_state=0).split(X):
    X_train, X_test = X[train_idx], X[test_idx]
    y_train, y_test = y[train_idx], y[test_idx]
    scaler = StandardScaler().fit(X_train)
    model = LogisticRegression().fit(scaler.transform(X_train), y_train)
    scores.append(model.score(scaler.transform(X_test), y_test))
print(np.mean(scores))
