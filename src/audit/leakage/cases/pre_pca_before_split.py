# leakage: preprocessing@7
from sklearn.datasets import load_digits
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
X, y = load_digits(return_X_y=True)
X_reduced = PCA(n_components=20).fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X_reduced, y, random_state=0)
knn = KNeighborsClassifier().fit(X_train, y_train)
print(knn.score(X_test, y_test))
