/**
 * Baseline advice: a notebook or script that fits a model and scores it, with no trivial baseline scored anywhere
 * in it, cannot tell whether its score means anything (90% accuracy is what "always predict the majority class"
 * gets on a 90/10 split). From the Python facts only:
 * - scoring: a metric of sklearn.metrics (`accuracy_score`, `f1_score`, `mean_squared_error`,
 *   `classification_report`, ...), an estimator's `.score(X, y)`, `cross_val_score` / `cross_validate`, or a
 *   metric the code defines itself (`def mae(y_true, y_pred)`) called with two arguments;
 * - a baseline: `DummyClassifier` / `DummyRegressor`, or a summary of the targets used as a prediction — a
 *   `mean`/`median`/`mode`/`value_counts`/`bincount` of a name the code fits or scores on as targets, in the same
 *   statement as a scoring call, a constant array (`np.full_like`, `np.repeat`, ...) or `max(...)` (the null
 *   accuracy), or assigned to a name that one of those then takes.
 * Also reads what an "Insert baseline cell" fix needs: classification or regression (from the metric, the
 * `scoring=` keyword, or the scored estimator's class) and the training and test names the scored model used,
 * when the flow names them plainly.
 */
import type { PyAnalysis, PyAssignment, PyCall } from '../python/types';
import type { Evidence, Finding } from '../report';

export type ProblemKind = 'classification' | 'regression';

/** The names the fix writes into a baseline cell, each a plain identifier read from the flow. */
export type BaselineFlow =
  | {
      /** `model.score(X_test, y_test)`: the baseline calls its own `.score`. */
      form: 'method-score';
      xTrain: string;
      yTrain: string;
      xTest: string;
      yTest: string;
    }
  | {
      /** `metric(y_test, model.predict(X_test), **kw)`: the same metric of the baseline's predictions. */
      form: 'metric';
      xTrain: string;
      yTrain: string;
      xTest: string;
      yTest: string;
      /** Keyword arguments of the metric call, as written (`average='macro'`). */
      keywords: Record<string, string>;
    }
  | {
      /** `cross_val_score(model, X, y, **kw)`: the same cross-validation of the baseline. */
      form: 'cross-val';
      x: string;
      y: string;
      keywords: Record<string, string>;
    };

export interface MissingBaseline {
  /** 1-based line (of the analysed source) of the first scoring call. */
  line: number;
  /** The scoring callee as written: 'accuracy_score', 'metrics.f1_score', 'clf.score', 'cross_val_score'. */
  scorer: string;
  problem?: ProblemKind;
  /** What a baseline cell would reuse; absent when the names are not plain in the flow (then no fix). */
  flow?: BaselineFlow;
}

const CLASSIFICATION_METRICS = new Set([
  'accuracy_score', 'balanced_accuracy_score', 'f1_score', 'fbeta_score', 'precision_score', 'recall_score',
  'roc_auc_score', 'average_precision_score', 'classification_report', 'confusion_matrix', 'log_loss',
  'matthews_corrcoef', 'cohen_kappa_score', 'jaccard_score', 'hamming_loss', 'zero_one_loss', 'brier_score_loss',
  'precision_recall_fscore_support', 'top_k_accuracy_score', 'hinge_loss', 'multilabel_confusion_matrix'
]);

const REGRESSION_METRICS = new Set([
  'mean_squared_error', 'root_mean_squared_error', 'mean_absolute_error', 'median_absolute_error', 'r2_score',
  'explained_variance_score', 'max_error', 'mean_squared_log_error', 'root_mean_squared_log_error',
  'mean_absolute_percentage_error', 'mean_poisson_deviance', 'mean_gamma_deviance', 'mean_tweedie_deviance',
  'mean_pinball_loss', 'd2_absolute_error_score'
]);

const CROSS_VALIDATION = new Set(['cross_val_score', 'cross_validate']);

const DUMMIES = new Set(['DummyClassifier', 'DummyRegressor']);

/** Summaries of the targets that make a constant prediction. */
const TARGET_SUMMARIES = new Set(['mean', 'median', 'mode', 'value_counts', 'bincount', 'most_common', 'idxmax']);

/** Calls that turn a constant into a prediction per row, or pick the null accuracy. */
const CONSTANT_PREDICTIONS = new Set(['full', 'full_like', 'repeat', 'tile', 'ones_like', 'zeros_like', 'max']);

/** Estimators whose class name does not say Classifier / Regressor. */
const CLASSIFIERS = new Set([
  'LogisticRegression', 'LogisticRegressionCV', 'SVC', 'LinearSVC', 'NuSVC', 'GaussianNB', 'MultinomialNB',
  'BernoulliNB', 'ComplementNB', 'CategoricalNB', 'LinearDiscriminantAnalysis', 'QuadraticDiscriminantAnalysis',
  'Perceptron', 'NearestCentroid'
]);
const REGRESSORS = new Set([
  'Ridge', 'RidgeCV', 'Lasso', 'LassoCV', 'ElasticNet', 'ElasticNetCV', 'SVR', 'LinearSVR', 'NuSVR', 'BayesianRidge',
  'Lars', 'LassoLars', 'KernelRidge', 'OrthogonalMatchingPursuit'
]);

function lastName(call: PyCall): string {
  const callee = call.qualified ?? call.text;
  return callee.slice(callee.lastIndexOf('.') + 1);
}

/** `model` for `model.fit`, undefined for a bare function name. */
function receiver(call: PyCall): string | undefined {
  const dot = call.text.lastIndexOf('.');
  return dot > 0 ? call.text.slice(0, dot) : undefined;
}

function isIdentifier(text: string | undefined): text is string {
  return text !== undefined && /^[A-Za-z_]\w*$/.test(text);
}

/** A function of sklearn.metrics, or one imported from nowhere the analysis can resolve (a star import, a notebook's own). */
function metricKind(call: PyCall): ProblemKind | undefined {
  if (call.qualified !== undefined && !call.qualified.startsWith('sklearn.')) {
    return undefined;
  }
  const name = lastName(call);
  return CLASSIFICATION_METRICS.has(name) ? 'classification' : REGRESSION_METRICS.has(name) ? 'regression' : undefined;
}

function isCrossValidation(call: PyCall): boolean {
  return CROSS_VALIDATION.has(lastName(call)) && (call.qualified === undefined || call.qualified.startsWith('sklearn.'));
}

/** `est.score(X, y)`: a receiver and two arguments (a `str.score` or a pandas method would not take two). */
function isMethodScore(call: PyCall): boolean {
  return lastName(call) === 'score' && receiver(call) !== undefined && call.positional.length >= 2;
}

const METRIC_NAME = /(^|_)(mae|mse|rmse|mape|accuracy|error|score|loss)$/i;

/** A metric the code defines itself (`def mae(y_true, y_pred)`), called at the top level with two arguments. */
function isOwnMetric(call: PyCall, analysis: PyAnalysis): boolean {
  return (
    call.qualified === undefined &&
    receiver(call) === undefined &&
    call.positional.length === 2 &&
    METRIC_NAME.test(call.text) &&
    analysis.functions.some(f => f.kind === 'function' && f.qualifiedName === call.text)
  );
}

/** Classification or regression from an own metric's name: errors are regression, accuracy classification. */
function ownMetricKind(name: string): ProblemKind | undefined {
  return /(^|_)(mae|mse|rmse|mape|error)$/i.test(name) ? 'regression' : /accuracy/i.test(name) ? 'classification' : undefined;
}

function isScoring(call: PyCall, analysis: PyAnalysis): boolean {
  return metricKind(call) !== undefined || isCrossValidation(call) || isMethodScore(call) || isOwnMetric(call, analysis);
}

/** A user's own metric (`mae`, `rmse`, `accuracy`) takes a baseline's prediction as well as sklearn's does. */
function looksLikeMetric(call: PyCall): boolean {
  return metricKind(call) !== undefined || isCrossValidation(call) || isMethodScore(call) || METRIC_NAME.test(lastName(call));
}

function isFit(call: PyCall): boolean {
  return lastName(call) === 'fit' && receiver(call) !== undefined;
}

/** Classification or regression, from an estimator's class name. */
export function estimatorKind(className: string): ProblemKind | undefined {
  if (DUMMIES.has(className)) {
    return undefined;
  }
  if (CLASSIFIERS.has(className) || /Classifier(CV)?$/.test(className)) {
    return 'classification';
  }
  if (REGRESSORS.has(className) || /(Regressor|Regression)(CV)?$/.test(className)) {
    return 'regression';
  }
  return undefined;
}

/** The `scoring=` of a cross-validation: 'accuracy', 'f1_macro' are classification; 'neg_mean_squared_error', 'r2' regression. */
function scoringKeywordKind(text: string | undefined): ProblemKind | undefined {
  const value = text?.replace(/^['"]|['"]$/g, '');
  if (!value) {
    return undefined;
  }
  if (/^(accuracy|balanced_accuracy|f1|precision|recall|roc_auc|average_precision|neg_log_loss|jaccard|top_k_accuracy)/.test(value)) {
    return 'classification';
  }
  if (/^(r2|explained_variance|max_error|neg_(root_)?mean|neg_median)/.test(value)) {
    return 'regression';
  }
  return undefined;
}

/** Calls made within an assignment's value (its lines), in order. */
function callsIn(analysis: PyAnalysis, assignment: PyAssignment): PyCall[] {
  const last = assignment.line + assignment.value.split('\n').length - 1;
  return analysis.calls.filter(c => c.offset >= assignment.offset && c.line >= assignment.line && c.line <= last);
}

/** The latest assignment to `name` before `offset`, in the same scope. */
function latestAssignment(analysis: PyAnalysis, name: string, offset: number, scope: string | undefined): PyAssignment | undefined {
  let found: PyAssignment | undefined;
  for (const a of analysis.assignments) {
    if (a.target === name && a.offset < offset && a.scope === scope && (!found || a.offset > found.offset)) {
      found = a;
    }
  }
  return found;
}

/**
 * Classification or regression for the estimator bound to `name`: the last estimator class its value builds,
 * looking further back past re-bindings that build none (`clf = clf.fit(X, y)`).
 */
function kindOfEstimatorName(analysis: PyAnalysis, name: string, offset: number, scope: string | undefined): ProblemKind | undefined {
  for (let at = offset, assignment = latestAssignment(analysis, name, at, scope); assignment; ) {
    const kinds = callsIn(analysis, assignment)
      .map(c => estimatorKind(lastName(c)))
      .filter((k): k is ProblemKind => k !== undefined);
    if (kinds.length) {
      return kinds[kinds.length - 1];
    }
    at = assignment.offset;
    assignment = latestAssignment(analysis, name, at, scope);
  }
  return undefined;
}

/**
 * The latest fit of `model` before `offset` — `model.fit(X, y)`, or `model = Estimator().fit(X, y)` — and its
 * training names, when plain.
 */
function trainingNames(analysis: PyAnalysis, model: string, offset: number): { xTrain: string; yTrain: string } | undefined {
  const bindsModel = (c: PyCall) =>
    analysis.assignments.some(a => a.target === model && a.line === c.line && a.offset <= c.offset && c.offset < offset);
  let fit: PyCall | undefined;
  for (const c of analysis.calls) {
    if (c.offset < offset && isFit(c) && (receiver(c) === model || bindsModel(c)) && (!fit || c.offset > fit.offset)) {
      fit = c;
    }
  }
  const [xTrain, yTrain] = fit?.positional ?? [];
  return isIdentifier(xTrain) && isIdentifier(yTrain) ? { xTrain, yTrain } : undefined;
}

/** The `model.predict(X)` a metric's prediction comes from: inline in the call's statement, or assigned to the name it passes. */
function predictionOf(analysis: PyAnalysis, metric: PyCall, predicted: string): PyCall | undefined {
  const isPredict = (c: PyCall) => lastName(c) === 'predict' && receiver(c) !== undefined && c.positional.length === 1;
  if (!isIdentifier(predicted)) {
    // Inline: `accuracy_score(y_test, model.predict(X_test))`.
    return analysis.calls.find(c => isPredict(c) && c.offset > metric.offset && predicted === `${c.text}(${c.positional[0]})`);
  }
  const assignment = latestAssignment(analysis, predicted, metric.offset, metric.scope);
  if (!assignment) {
    return undefined;
  }
  const calls = callsIn(analysis, assignment);
  return calls.length === 1 && isPredict(calls[0]) ? calls[0] : undefined;
}

function flowOf(analysis: PyAnalysis, call: PyCall): { problem?: ProblemKind; flow?: BaselineFlow } {
  const metric = metricKind(call);
  if (metric || isOwnMetric(call, analysis)) {
    const [yTest, predicted] = call.positional;
    const prediction = predicted === undefined ? undefined : predictionOf(analysis, call, predicted);
    const model = prediction && receiver(prediction);
    const training = model && isIdentifier(model) ? trainingNames(analysis, model, prediction.offset) : undefined;
    const xTest = prediction?.positional[0];
    const plain = training && isIdentifier(yTest) && isIdentifier(xTest) && call.positional.length === 2 && !call.hasSpread;
    const estimator = model && isIdentifier(model) ? kindOfEstimatorName(analysis, model, prediction.offset, prediction.scope) : undefined;
    return {
      problem: metric ?? ownMetricKind(call.text) ?? estimator,
      flow: plain ? { form: 'metric', ...training, xTest, yTest, keywords: call.keywords } : undefined
    };
  }
  if (isCrossValidation(call)) {
    const [model, x, y] = call.positional;
    // An estimator built in the call (`cross_val_score(SVC(), X, y)`, `GridSearchCV(SVC(), grid)`): its class.
    const built = analysis.calls
      .filter(c => c.line === call.line && c.offset > call.offset)
      .map(c => estimatorKind(lastName(c)))
      .find(k => k !== undefined);
    const problem =
      scoringKeywordKind(call.keywords.scoring) ??
      (isIdentifier(model) ? undefined : built) ??
      (isIdentifier(model) ? kindOfEstimatorName(analysis, model, call.offset, call.scope) : undefined);
    const plain = isIdentifier(x) && isIdentifier(y) && call.positional.length === 3 && !call.hasSpread;
    return { problem, flow: plain ? { form: 'cross-val', x, y, keywords: call.keywords } : undefined };
  }
  const model = receiver(call)!;
  const problem = isIdentifier(model) ? kindOfEstimatorName(analysis, model, call.offset, call.scope) : undefined;
  const [xTest, yTest] = call.positional;
  const training = isIdentifier(model) ? trainingNames(analysis, model, call.offset) : undefined;
  const plain = training && isIdentifier(xTest) && isIdentifier(yTest) && call.positional.length === 2;
  return { problem, flow: plain ? { form: 'method-score', ...training, xTest, yTest } : undefined };
}

/** Names the code uses as targets: `fit(X, y)`'s y, a metric's y_true, a cross-validation's y. */
function targetNames(analysis: PyAnalysis): Set<string> {
  const names = new Set<string>();
  for (const c of analysis.calls) {
    const candidates = isFit(c) ? [c.positional[1]] : metricKind(c) ? [c.positional[0]] : isCrossValidation(c) ? [c.positional[2]] : [];
    for (const name of candidates) {
      if (isIdentifier(name)) {
        names.add(name);
      }
    }
  }
  return names;
}

/** A summary of the targets: `y_train.mean()`, `y.value_counts()`, `np.median(y)`, `np.bincount(y_train)`. */
function isTargetSummary(call: PyCall, targets: Set<string>): boolean {
  if (!TARGET_SUMMARIES.has(lastName(call))) {
    return false;
  }
  const on = receiver(call);
  return (on !== undefined && targets.has(on)) || targets.has(call.positional[0] ?? '');
}

/** A call that turns a value into a prediction or a baseline score. */
function takesPrediction(call: PyCall): boolean {
  return CONSTANT_PREDICTIONS.has(lastName(call)) || looksLikeMetric(call);
}

/** Whether the code scores a trivial baseline: a dummy estimator, or a summary of the targets used as a prediction. */
export function hasBaseline(analysis: PyAnalysis): boolean {
  if (analysis.calls.some(c => DUMMIES.has(lastName(c)))) {
    return true;
  }
  const targets = targetNames(analysis);
  for (const summary of analysis.calls.filter(c => isTargetSummary(c, targets))) {
    if (analysis.calls.some(c => c !== summary && c.line === summary.line && takesPrediction(c))) {
      return true;
    }
    const assigned = analysis.assignments.find(a => a.line === summary.line && isIdentifier(a.target));
    if (
      assigned &&
      analysis.calls.some(c => c.offset > assigned.offset && takesPrediction(c) && c.positional.includes(assigned.target))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The first scoring of a model in code that fits one and scores it with no trivial baseline anywhere; undefined
 * when the code scores nothing, fits nothing, or has a baseline.
 */
export function missingBaseline(analysis: PyAnalysis): MissingBaseline | undefined {
  const scoring = analysis.calls.filter(c => isScoring(c, analysis));
  if (!scoring.length) {
    return undefined;
  }
  const fits = analysis.calls.some(isFit) || scoring.some(isCrossValidation);
  if (!fits || hasBaseline(analysis)) {
    return undefined;
  }
  // The first scoring of a model's predictions (a metric of `model.predict(...)`, `.score`, cross-validation); a
  // metric of something else (a reconstruction error) only when nothing else is scored.
  const ofModel = (c: PyCall) =>
    isMethodScore(c) || isCrossValidation(c) || (c.positional[1] !== undefined && predictionOf(analysis, c, c.positional[1]) !== undefined);
  const candidates = scoring.some(ofModel) ? scoring.filter(ofModel) : scoring;
  const first = candidates.reduce((a, b) => (b.offset < a.offset ? b : a));
  const { problem, flow } = flowOf(analysis, first);
  return {
    line: first.line,
    scorer: first.text,
    ...(problem && { problem }),
    // A scoring inside a function scores its parameters: the names mean nothing at the notebook's top level.
    ...(flow && problem && first.scope === undefined && { flow })
  };
}

import { BASELINE_FIX } from './fixIds';
export { BASELINE_FIX };

/** What the `leakage.no-baseline` finding needs of a unit: the shape of PYTHON_UNITS' entries. */
export interface BaselineUnit {
  path: string;
  kind: 'script' | 'notebook';
  analysis: PyAnalysis;
  evidence(line: number): Evidence;
}

/**
 * The `info` finding at the first scoring line of a unit that scores a model with no baseline; the fix is offered
 * in notebooks where the flow names the training and test data plainly.
 */
export function baselineFinding(unit: BaselineUnit): Finding | undefined {
  const missing = missingBaseline(unit.analysis);
  if (!missing) {
    return undefined;
  }
  const dummy =
    missing.problem === 'regression'
      ? 'a DummyRegressor (always the mean)'
      : missing.problem === 'classification'
        ? 'a DummyClassifier (always the majority class)'
        : 'a DummyClassifier or DummyRegressor (the majority class, the mean)';
  const at = unit.evidence(missing.line);
  return {
    status: 'info',
    code: 'leakage.no-baseline',
    message:
      `A model is scored (${missing.scorer}) with no trivial baseline beside it: without ${dummy} ` +
      'scored the same way, the score cannot tell how much the model learned',
    path: at.path,
    ...(at.cell !== undefined && { cell: at.cell }),
    ...(at.line !== undefined && { line: at.line }),
    ...(missing.flow && unit.kind === 'notebook' && { fix: BASELINE_FIX })
  };
}
