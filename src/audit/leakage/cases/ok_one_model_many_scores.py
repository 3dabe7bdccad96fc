# leakage: none
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
X, y = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=3)
model = GradientBoostingClassifier(random_state=3)
model.fit(X_train, y_train)
print("train", model.score(X_train, y_train), "test", model.score(X_test, y_test))
predicted = model.predict(X_test)
print(accuracy_score(y_test, predicted), f1_score(y_test, predicted))
print(roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]))
model = GradientBoostingClassifier(random_state=3)
model.fit(X_train, y_train)
print("again", (model.predict(X_test) == y_test).mean())
