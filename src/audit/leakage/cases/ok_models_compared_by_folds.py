# leakage: none
from sklearn.datasets import load_digits
from sklearn.model_selection import StratifiedKFold
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
digits = load_digits()


def fold_score(model, X_train, X_test, y_train, y_test):
    model.fit(X_train, y_train)
    return model.score(X_test, y_test)


logistic, svm = [], []
for train_index, test_index in StratifiedKFold(n_splits=3).split(digits.data, digits.target):
    X_train, X_test = digits.data[train_index], digits.data[test_index]
    y_train, y_test = digits.target[train_index], digits.target[test_index]
    logistic.append(fold_score(LogisticRegression(max_iter=2000), X_train, X_test, y_train, y_test))
    svm.append(fold_score(SVC(gamma="auto"), X_train, X_test, y_train, y_test))
print(sum(logistic) / 3, sum(svm) / 3)
