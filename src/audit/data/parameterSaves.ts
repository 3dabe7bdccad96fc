/**
 * Generic writers (pickle, joblib, NumPy's save/savez, Flax serialization) save a model only when
 * what they write is parameters or model state: `np.savez('weights.npz', W1=W1)`, `pickle.dump(params, f)`,
 * `joblib.dump(clf, path)`, `flax.serialization.to_bytes(state)`; not `pickle.dump(results, f)` or
 * `np.save('X_train.npy', X)`. Judged from the saved expression's name, then the file's name.
 */
import type { PyCall } from '../python/types';
import { evaluatePathExpression } from '../uses/pathExpression';

interface Writer {
  /** Positional indexes of what is written (undefined: every positional but the path, and the keywords). */
  objects?: number[];
  /** Positional index of the file (or handle) written to. */
  path: number;
  /** Verdict when neither the object nor the file says: joblib and Flax serialization write models mostly. */
  byDefault: boolean;
}

const WRITERS: Record<string, Writer> = {
  'pickle.dump': { objects: [0], path: 1, byDefault: false },
  '_pickle.dump': { objects: [0], path: 1, byDefault: false },
  'cPickle.dump': { objects: [0], path: 1, byDefault: false },
  'dill.dump': { objects: [0], path: 1, byDefault: false },
  'cloudpickle.dump': { objects: [0], path: 1, byDefault: false },
  'joblib.dump': { objects: [0], path: 1, byDefault: true },
  'sklearn.externals.joblib.dump': { objects: [0], path: 1, byDefault: true },
  'numpy.save': { objects: [1], path: 0, byDefault: false },
  'numpy.savez': { path: 0, byDefault: false },
  'numpy.savez_compressed': { path: 0, byDefault: false },
  'flax.serialization.to_bytes': { objects: [0], path: -1, byDefault: true },
  'flax.serialization.to_state_dict': { objects: [0], path: -1, byDefault: true },
  'flax.serialization.msgpack_serialize': { objects: [0], path: -1, byDefault: true }
};

/** Names of parameters and model state (`params`, `W1`, `state_dict`, `clf`, `theta`...). */
const PARAMETERS = /param|weight|model|state|\bnet\b|network|clf|classifier|regressor|estimator|theta|ckpt|checkpoint|coef|variables|booster|pipeline|\bW\d*\b|\bW_\w+/i;
/** Names of data and results (`X`, `y_test`, `df`, `results`, `history`...). */
const DATA = /^(x|y)(_?\w+)?$|(^|_)(df|data|dataset|ds|features|labels|targets|inputs|samples|results?|history|preds?|predictions|scores|metrics|losses|embeddings?|outputs?)(_|\d|$)/i;

/** Whether one written expression names parameters (true), data (false), or neither (undefined). */
function judgeName(text: string): boolean | undefined {
  const trimmed = text.trim();
  if (!/^[\w.]+(\(.*\))?$/s.test(trimmed)) {
    // A tuple, dict or comprehension: parameters anywhere in it make it a model's.
    return PARAMETERS.test(trimmed) ? true : undefined;
  }
  const name = trimmed.replace(/\(.*\)$/s, '').replace(/^self\./, '');
  if (DATA.test(name.slice(name.lastIndexOf('.') + 1))) {
    return false;
  }
  return PARAMETERS.test(name) ? true : undefined;
}

/** The file's name, from the path argument or from the `open(...)` that made the handle just before. */
function fileNameOf(call: PyCall, writer: Writer, calls: readonly PyCall[]): string | undefined {
  const arg = writer.path >= 0 ? call.positional[writer.path] ?? call.keywords.file : undefined;
  if (arg === undefined) {
    return undefined;
  }
  const direct = evaluatePathExpression(arg);
  if (direct !== undefined) {
    return direct;
  }
  const opener = calls.filter(c => c.text === 'open' && c.line <= call.line && c.line >= call.line - 3).pop();
  const opened = opener?.positional[0];
  return opened === undefined ? undefined : evaluatePathExpression(opened);
}

const MODEL_FILE = /model|weight|param|checkpoint|ckpt|\.(pt|pth|ckpt|joblib|h5|keras|msgpack|safetensors)$/i;
const DATA_FILE = /data|feature|embedding|result|label|split|cache|\b(x|y)(_\w+)?\.\w+$/i;

/**
 * Whether a call to a generic writer saves a model: true or false for a writer, undefined for any
 * other call. `calls` are the source's calls, to find the file a handle was opened on.
 */
export function savesParameters(call: PyCall, calls: readonly PyCall[] = []): boolean | undefined {
  const writer = call.qualified === undefined ? undefined : WRITERS[call.qualified];
  if (!writer) {
    return undefined;
  }
  const objects = writer.objects
    ? writer.objects.map(k => call.positional[k]).filter((t): t is string => t !== undefined)
    : [...call.positional.filter((_, k) => k !== writer.path), ...Object.keys(call.keywords), ...Object.values(call.keywords)];
  const verdicts = objects.map(judgeName);
  if (verdicts.includes(true)) {
    return true;
  }
  if (verdicts.includes(false)) {
    return false;
  }
  const file = fileNameOf(call, writer, calls);
  if (file !== undefined && MODEL_FILE.test(file)) {
    return true;
  }
  if (file !== undefined && DATA_FILE.test(file)) {
    return false;
  }
  return writer.byDefault;
}
