# leakage: none
from sklearn.datasets import load_digits
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.svm import SVC
from sklearn.metrics import classification_report
X, y = load_digits(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
search = GridSearchCV(SVC(), {"C": [0.1, 1, 10], "gamma": [0.001, 0.01]}, cv=5)
search.fit(X_train, y_train)
print(search.best_params_, search.best_score_)
print("test accuracy", search.score(X_test, y_test))
best = search.best_estimator_
print(classification_report(y_test, best.predict(X_test)))
