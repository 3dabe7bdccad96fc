/**
 * Gradient-boosting libraries: where each takes its seed. Their scikit-learn-style estimators take
 * it as a keyword; their native `train`/`cv` take it inside the params dict.
 */
import type { FrameworkId } from './frameworks';

export interface BoosterLibrary {
  framework: Extract<FrameworkId, 'xgboost' | 'lightgbm' | 'catboost'>;
  module: string;
  /** Estimator classes and the keywords that seed them. */
  estimators: readonly string[];
  seedKeywords: readonly string[];
  /** Callables that take a params dict (first positional, or `params=`) holding one of `seedKeywords`. */
  paramsCallables: readonly string[];
}

export const BOOSTER_LIBRARIES: readonly BoosterLibrary[] = [
  {
    framework: 'xgboost',
    module: 'xgboost',
    estimators: ['XGBClassifier', 'XGBRegressor', 'XGBRanker', 'XGBRFClassifier', 'XGBRFRegressor', 'XGBModel'],
    seedKeywords: ['random_state', 'seed'],
    paramsCallables: ['train', 'cv']
  },
  {
    framework: 'lightgbm',
    module: 'lightgbm',
    estimators: ['LGBMClassifier', 'LGBMRegressor', 'LGBMRanker', 'LGBMModel'],
    // `seed` derives LightGBM's other seeds (bagging_seed, feature_fraction_seed, ...).
    seedKeywords: ['random_state', 'seed', 'random_seed'],
    paramsCallables: ['train', 'cv']
  },
  {
    framework: 'catboost',
    module: 'catboost',
    estimators: ['CatBoostClassifier', 'CatBoostRegressor', 'CatBoostRanker'],
    seedKeywords: ['random_seed', 'random_state'],
    paramsCallables: ['CatBoost', 'train', 'cv']
  }
];

export interface BoosterCallable {
  library: BoosterLibrary;
  /** `keyword`: the seed is a keyword argument; `params`: it is a key of the params dict. */
  takesSeedAs: 'keyword' | 'params';
}

/** The boosting callable a qualified callee is, if any (`xgboost.XGBClassifier`, `lightgbm.train`). */
export function boosterCallableNamed(qualified: string | undefined): BoosterCallable | undefined {
  if (!qualified) {
    return undefined;
  }
  const parts = qualified.split('.');
  const library = BOOSTER_LIBRARIES.find(l => l.module === parts[0]);
  if (!library || parts.length < 2) {
    return undefined;
  }
  const name = parts[parts.length - 1];
  if (library.estimators.includes(name)) {
    return { library, takesSeedAs: 'keyword' };
  }
  // Native entry points sit at the top or one submodule down (`xgboost.training.train`).
  if (library.paramsCallables.includes(name) && parts.length <= 3) {
    return { library, takesSeedAs: 'params' };
  }
  return undefined;
}
