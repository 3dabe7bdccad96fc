# leakage: multi-test@14
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier
features, target = load_breast_cancer(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(features, target, test_size=0.2, random_state=3)
labels = ["bayes", "svm", "tree"]
models = [GaussianNB(), SVC(C=0.5), DecisionTreeClassifier(max_depth=4)]
accuracy = {}
for label, model in zip(labels, models):
    model.fit(X_train, y_train)
    accuracy[label] = model.score(X_test, y_test)
print(max(accuracy, key=accuracy.get))
