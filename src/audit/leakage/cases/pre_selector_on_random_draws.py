# leakage: preprocessing@8
import numpy as np
from sklearn.feature_selection import SelectPercentile, f_regression
from sklearn.linear_model import Ridge
from sklearn.model_selection import cross_val_score
rng = np.random.RandomState(seed=0)
X, y = rng.normal(size=(100, 10000)), rng.normal(size=(100,))
selector = SelectPercentile(score_func=f_regression, percentile=5).fit(X, y)
X_kept = selector.transform(X)
print(np.mean(cross_val_score(Ridge(), X_kept, y, cv=5)))
