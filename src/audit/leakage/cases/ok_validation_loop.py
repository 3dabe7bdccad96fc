# leakage: none
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
X, y = load_breast_cancer(return_X_y=True)
X_rest, X_test, y_rest, y_test = train_test_split(X, y, random_state=0)
X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, random_state=0)
scores = {}
for k in range(1, 21):
    knn = KNeighborsClassifier(n_neighbors=k).fit(X_train, y_train)
    scores[k] = knn.score(X_val, y_val)
best_k = max(scores, key=scores.get)
final = KNeighborsClassifier(n_neighbors=best_k).fit(X_rest, y_rest)
print(final.score(X_test, y_test))
