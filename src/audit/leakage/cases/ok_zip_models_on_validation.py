# leakage: none
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.svm import SVC
features, target = load_breast_cancer(return_X_y=True)
X_rest, X_test, y_rest, y_test = train_test_split(features, target, test_size=0.2, random_state=3)
X_fit, X_val, y_fit, y_val = train_test_split(X_rest, y_rest, test_size=0.25, random_state=3)
labels = ["bayes", "svm"]
models = [GaussianNB(), SVC(C=0.5)]
accuracy = {}
for i, (label, model) in enumerate(zip(labels, models)):
    model.fit(X_fit, y_fit)
    accuracy[label] = model.score(X_val, y_val)
best = models[0]
best.fit(X_rest, y_rest)
print(best.score(X_test, y_test))
