/**
 * Calls that reveal machine-learning code: training a model, or saving one to a file.
 * Judged from the analysed calls (never from the source text), by resolved name or method name.
 */
import type { PyCall, PyImport } from '../python/types';

export type ModelCallKind = 'train' | 'save';

/** Functions that write a model, by their module-qualified name. */
const SAVE_FUNCTIONS = new Set([
  'torch.save',
  'torch.jit.save',
  'torch.onnx.export',
  'joblib.dump',
  'sklearn.externals.joblib.dump',
  'pickle.dump',
  'dill.dump',
  'cloudpickle.dump',
  'skops.io.dump',
  'onnx.save',
  'onnx.save_model',
  'safetensors.torch.save_file',
  'safetensors.torch.save_model',
  'tensorflow.saved_model.save',
  'tensorflow.keras.models.save_model',
  'keras.models.save_model',
  'keras.saving.save_model'
]);

/** Methods that write a model whatever the receiver (`booster.save_model`, `model.save_pretrained`). */
const SAVE_METHODS = new Set(['save_model', 'save_pretrained', 'save_weights', 'save_checkpoint']);

/** Receivers whose `.save(...)` saves a model (`model.save`, `saver.save`), unlike `np.save` or `fig.save`. */
const MODEL_RECEIVER = /(model|net|clf|classifier|regressor|estimator|learner|booster|bst|pipeline|pipe|ckpt|checkpoint|saver|trainer)$/i;

/** Functions that train, by their module-qualified name. */
const TRAIN_FUNCTIONS = new Set(['xgboost.train', 'lightgbm.train', 'catboost.train']);

/** Methods that train whatever the receiver. */
const TRAIN_METHODS = new Set(['fit', 'partial_fit', 'fit_generator', 'train_on_batch', 'train', 'backward']);

/** Libraries whose `.fit` fits a statistical model or a curve, nothing one would ship. */
const NOT_ML = /^(statsmodels|scipy|lmfit|numpy)\./;

/** Split 'self.model.save' into its receiver 'self.model' and method 'save'. */
function splitCallee(text: string): { receiver: string; method: string } | undefined {
  const dot = text.lastIndexOf('.');
  if (dot <= 0) {
    return undefined;
  }
  return { receiver: text.slice(0, dot), method: text.slice(dot + 1) };
}

/** The module a callee's first name is imported from (`smf` in `smf.ols(f, df).fit`), if any. */
function rootModule(text: string, imports: readonly PyImport[]): string | undefined {
  const root = /^[A-Za-z_]\w*/.exec(text)?.[0];
  const bound = imports.find(i => i.local === root);
  return bound && (bound.name ? `${bound.module}.${bound.name}` : bound.module);
}

/**
 * Whether a call trains or saves a model; undefined for any other call. `imports` (of the same
 * source) resolve chained callees such as `smf.ols(f, df).fit`, which the analysis leaves unqualified.
 */
export function modelCallKind(call: PyCall, imports: readonly PyImport[] = []): ModelCallKind | undefined {
  const qualified = call.qualified;
  const origin = qualified ?? rootModule(call.text, imports);
  if (origin && NOT_ML.test(origin + '.')) {
    return undefined;
  }
  if (qualified && SAVE_FUNCTIONS.has(qualified)) {
    return 'save';
  }
  if (qualified && (TRAIN_FUNCTIONS.has(qualified) || /^mlflow\..*\.(log|save)_model$/.test(qualified))) {
    return TRAIN_FUNCTIONS.has(qualified) ? 'train' : 'save';
  }
  const callee = splitCallee(call.text);
  if (!callee) {
    return undefined;
  }
  const { receiver, method } = callee;
  if (SAVE_METHODS.has(method)) {
    return 'save';
  }
  // `model.save(...)` saves; a module's `save` (np.save, when qualified) writes arrays, not models.
  if (method === 'save' && !qualified && MODEL_RECEIVER.test(receiver.replace(/\(.*\)$/, ''))) {
    return 'save';
  }
  if (TRAIN_METHODS.has(method)) {
    return 'train';
  }
  if (method === 'step' && /optim|(^|\.)opt$/i.test(receiver)) {
    return 'train';
  }
  return undefined;
}
