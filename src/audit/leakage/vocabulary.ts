/**
 * What the leakage analysis knows of the libraries by name: which classes learn from rows and transform
 * (scalers, imputers, encoders, decompositions, feature selection, vectorizers), which resample rows
 * (imbalanced-learn), which are models, which functions split rows, cross-validate, load data, or compute a
 * statistic over rows (pandas/NumPy mean, std, quantile...). Names are matched on their last dotted part, after
 * imports are resolved, so `pp.StandardScaler` and `from sklearn.preprocessing import StandardScaler as SS` agree.
 */

/** Classes that learn from the rows they are fit on, then transform other rows with what they learnt. */
export const LEARNING_TRANSFORMERS: ReadonlySet<string> = new Set([
  // sklearn.preprocessing (Normalizer, Binarizer, PolynomialFeatures and FunctionTransformer learn nothing from rows).
  'StandardScaler', 'MinMaxScaler', 'MaxAbsScaler', 'RobustScaler', 'QuantileTransformer', 'PowerTransformer',
  'KBinsDiscretizer', 'TargetEncoder', 'SplineTransformer',
  // sklearn.impute
  'SimpleImputer', 'KNNImputer', 'IterativeImputer', 'MissingIndicator',
  // sklearn.decomposition, manifold-free projections, cross-decomposition
  'PCA', 'IncrementalPCA', 'KernelPCA', 'SparsePCA', 'MiniBatchSparsePCA', 'TruncatedSVD', 'NMF', 'MiniBatchNMF',
  'FastICA', 'FactorAnalysis', 'LatentDirichletAllocation', 'DictionaryLearning', 'MiniBatchDictionaryLearning',
  'GaussianRandomProjection', 'SparseRandomProjection',
  // sklearn.feature_selection
  'SelectKBest', 'SelectPercentile', 'SelectFpr', 'SelectFdr', 'SelectFwe', 'GenericUnivariateSelect', 'RFE',
  'RFECV', 'SelectFromModel', 'SequentialFeatureSelector', 'VarianceThreshold',
  // sklearn.feature_extraction.text
  'TfidfVectorizer', 'TfidfTransformer',
  // category_encoders, feature-engine
  'WOEEncoder', 'CatBoostEncoder', 'LeaveOneOutEncoder', 'JamesSteinEncoder', 'MEstimateEncoder', 'CountEncoder',
  'MeanEncoder', 'MeanMedianImputer', 'ArbitraryNumberImputer', 'CategoricalImputer'
]);

/** Classes of other libraries (or the repo's own) that learn from rows, by their name's ending. */
export const LEARNING_NAME = /(Scaler|Imputer|Encoder|Vectorizer|PCA|SVD|Selector|Discretizer)$/;

/**
 * Transformers that learn only a vocabulary (the categories, the labels, the words) or nothing: fit on every
 * row, they give each row the same encoding a training-only fit would (unknown values aside), so no leak.
 */
export const VOCABULARY_ONLY: ReadonlySet<string> = new Set([
  'LabelEncoder', 'LabelBinarizer', 'MultiLabelBinarizer', 'OneHotEncoder', 'OrdinalEncoder', 'CountVectorizer',
  'DictVectorizer', 'HashingVectorizer', 'FeatureHasher', 'Normalizer', 'Binarizer', 'PolynomialFeatures',
  'FunctionTransformer'
]);

/** Classes whose `fit_resample` makes new rows from the ones it is given (over-sampling, SMOTE and its kin). */
export const OVERSAMPLERS: ReadonlySet<string> = new Set([
  'SMOTE', 'SMOTENC', 'SMOTEN', 'ADASYN', 'BorderlineSMOTE', 'SVMSMOTE', 'KMeansSMOTE', 'RandomOverSampler',
  'SMOTEENN', 'SMOTETomek'
]);

/** Classes that are models by their name's ending (a fit on the test rows is always a leak). */
export const MODEL_NAME = /(Classifier|Regressor|Regression|Classification|SVC|SVR|NB|Ridge|Lasso|ElasticNet|Forest|Boost\w*|Perceptron|Sequential|LGBM\w+|XGB\w+|CatBoost\w+|KNeighbors\w+|Tree\w*)$/;

/** Hyper-parameter searches: their `fit` cross-validates on the rows it gets. */
export const SEARCHES: ReadonlySet<string> = new Set([
  'GridSearchCV', 'RandomizedSearchCV', 'HalvingGridSearchCV', 'HalvingRandomSearchCV', 'BayesSearchCV'
]);

/**
 * Model benchmarks (lazypredict): `fit(X_train, X_test, y_train, y_test)` fits every model the library knows on
 * the first rows and ranks them all by their scores on the second — a choice among models made on those rows.
 */
export const MODEL_BENCHMARKS: ReadonlySet<string> = new Set(['LazyClassifier', 'LazyRegressor']);

/**
 * Pipelines and column-wise compositions: they fit their steps on the rows their own `fit` gets (so inside
 * cross-validation, on training folds only); fit outside, they learn what their steps learn.
 */
export const PIPELINES: ReadonlySet<string> = new Set([
  'Pipeline', 'make_pipeline', 'ImbPipeline', 'ColumnTransformer', 'make_column_transformer', 'FeatureUnion', 'make_union'
]);

/** Functions that split rows into training and test parts, returned in pairs per array (train, test). */
export const SPLIT_FUNCTIONS: ReadonlySet<string> = new Set(['train_test_split']);

/** Cross-validation splitters: `splitter.split(X)` yields folds whose test rows are rows of X. */
export const SPLITTERS: ReadonlySet<string> = new Set([
  'KFold', 'StratifiedKFold', 'GroupKFold', 'StratifiedGroupKFold', 'ShuffleSplit', 'StratifiedShuffleSplit',
  'GroupShuffleSplit', 'TimeSeriesSplit', 'RepeatedKFold', 'RepeatedStratifiedKFold', 'LeaveOneOut', 'LeavePOut',
  'LeaveOneGroupOut', 'LeavePGroupsOut', 'PredefinedSplit'
]);

/** Functions that cross-validate an estimator on rows (`fn(estimator, X, y)`). */
export const CROSS_VALIDATION: ReadonlySet<string> = new Set([
  'cross_val_score', 'cross_validate', 'cross_val_predict', 'learning_curve', 'validation_curve', 'permutation_test_score'
]);

/** Statistics over rows: their value, used to fill or scale rows, carries what it learnt from them. */
export const ROW_STATISTICS: ReadonlySet<string> = new Set([
  'mean', 'std', 'var', 'median', 'quantile', 'percentile', 'nanmean', 'nanstd', 'nanvar', 'nanmedian',
  'nanquantile', 'nanpercentile', 'min', 'max', 'mode', 'amin', 'amax', 'nanmin', 'nanmax', 'ptp'
]);

/** Functions that stack rows of several arrays or frames into one. */
export const ROW_CONCATENATION: ReadonlySet<string> = new Set(['concat', 'concatenate', 'vstack', 'row_stack', 'append', 'cat']);

/** Functions that repeat rows: their output holds copies of input rows. */
export const ROW_REPEATS: ReadonlySet<string> = new Set(['repeat', 'tile']);

/** Estimator methods that score or predict: the rows they get are evaluated. */
export const SCORING_METHODS: ReadonlySet<string> = new Set([
  'predict', 'predict_proba', 'predict_log_proba', 'decision_function', 'score', 'evaluate', 'predict_classes'
]);

/** Methods that fit a model or a transformer on the rows they get. */
export const FIT_METHODS: ReadonlySet<string> = new Set(['fit', 'partial_fit', 'fit_generator', 'train']);

/** Names of variables that hold test data, and of those that hold validation data (scored to choose, rightly). */
export const TEST_NAME = /test|holdout/i;
export const VALIDATION_NAME = /(^|_)(val|valid|validation|dev)(_|$|\d)|^X?val|valid/i;
/** A name that says it holds training data too (`train_test`, `X_train_test`) is no test set. */
export const TRAINING_NAME = /train|full|all|whole|combined/i;

/** The last dotted part of a qualified name. */
export function lastPart(qualified: string): string {
  return qualified.slice(qualified.lastIndexOf('.') + 1);
}
