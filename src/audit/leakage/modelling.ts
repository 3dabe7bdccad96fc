/**
 * Whether a unit of Python does supervised modelling at all: splits data (train_test_split, a CV splitter,
 * cross-validation, a hyper-parameter search, Keras' validation_split) or fits a model and scores it. Code that
 * does neither (an unsupervised exploration, plotting) cannot leak test data, so the `leakage` item is `na` there.
 */
import type { PyAnalysis, PyCall } from '../python/types';

/** Last name of a callee: 'train_test_split' for `sklearn.model_selection.train_test_split` or `tts` resolved. */
function lastName(call: PyCall): string {
  const callee = call.qualified ?? call.text;
  return callee.slice(callee.lastIndexOf('.') + 1);
}

/** Callables that split rows into training and test data, or evaluate on held-out folds. */
const SPLITTING = new Set([
  'train_test_split', 'KFold', 'StratifiedKFold', 'GroupKFold', 'ShuffleSplit', 'StratifiedShuffleSplit',
  'GroupShuffleSplit', 'TimeSeriesSplit', 'RepeatedKFold', 'RepeatedStratifiedKFold', 'LeaveOneOut', 'LeavePOut',
  'PredefinedSplit', 'cross_val_score', 'cross_validate', 'cross_val_predict', 'GridSearchCV', 'RandomizedSearchCV',
  'HalvingGridSearchCV', 'HalvingRandomSearchCV', 'random_split'
]);

/** Fitting a model (not a transformer: `fit_transform` alone is preprocessing). */
const FITTING = new Set(['fit', 'fit_generator', 'train', 'partial_fit', 'fit_predict']);

/** Scoring a model: a metric of sklearn.metrics, an estimator's score, Keras' evaluate. */
function isScoring(call: PyCall): boolean {
  const name = lastName(call);
  return (
    (call.qualified?.startsWith('sklearn.metrics.') ?? false) ||
    /(_score|_error|_loss)$/.test(name) ||
    name === 'score' ||
    name === 'evaluate' ||
    name === 'classification_report' ||
    name === 'confusion_matrix'
  );
}

export interface ModellingUse {
  splits: boolean;
  fits: boolean;
  scores: boolean;
}

export function modellingUseOf(analysis: PyAnalysis): ModellingUse {
  const calls = analysis.calls;
  return {
    splits: calls.some(c => SPLITTING.has(lastName(c)) || 'validation_split' in c.keywords),
    fits: calls.some(c => FITTING.has(lastName(c))),
    scores: calls.some(isScoring)
  };
}

/** The item applies: the code splits data, or fits a model and scores it. */
export function doesSupervisedModelling(use: ModellingUse): boolean {
  return use.splits || (use.fits && use.scores);
}
