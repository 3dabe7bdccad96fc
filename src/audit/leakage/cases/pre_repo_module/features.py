"""Feature scaling helpers."""
import numpy as np


def zscore(values):
    values = np.asarray(values, dtype=float)
    return (values - values.mean(axis=0)) / values.std(axis=0)
