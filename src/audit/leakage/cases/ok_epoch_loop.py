# leakage: none
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import SGDClassifier
X = np.load("X.npy"); y = np.load("y.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
model = SGDClassifier(random_state=0)
for epoch in range(10):
    model.partial_fit(X_train, y_train, classes=np.unique(y))
    print(epoch, model.score(X_test, y_test))
