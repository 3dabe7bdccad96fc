import { analyzePython } from '../python/analyze';
import { FRAMEWORKS, frameworksImported } from './frameworks';

describe('frameworksImported', () => {
  test.each([
    ['import numpy as np\nimport pandas as pd', ['numpy']],
    ['import random\nfrom torchvision import models', ['python', 'torch']],
    ['from tensorflow import keras\nimport jax.numpy as jnp', ['tensorflow', 'jax']],
    ['from sklearn.svm import SVC\nimport xgboost\nimport lightgbm as lgb\nfrom catboost import CatBoost', ['sklearn', 'xgboost', 'lightgbm', 'catboost']],
    ['import os, sys', []]
  ])('%j', (source, expected) => {
    expect(frameworksImported(analyzePython(source).imports)).toEqual(expected);
  });

  test('every framework has a label, modules and a seed hint', () => {
    for (const f of FRAMEWORKS) {
      expect(f.label).not.toBe('');
      expect(f.modules.length).toBeGreaterThan(0);
      expect(f.seedHint).not.toBe('');
    }
  });
});
