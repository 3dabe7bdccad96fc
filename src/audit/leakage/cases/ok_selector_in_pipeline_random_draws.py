# leakage: none
import numpy as np
from sklearn.feature_selection import SelectPercentile, f_regression
from sklearn.linear_model import Ridge
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import Pipeline
generator = np.random.RandomState(seed=0)
X = generator.normal(size=(100, 10000))
y = generator.normal(size=(100,))
pipe = Pipeline([("select", SelectPercentile(score_func=f_regression, percentile=5)), ("ridge", Ridge())])
print(np.mean(cross_val_score(pipe, X, y, cv=5)))
