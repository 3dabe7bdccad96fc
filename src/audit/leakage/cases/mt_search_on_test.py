# leakage: multi-test@8
from sklearn.datasets import load_digits
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.svm import SVC
X, y = load_digits(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
search = GridSearchCV(SVC(), {"C": [1, 10], "gamma": [0.001, 0.01]})
search.fit(X_test, y_test)
print(search.best_params_)
