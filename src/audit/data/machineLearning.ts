/**
 * Whether the repo's code is machine learning at all: it imports a framework that trains models
 * (a vendored library's imports aside).
 * Without that (and without training or saving code), a pickle or an HDF5 file is an analysis's
 * data or cache, and the model item does not apply.
 */
import { defineFact } from '../facts';
import { PYTHON_UNITS } from '../python/units';
import { VENDORED_FOLDERS } from '../vendored';

/** Top-level modules of frameworks that train or run models. */
const ML_FRAMEWORKS = new Set([
  'torch', 'torchvision', 'torchaudio', 'tensorflow', 'keras', 'tf_keras', 'jax', 'flax', 'optax', 'haiku', 'equinox',
  'sklearn', 'xgboost', 'lightgbm', 'catboost', 'transformers', 'timm', 'pytorch_lightning', 'lightning', 'fastai',
  'mxnet', 'paddle', 'theano', 'lasagne', 'chainer', 'onnxruntime', 'skorch', 'sentence_transformers', 'gensim',
  'tensorflow_hub', 'trax', 'objax', 'dm_haiku', 'stable_baselines3', 'spacy'
]);

/** Model formats (or model-named files) that can only be a trained model; pickle, HDF5, joblib and .pb may hold anything. */
const UNAMBIGUOUS_KINDS = new Set([
  'PyTorch', 'ONNX', 'safetensors', 'checkpoint', 'Keras', 'TensorFlow Lite', 'Core ML', 'CatBoost', 'GGUF',
  'Flax', 'TensorFlow SavedModel', 'weights', 'XGBoost'
]);

export function isUnambiguousModelKind(kind: string): boolean {
  return UNAMBIGUOUS_KINDS.has(kind);
}

/** The first import of an ML framework in the repo's code, as `path:line`-ready evidence, or undefined. */
export const ML_FRAMEWORK_IMPORT = defineFact<{ path: string; module: string } | undefined>('ml-framework-import', async facts => {
  const vendored = await facts.get(VENDORED_FOLDERS);
  for (const unit of await facts.get(PYTHON_UNITS)) {
    if (vendored.contains(unit.path)) {
      continue;
    }
    const found = unit.analysis.imports.find(i => ML_FRAMEWORKS.has(i.module.split('.')[0]));
    if (found) {
      return { path: unit.path, module: found.module };
    }
  }
  return undefined;
});
