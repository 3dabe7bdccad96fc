# leakage: multi-test@17
import numpy as np
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB
X, y = make_classification(n_samples=500, n_features=8, random_state=0)
rng = np.random.RandomState(0)
X = np.c_[X, rng.randn(X.shape[0], 40)]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
forest = RandomForestClassifier(n_estimators=200)
forest.fit(X_train, y_train)
bayes = GaussianNB()
bayes.fit(X_train, y_train)
print(roc_auc_score(y_test, forest.predict_proba(X_test)[:, 1]))
print(roc_auc_score(y_test, bayes.predict_proba(X_test)[:, 1]))
