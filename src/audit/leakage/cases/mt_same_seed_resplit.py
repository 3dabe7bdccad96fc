# leakage: multi-test@13
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
X, y = load_digits(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=30)
model = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print("all pixels", model.score(X_test, y_test))
# every other pixel: fewer columns, the same rows, split again with the same seed
X_half = X[:, ::2]
X_train_half, X_test_half, y_train, y_test = train_test_split(X_half, y, test_size=0.2, random_state=30)
model = LogisticRegression(max_iter=1000).fit(X_train_half, y_train)
print("half the pixels", model.score(X_test_half, y_test))
