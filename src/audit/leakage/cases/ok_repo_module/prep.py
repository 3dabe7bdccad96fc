"""Scaling fit on training rows only."""
from sklearn.preprocessing import StandardScaler


def fit_scaler(train_rows):
    return StandardScaler().fit(train_rows)
