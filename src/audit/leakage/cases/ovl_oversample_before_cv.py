# leakage: overlap@7
from imblearn.over_sampling import RandomOverSampler as ROS
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LogisticRegression
from sklearn.datasets import make_classification
X, y = make_classification(weights=[0.9, 0.1], random_state=0)
X_up, y_up = ROS(random_state=0).fit_resample(X, y)
print(cross_val_score(LogisticRegression(), X_up, y_up, cv=5))
