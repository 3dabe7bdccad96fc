# leakage: multi-test@17
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report
data = np.load("churn.npz")
X_train, X_test, y_train, y_test = train_test_split(data["X"], data["y"], stratify=data["y"], random_state=15)


def churn_model(weights):
    model = LogisticRegression(class_weight=weights, max_iter=1000)
    model.fit(X_train, y_train)
    print(classification_report(y_test, model.predict(X_test)))


churn_model(None)
churn_model("balanced")
