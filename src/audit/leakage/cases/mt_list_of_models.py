# leakage: multi-test@12
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier
X, y = load_wine(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=1)
candidates = [GaussianNB(), KNeighborsClassifier(), DecisionTreeClassifier(random_state=1)]
for candidate in candidates:
    candidate.fit(X_train, y_train)
    print(type(candidate).__name__, candidate.score(X_test, y_test))
