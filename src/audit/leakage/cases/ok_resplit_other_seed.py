# leakage: none
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
X, y = load_digits(return_X_y=True)
first_train, first_test, y_first_train, y_first_test = train_test_split(X, y, test_size=0.2, random_state=30)
print(LogisticRegression(max_iter=1000).fit(first_train, y_first_train).score(first_test, y_first_test))
X_half = X[:, ::2]
other_train, other_test, y_other_train, y_other_test = train_test_split(X_half, y, test_size=0.2)
print(LogisticRegression(max_iter=1000).fit(other_train, y_other_train).score(other_test, y_other_test))
