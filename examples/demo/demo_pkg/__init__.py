"""Iris demo: feature scaling and a random-forest classifier."""

from .features import standardize
from .model import evaluate, train

__all__ = ["standardize", "train", "evaluate"]
