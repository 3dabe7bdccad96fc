# leakage: none
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score
X, y = load_breast_cancer(return_X_y=True)
X_rest, X_test, y_rest, y_test = train_test_split(X, y, random_state=0)
X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, random_state=0)
logistic = LogisticRegression(max_iter=5000).fit(X_train, y_train)
forest = RandomForestClassifier(random_state=0).fit(X_train, y_train)
print(f1_score(y_val, logistic.predict(X_val)), f1_score(y_val, forest.predict(X_val)))
final = RandomForestClassifier(random_state=0).fit(X_rest, y_rest)
print("test", f1_score(y_test, final.predict(X_test)))
