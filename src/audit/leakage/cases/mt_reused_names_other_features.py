# leakage: multi-test@15
from sklearn.datasets import load_digits
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
X, y = load_digits(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
pca = PCA(0.95).fit(X_train)
X_train_pca, X_test_pca = pca.transform(X_train), pca.transform(X_test)
model = LogisticRegression(max_iter=1000).fit(X_train_pca, y_train)
print("95% of the variance", model.score(X_test_pca, y_test))
pca = PCA(n_components=2).fit(X_train)
X_train_pca, X_test_pca = pca.transform(X_train), pca.transform(X_test)
model = LogisticRegression(max_iter=1000).fit(X_train_pca, y_train)
print("two components", model.score(X_test_pca, y_test))
