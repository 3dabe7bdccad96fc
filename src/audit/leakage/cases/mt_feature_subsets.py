# leakage: multi-test@16
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import accuracy_score
X, y = load_wine(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
scaler = StandardScaler().fit(X_train)
X_train_std, X_test_std = scaler.transform(X_train), scaler.transform(X_test)
knn = KNeighborsClassifier(n_neighbors=5)
knn.fit(X_train_std, y_train)
print("all features:", accuracy_score(y_test, knn.predict(X_test_std)))
chosen = [0, 6, 12]
knn.fit(X_train_std[:, chosen], y_train)
print("three features:", accuracy_score(y_test, knn.predict(X_test_std[:, chosen])))
