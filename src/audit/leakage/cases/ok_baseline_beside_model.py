# leakage: none
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.svm import SVC
from sklearn.metrics import balanced_accuracy_score
X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
model = SVC().fit(X_train, y_train)
print("baseline", balanced_accuracy_score(y_test, baseline.predict(X_test)))
print("model", balanced_accuracy_score(y_test, model.predict(X_test)))
