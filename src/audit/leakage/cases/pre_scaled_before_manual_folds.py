# leakage: preprocessing@7
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import KFold
from sklearn.svm import SVC
X = np.load("churn.npy"); y = np.load("churn_labels.npy")
X = StandardScaler().fit_transform(X)
predicted = y.copy()
for train_index, test_index in KFold(n_splits=3, shuffle=True, random_state=0).split(X):
    X_train, X_test = X[train_index], X[test_index]
    clf = SVC().fit(X_train, y[train_index])
    predicted[test_index] = clf.predict(X_test)
print((predicted == y).mean())
