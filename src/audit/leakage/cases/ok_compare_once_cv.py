# leakage: none
from sklearn.datasets import load_iris
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
X, y = load_iris(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
models = {"lr": LogisticRegression(max_iter=500), "rf": RandomForestClassifier(random_state=0)}
cv = {name: cross_val_score(m, X_train, y_train, cv=5).mean() for name, m in models.items()}
best = models[max(cv, key=cv.get)].fit(X_train, y_train)
print(best.score(X_test, y_test))
