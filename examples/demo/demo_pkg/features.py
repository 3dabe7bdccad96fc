"""Feature preprocessing for the iris demo."""

import numpy as np


def standardize(X):
    """Scale each column of X to zero mean and unit variance.

    Columns whose variance is zero are centred but left unscaled, so that
    constant features do not turn into NaN.
    """
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    std[std == 0] = 1.0
    return (X - mean) / std


def jitter(X, scale=0.05):
    return X + np.random.normal(0.0, scale, size=np.shape(X))
