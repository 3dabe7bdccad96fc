/**
 * Trained-model artefacts recognised by name: the formats ML frameworks save to, and SavedModel folders.
 */
import { baseName, dirName } from '../reader';

/** Extension -> what saves it. */
const MODEL_EXTENSIONS: Record<string, string> = {
  '.pkl': 'pickle',
  '.pickle': 'pickle',
  '.joblib': 'joblib',
  '.h5': 'Keras/HDF5',
  '.hdf5': 'Keras/HDF5',
  '.keras': 'Keras',
  '.pt': 'PyTorch',
  '.pth': 'PyTorch',
  '.onnx': 'ONNX',
  '.safetensors': 'safetensors',
  '.ckpt': 'checkpoint',
  '.pb': 'TensorFlow graph',
  '.tflite': 'TensorFlow Lite',
  '.mlmodel': 'Core ML',
  '.cbm': 'CatBoost',
  '.gguf': 'GGUF'
};

/** Extensions that hold a model only when the name says so (XGBoost's `.ubj`/`.model`, Flax's msgpack). */
const NAMED_ONLY = new Set(['.ubj', '.model', '.msgpack', '.bin']);
const MODEL_NAME = /model|xgb|booster|checkpoint|weights|lgbm|lightgbm|catboost|classifier|regressor|estimator/i;

/** What kind of trained model the file holds, or undefined when it is not one. */
export function modelArtefactKind(path: string): string | undefined {
  const name = baseName(path).toLowerCase();
  const dot = name.lastIndexOf('.');
  const ext = dot <= 0 ? '' : name.slice(dot);
  if (NAMED_ONLY.has(ext)) {
    if (!MODEL_NAME.test(name)) {
      return undefined;
    }
    return ext === '.bin' ? 'weights' : ext === '.msgpack' ? 'Flax' : 'XGBoost';
  }
  return MODEL_EXTENSIONS[ext];
}

/** Folders that are TensorFlow SavedModels: they hold a `saved_model.pb`. */
export function savedModelDirs(paths: readonly string[]): string[] {
  return paths.filter(p => baseName(p) === 'saved_model.pb').map(p => dirName(p) || '.');
}
