import { analyzePython } from '../python/analyze';
import { CallSeed, callSeedOf } from './callSeeds';

/** The calls of a source that take their own seed, as [framework, kind, value kind, line]. */
function callSeedsOf(source: string): Array<[string, string, string, number]> {
  const analysis = analyzePython(source);
  return analysis.calls
    .map(call => [call, callSeedOf(call, { analysis, offset: call.offset, scope: call.scope })] as const)
    .filter((pair): pair is readonly [typeof pair[0], CallSeed] => pair[1] !== undefined)
    .map(([call, seed]) => [seed.framework, seed.kind, seed.value.kind, call.line]);
}

describe('callSeedOf: scikit-learn', () => {
  test.each<[string, Array<[string, string, string, number]>]>([
    ['from sklearn.model_selection import KFold\nKFold(5, shuffle=False)', []],
    ['from sklearn.model_selection import KFold\nKFold(5)', []],
    ['from sklearn.model_selection import KFold\nKFold(5, shuffle=True)', [['sklearn', 'sklearn', 'missing', 2]]],
    ['from sklearn.model_selection import KFold\nKFold(5, shuffle=True, random_state=0)', [['sklearn', 'sklearn', 'fixed', 2]]],
    ['from sklearn.model_selection import train_test_split\nsplit = train_test_split(X, y)', [['sklearn', 'sklearn', 'missing', 2]]],
    ['from sklearn.model_selection import train_test_split\ntrain_test_split(X, random_state=None)', [['sklearn', 'sklearn', 'none', 2]]],
    ['import sklearn.model_selection as ms\nms.train_test_split(X, shuffle=False)', []],
    ['from sklearn.svm import SVC\nSVC()', []],
    ['from sklearn.svm import SVC\nSVC(probability=True)', [['sklearn', 'sklearn', 'missing', 2]]],
    ['from sklearn import svm\nsvm.SVC(probability=True, random_state=1)', [['sklearn', 'sklearn', 'fixed', 2]]],
    ['from sklearn.linear_model import LogisticRegression as LR\nLR()\nLR(solver="saga")', [['sklearn', 'sklearn', 'missing', 3]]],
    ['from sklearn.ensemble import RandomForestClassifier\nRandomForestClassifier(**params)', [['sklearn', 'sklearn', 'fixed', 2]]],
    ['from sklearn.ensemble import RandomForestClassifier\nSEED = 42\nRandomForestClassifier(random_state=SEED)', [['sklearn', 'sklearn', 'fixed', 3]]],
    ['import time\nfrom sklearn.cluster import KMeans\nKMeans(3, random_state=int(time.time()))', [['sklearn', 'sklearn', 'entropy', 3]]],
    ['from sklearn.datasets import make_classification\nmake_classification(n_samples=10)', [['sklearn', 'sklearn', 'missing', 2]]],
    ['from sklearn.decomposition import PCA\nPCA(2)\nPCA(2, svd_solver="full")', [['sklearn', 'sklearn', 'missing', 2]]]
  ])('%j', (source, expected) => {
    expect(callSeedsOf(source)).toEqual(expected);
  });
});

describe('callSeedOf: boosting libraries', () => {
  test.each<[string, Array<[string, string, string, number]>]>([
    ['import xgboost as xgb\nxgb.XGBClassifier()', [['xgboost', 'booster', 'missing', 2]]],
    ['import xgboost as xgb\nxgb.XGBClassifier(seed=1)', [['xgboost', 'booster', 'fixed', 2]]],
    ['from xgboost import XGBRegressor\nXGBRegressor(random_state=None)', [['xgboost', 'booster', 'none', 2]]],
    ["import xgboost as xgb\nparams = {'max_depth': 3}\nxgb.train(params, dtrain)", [['xgboost', 'booster', 'missing', 3]]],
    ["import xgboost as xgb\nparams = {'max_depth': 3, 'seed': 0}\nxgb.train(params, dtrain)", [['xgboost', 'booster', 'fixed', 3]]],
    ["import xgboost as xgb\nparams = dict(max_depth=3, seed=0)\nxgb.train(params, dtrain)", [['xgboost', 'booster', 'fixed', 3]]],
    // A params dict the audit cannot see is given the benefit of the doubt.
    ['import xgboost as xgb\nxgb.train(load_params(), dtrain)', [['xgboost', 'booster', 'fixed', 2]]],
    ['import lightgbm as lgb\nlgb.LGBMClassifier(random_state=0)', [['lightgbm', 'booster', 'fixed', 2]]],
    ["import lightgbm as lgb\nlgb.train({'objective': 'binary'}, data)", [['lightgbm', 'booster', 'missing', 2]]],
    ['from catboost import CatBoostClassifier\nCatBoostClassifier()', [['catboost', 'booster', 'missing', 2]]],
    ['from catboost import CatBoostClassifier\nCatBoostClassifier(random_seed=0)', [['catboost', 'booster', 'fixed', 2]]],
    ["from catboost import CatBoost\nCatBoost({'random_seed': 1})", [['catboost', 'booster', 'fixed', 2]]]
  ])('%j', (source, expected) => {
    expect(callSeedsOf(source)).toEqual(expected);
  });
});

describe('callSeedOf: generators and keys', () => {
  test.each<[string, Array<[string, string, string, number]>]>([
    ['import numpy as np\nrng = np.random.default_rng()', [['numpy', 'generator', 'missing', 2]]],
    ['import numpy as np\nrng = np.random.default_rng(42)', [['numpy', 'generator', 'fixed', 2]]],
    ['from numpy.random import default_rng\nrng = default_rng(None)', [['numpy', 'generator', 'none', 2]]],
    ['import numpy as np\nrs = np.random.RandomState(seed=1)', [['numpy', 'generator', 'fixed', 2]]],
    ['import random\nr = random.Random()', [['python', 'generator', 'missing', 2]]],
    ['import jax\nkey = jax.random.PRNGKey(0)', [['jax', 'generator', 'fixed', 2]]],
    ['import jax, time\nkey = jax.random.PRNGKey(int(time.time()))', [['jax', 'generator', 'entropy', 2]]],
    ['from jax import random\nseed = 0\nkey = random.key(seed)', [['jax', 'generator', 'fixed', 3]]],
    ['import jax\nimport time\nt = time.time_ns()\nkey = jax.random.key(t)', [['jax', 'generator', 'entropy', 4]]],
    // A key from configuration is reproducible: not a finding.
    ['import jax\nkey = jax.random.key(args.seed)', [['jax', 'generator', 'fixed', 2]]],
    ['import numpy as np\nx = np.random.rand(3)', []]
  ])('%j', (source, expected) => {
    expect(callSeedsOf(source)).toEqual(expected);
  });
});
