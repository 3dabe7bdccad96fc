/**
 * The scikit-learn callables that take `random_state`, and when it matters (scikit-learn 1.x API;
 * SEEDS.md lists the sources). A missing `random_state` where it does not matter is no finding, and
 * where setting it is an error (KFold without shuffle) the fixer must not add it.
 */
import type { PyCall } from '../python/types';
import { PyLiteral, literalText, literalValue } from './literal';

/**
 * When `random_state` matters, read from one argument (keyword, else its default):
 * `oneOf`: only for these values (a value the audit cannot read: assume it does not matter);
 * `noneOf`: except for these values (a value the audit cannot read: assume it matters).
 */
export interface RandomStateCondition {
  keyword: string;
  /** The parameter's default, as Python would read it. */
  default: PyLiteral;
  oneOf?: readonly string[];
  noneOf?: readonly string[];
}

export interface RandomStateCallable {
  /** The sklearn subpackage it is public in ('model_selection'). */
  module: string;
  name: string;
  when?: RandomStateCondition;
}

const SHUFFLE_ONLY: RandomStateCondition = { keyword: 'shuffle', default: false, oneOf: ['True'] };
const UNLESS_NO_SHUFFLE: RandomStateCondition = { keyword: 'shuffle', default: true, noneOf: ['False'] };

function group(module: string, names: string[], when?: RandomStateCondition): RandomStateCallable[] {
  return names.map(name => ({ module, name, ...(when && { when }) }));
}

export const SKLEARN_RANDOM_STATE: readonly RandomStateCallable[] = [
  ...group('model_selection', ['train_test_split'], UNLESS_NO_SHUFFLE),
  // With shuffle=False these raise ValueError if random_state is set.
  ...group('model_selection', ['KFold', 'StratifiedKFold', 'GroupKFold', 'StratifiedGroupKFold'], SHUFFLE_ONLY),
  ...group('model_selection', ['learning_curve'], SHUFFLE_ONLY),
  ...group('model_selection', [
    'RepeatedKFold', 'RepeatedStratifiedKFold', 'ShuffleSplit', 'StratifiedShuffleSplit', 'GroupShuffleSplit',
    'RandomizedSearchCV', 'ParameterSampler', 'HalvingGridSearchCV', 'HalvingRandomSearchCV',
    'permutation_test_score'
  ]),
  ...group('ensemble', [
    'RandomForestClassifier', 'RandomForestRegressor', 'ExtraTreesClassifier', 'ExtraTreesRegressor',
    'RandomTreesEmbedding', 'GradientBoostingClassifier', 'GradientBoostingRegressor',
    'HistGradientBoostingClassifier', 'HistGradientBoostingRegressor', 'AdaBoostClassifier', 'AdaBoostRegressor',
    'BaggingClassifier', 'BaggingRegressor', 'IsolationForest'
  ]),
  ...group('tree', ['DecisionTreeClassifier', 'DecisionTreeRegressor', 'ExtraTreeClassifier', 'ExtraTreeRegressor']),
  ...group('linear_model', [
    'SGDClassifier', 'SGDRegressor', 'SGDOneClassSVM', 'Perceptron', 'PassiveAggressiveClassifier',
    'PassiveAggressiveRegressor'
  ], UNLESS_NO_SHUFFLE),
  ...group('linear_model', ['LogisticRegression', 'LogisticRegressionCV'], {
    keyword: 'solver',
    default: 'lbfgs',
    oneOf: ['sag', 'saga', 'liblinear']
  }),
  ...group('linear_model', ['Ridge', 'RidgeClassifier'], {
    keyword: 'solver',
    default: 'auto',
    oneOf: ['sag', 'saga']
  }),
  ...group('linear_model', [
    'Lasso', 'ElasticNet', 'LassoCV', 'ElasticNetCV', 'MultiTaskLasso', 'MultiTaskElasticNet', 'MultiTaskLassoCV',
    'MultiTaskElasticNetCV'
  ], { keyword: 'selection', default: 'cyclic', oneOf: ['random'] }),
  ...group('linear_model', ['RANSACRegressor', 'TheilSenRegressor']),
  ...group('svm', ['SVC', 'NuSVC'], { keyword: 'probability', default: false, oneOf: ['True'] }),
  // The dual coordinate descent shuffles; the primal solver does not.
  ...group('svm', ['LinearSVC', 'LinearSVR'], { keyword: 'dual', default: 'auto', noneOf: ['False'] }),
  ...group('neural_network', ['MLPClassifier', 'MLPRegressor', 'BernoulliRBM']),
  ...group('cluster', [
    'KMeans', 'MiniBatchKMeans', 'BisectingKMeans', 'SpectralClustering', 'AffinityPropagation',
    'SpectralBiclustering', 'SpectralCoclustering'
  ]),
  // svd_solver='auto' picks the randomized solver on large inputs.
  ...group('decomposition', ['PCA'], { keyword: 'svd_solver', default: 'auto', noneOf: ['full', 'covariance_eigh'] }),
  ...group('decomposition', ['KernelPCA'], { keyword: 'eigen_solver', default: 'auto', noneOf: ['dense'] }),
  ...group('decomposition', ['FactorAnalysis'], {
    keyword: 'svd_method',
    default: 'randomized',
    oneOf: ['randomized']
  }),
  ...group('decomposition', [
    'TruncatedSVD', 'FastICA', 'NMF', 'MiniBatchNMF', 'LatentDirichletAllocation', 'DictionaryLearning',
    'MiniBatchDictionaryLearning', 'SparsePCA', 'MiniBatchSparsePCA'
  ]),
  ...group('manifold', ['TSNE', 'MDS', 'SpectralEmbedding']),
  ...group('manifold', ['LocallyLinearEmbedding'], { keyword: 'eigen_solver', default: 'auto', noneOf: ['dense'] }),
  ...group('mixture', ['GaussianMixture', 'BayesianGaussianMixture']),
  ...group('gaussian_process', ['GaussianProcessRegressor', 'GaussianProcessClassifier'], {
    keyword: 'n_restarts_optimizer',
    default: 0,
    noneOf: ['0']
  }),
  ...group('impute', ['IterativeImputer']),
  ...group('preprocessing', ['QuantileTransformer']),
  ...group('preprocessing', ['KBinsDiscretizer'], { keyword: 'subsample', default: 200000, noneOf: ['None'] }),
  ...group('kernel_approximation', ['Nystroem', 'RBFSampler', 'SkewedChi2Sampler']),
  ...group('random_projection', ['GaussianRandomProjection', 'SparseRandomProjection']),
  ...group('dummy', ['DummyClassifier'], { keyword: 'strategy', default: 'prior', oneOf: ['stratified', 'uniform'] }),
  ...group('inspection', ['permutation_importance']),
  ...group('feature_selection', ['mutual_info_classif', 'mutual_info_regression']),
  ...group('neighbors', ['NeighborhoodComponentsAnalysis']),
  ...group('covariance', ['MinCovDet', 'EllipticEnvelope']),
  ...group('utils', ['shuffle', 'resample'])
];

const BY_MODULE_AND_NAME = new Map(SKLEARN_RANDOM_STATE.map(c => [`${c.module}.${c.name}`, c]));

/**
 * The entry for a qualified callee: `sklearn.<module>.<name>`, also through private submodules
 * (`sklearn.ensemble._forest.RandomForestClassifier`). Every `sklearn.datasets.make_*` generator
 * takes random_state too.
 */
export function sklearnCallableNamed(qualified: string | undefined): RandomStateCallable | undefined {
  if (!qualified?.startsWith('sklearn.')) {
    return undefined;
  }
  const parts = qualified.split('.');
  if (parts.length < 3) {
    return undefined;
  }
  const name = parts[parts.length - 1];
  if (parts[1] === 'datasets' && name.startsWith('make_')) {
    return { module: 'datasets', name };
  }
  return BY_MODULE_AND_NAME.get(`${parts[1]}.${name}`);
}

/** Whether random_state matters for this call, given its other arguments. */
export function randomStateMatters(callable: RandomStateCallable, call: PyCall): boolean {
  const when = callable.when;
  if (!when) {
    return true;
  }
  const written = call.keywords[when.keyword];
  const value: PyLiteral | undefined = written === undefined ? when.default : literalValue(written);
  if (value === undefined) {
    return when.oneOf === undefined;
  }
  const text = literalText(value);
  return when.oneOf ? when.oneOf.includes(text) : !when.noneOf!.includes(text);
}
