/**
 * Calls that reveal machine-learning code: training a model, or saving one to a file.
 * Judged from the analysed calls (never from the source text), by resolved name or method name.
 */
import type { PyAnalysis, PyAssignment, PyCall, PyImport } from '../python/types';
import { savesParameters } from './parameterSaves';

export type ModelCallKind = 'train' | 'save';

/** Functions that write a model, by their module-qualified name (generic writers: parameterSaves.ts). */
const SAVE_FUNCTIONS = new Set([
  'torch.save',
  'torch.jit.save',
  'torch.onnx.export',
  'skops.io.dump',
  'onnx.save',
  'onnx.save_model',
  'safetensors.torch.save_file',
  'safetensors.torch.save_model',
  'tensorflow.saved_model.save',
  'tensorflow.keras.models.save_model',
  'keras.models.save_model',
  'keras.saving.save_model',
  // Checkpoint callbacks: made and handed to the training loop, they write the model as it trains.
  'pytorch_lightning.callbacks.ModelCheckpoint',
  'pytorch_lightning.callbacks.model_checkpoint.ModelCheckpoint',
  'lightning.pytorch.callbacks.ModelCheckpoint',
  'tensorflow.keras.callbacks.ModelCheckpoint',
  'keras.callbacks.ModelCheckpoint'
]);

/** Methods that write a model whatever the receiver (`booster.save_model`, `model.save_pretrained`). */
const SAVE_METHODS = new Set(['save_model', 'save_pretrained', 'save_weights', 'save_checkpoint', 'save_encoder']);

/** Receivers whose `.save(...)` saves a model (`model.save`, `saver.save`), unlike `np.save` or `fig.save`. */
const MODEL_RECEIVER = /(model|net|clf|classifier|regressor|estimator|learner|booster|bst|pipeline|pipe|ckpt|checkpoint|checkpointer|(ckpt|checkpoint)_?(manager|mngr|mgr)|saver|trainer)$/i;

/** fastai's Learner, by the names its docs give it (`learn`, `learn_lm`, `learn_clas`). */
const FASTAI_LEARNER = /(^|\.)learn(_\w+)?$/;

/** Functions that train, by their module-qualified name. */
const TRAIN_FUNCTIONS = new Set(['xgboost.train', 'lightgbm.train', 'catboost.train']);

/** Methods that train whatever the receiver (`state.apply_gradients` in Flax and in TensorFlow). */
const TRAIN_METHODS = new Set(['fit', 'partial_fit', 'fit_generator', 'train_on_batch', 'train', 'backward', 'apply_gradients']);

/**
 * JAX training: an optax optimiser or update, Flax's TrainState, the optimisers of
 * jax.example_libraries (stax's companion, once jax.experimental) and the `opt_update` they return;
 * autograd's optimisers (autograd.misc.optimizers), from which JAX's came.
 */
const OPTAX_TRAINING = /^optax\.(adam\w*|adamw|sgd|rmsprop|adagrad|adadelta|adafactor|adabelief|adamax\w*|lamb|lars|lion|nadam\w*|novograd|radam|yogi|fromage|noisy_sgd|sm3|apply_updates)$/;
const JAX_OPTIMIZERS = /^(jax\.(example_libraries|experimental)|autograd\.misc)\.optimizers\./;
const FLAX_TRAIN_STATE = /(^|\.)TrainState(\.create)?$/;
/** TensorFlow 1's optimisers (`tf.train.AdamOptimizer(lr)`), built only to minimise a loss. */
const TF1_OPTIMIZER = /^tensorflow\.(compat\.v1\.)?train\.\w+Optimizer$/;

/** Libraries whose `.fit` fits a statistical model or a curve, nothing one would ship. */
const NOT_ML = /^(statsmodels|scipy|lmfit|numpy|pymc|pymc3|pystan|cmdstanpy|emcee|lifelines)\./;

/** Split 'self.model.save' into its receiver 'self.model' and method 'save'. */
function splitCallee(text: string): { receiver: string; method: string } | undefined {
  const dot = text.lastIndexOf('.');
  if (dot <= 0) {
    return undefined;
  }
  return { receiver: text.slice(0, dot), method: text.slice(dot + 1) };
}

/** The module a callee's first name is imported from (`smf` in `smf.ols(f, df).fit`), if any. */
function rootModule(text: string, imports: readonly PyImport[], assignments: readonly PyAssignment[] = [], before = Infinity): string | undefined {
  const root = /^[A-Za-z_]\w*/.exec(text)?.[0];
  const bound = imports.find(i => i.local === root);
  if (bound) {
    return bound.name ? `${bound.module}.${bound.name}` : bound.module;
  }
  // One step through a variable: `map_ = pm.MAP(model)` then `map_.fit()`.
  const assigned = assignments.filter(a => a.target === root && a.op === undefined && a.offset < before).pop();
  return assigned && rootModule(assigned.value, imports);
}

/** What of the source a call is judged with: its imports, calls and assignments. */
export type CallContext = Partial<Pick<PyAnalysis, 'imports' | 'calls' | 'assignments'>>;

/**
 * Whether a call trains or saves a model; undefined for any other call. The source's imports (and
 * assignments) resolve chained callees such as `smf.ols(f, df).fit` or `map_.fit`, which the analysis
 * leaves unqualified; its calls tell which file a pickled handle was opened on.
 */
export function modelCallKind(call: PyCall, source: CallContext = {}): ModelCallKind | undefined {
  const { imports = [], calls = [], assignments = [] } = source;
  const parameters = savesParameters(call, calls);
  if (parameters !== undefined) {
    return parameters ? 'save' : undefined;
  }
  const qualified = call.qualified;
  const origin = qualified ?? rootModule(call.text, imports, assignments, call.offset);
  if (origin && NOT_ML.test(origin + '.')) {
    return undefined;
  }
  // `torch.save` written out counts even when a star import (`from fastai.text import *`) brought torch.
  if (SAVE_FUNCTIONS.has(qualified ?? call.text)) {
    return 'save';
  }
  if (qualified && (OPTAX_TRAINING.test(qualified) || JAX_OPTIMIZERS.test(qualified) || TF1_OPTIMIZER.test(qualified))) {
    return 'train';
  }
  if (FLAX_TRAIN_STATE.test(qualified ?? call.text) || call.text === 'opt_update') {
    return 'train';
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
  const bareReceiver = receiver.replace(/\(.*\)$/, '');
  if (method === 'save' && !qualified && (MODEL_RECEIVER.test(bareReceiver) || FASTAI_LEARNER.test(bareReceiver))) {
    return 'save';
  }
  if (TRAIN_METHODS.has(method)) {
    return 'train';
  }
  // PyTorch's optimizer.step(); TF1's optimizer.minimize(loss).
  if ((method === 'step' || method === 'minimize') && /optim|(^|\.)opt$/i.test(receiver)) {
    return 'train';
  }
  return undefined;
}

/** A learning rate, and a gradient, by the names code gives them. */
const LEARNING_RATE = /\b(lr|learning_rate|learningrate|step_size|stepsize|eta)\b/i;
const GRADIENT = /\bgrad\w*|\bgradients?\b|\bd[A-Z]\w*|\bd_?(w|b|theta|params?|weights?)\d*\b/;
/** Calls that map a step over a tree of parameters (`tree_map(lambda p, g: p - lr * g, params, grads)`). */
const TREE_MAP = /(^|\.)tree_(util\.)?(multi)?map$|^jax\.tree\.map$/;

/** A learning rate times a gradient (a named learning rate times anything: `W -= learning_rate * direction`). */
function isStepExpression(text: string): boolean {
  return LEARNING_RATE.test(text) && (GRADIENT.test(text) || text.includes('*'));
}

/**
 * A hand-written gradient step: `W -= lr * dW`, `p.data -= learning_rate * p.grad`,
 * `w = w - lr * grad`, a list of such steps, or a learning-rate step mapped over parameters. Plain NumPy (and JAX) training
 * has no `fit` or optimiser to call, only this. Returns the 1-based lines of such steps.
 */
export function gradientStepLines(analysis: PyAnalysis): number[] {
  const lines: number[] = [];
  for (const a of analysis.assignments) {
    const value = a.value.replace(/\s+/g, '');
    const subtracts =
      a.op === '-=' ||
      (a.op === undefined && value.startsWith(a.target.replace(/\s+/g, '') + '-')) ||
      // `weights = [w - (eta / n) * nw for w, nw in zip(weights, nabla_w)]`
      (a.op === undefined && /^\[.*-.*\bfor\b/.test(a.value));
    // A decaying learning rate (`lr -= decay * lr`) is no step on the parameters.
    if (subtracts && isStepExpression(a.value) && !LEARNING_RATE.test(a.target)) {
      lines.push(a.line);
    }
  }
  for (const call of analysis.calls) {
    // Mapped over (params, grads), the lambda's gradient is any name: the learning rate tells the step.
    const steps = call.positional.some(arg => /^lambda\b[^:]*:.*-.*/.test(arg) && LEARNING_RATE.test(arg));
    if (TREE_MAP.test(call.qualified ?? call.text) && steps) {
      lines.push(call.line);
    }
  }
  return [...new Set(lines)].sort((x, y) => x - y);
}
