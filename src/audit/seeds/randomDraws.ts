/**
 * Calls that draw from a framework's global generator: what a seed must come before. Curated per
 * framework (see each list); a framework that is imported but never drawn from needs no seed.
 * Per-call seeds (scikit-learn's random_state, JAX keys, NumPy Generators) are in callSeeds.ts.
 */
import type { PyCall } from '../python/types';
import type { GlobalFrameworkId } from './frameworks';
import { literalValue } from './literal';
import { canonicalName, lastSegment } from './qualifiedNames';

/** `random` module functions that draw from its hidden global Random instance. */
export const PYTHON_RANDOM_DRAWS: ReadonlySet<string> = new Set([
  'random', 'randint', 'randrange', 'choice', 'choices', 'shuffle', 'sample', 'uniform', 'triangular',
  'gauss', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate',
  'betavariate', 'paretovariate', 'weibullvariate', 'binomialvariate', 'getrandbits', 'randbytes'
]);

/** `numpy.random` names that do not draw from the legacy global state: every other one does. */
export const NUMPY_RANDOM_NON_DRAWS: ReadonlySet<string> = new Set([
  'seed', 'get_state', 'set_state', 'default_rng', 'RandomState', 'Generator', 'SeedSequence',
  'BitGenerator', 'PCG64', 'PCG64DXSM', 'MT19937', 'Philox', 'SFC64'
]);

/** `torch.*` functions that draw from the default generator. */
export const TORCH_FUNCTION_DRAWS: ReadonlySet<string> = new Set([
  'rand', 'rand_like', 'randn', 'randn_like', 'randint', 'randint_like', 'randperm', 'normal',
  'bernoulli', 'multinomial', 'poisson', 'dropout', 'rrelu'
]);

/** `torch.nn` modules whose construction draws initial weights, or whose forward pass draws. */
export const TORCH_RANDOM_MODULES: ReadonlySet<string> = new Set([
  'Linear', 'Bilinear', 'LazyLinear', 'Conv1d', 'Conv2d', 'Conv3d', 'ConvTranspose1d', 'ConvTranspose2d',
  'ConvTranspose3d', 'LazyConv1d', 'LazyConv2d', 'LazyConv3d', 'LazyConvTranspose1d', 'LazyConvTranspose2d',
  'LazyConvTranspose3d', 'Embedding', 'EmbeddingBag', 'RNN', 'LSTM', 'GRU', 'RNNCell', 'LSTMCell', 'GRUCell',
  'MultiheadAttention', 'Transformer', 'TransformerEncoderLayer', 'TransformerDecoderLayer', 'Dropout',
  'Dropout1d', 'Dropout2d', 'Dropout3d', 'AlphaDropout', 'FeatureAlphaDropout', 'RReLU'
]);

/** `torch.nn.init` functions that fill deterministically; the others draw. */
export const TORCH_DETERMINISTIC_INITS: ReadonlySet<string> = new Set([
  'calculate_gain', 'constant_', 'zeros_', 'ones_', 'eye_', 'dirac_', 'constant', 'eye', 'dirac'
]);

/** `torch.nn.functional` functions that draw. */
export const TORCH_FUNCTIONAL_DRAWS: ReadonlySet<string> = new Set([
  'dropout', 'dropout1d', 'dropout2d', 'dropout3d', 'alpha_dropout', 'feature_alpha_dropout', 'rrelu',
  'gumbel_softmax', 'fractional_max_pool2d', 'fractional_max_pool3d'
]);

/** In-place tensor methods that draw (`w.normal_()`), recognised by name in code that imports torch. */
export const TORCH_TENSOR_METHOD_DRAWS: ReadonlySet<string> = new Set([
  'uniform_', 'normal_', 'random_', 'bernoulli_', 'exponential_', 'geometric_', 'cauchy_', 'log_normal_'
]);

/** `torch.utils.data` samplers that draw unless given their own `generator`. */
export const TORCH_RANDOM_SAMPLERS: ReadonlySet<string> = new Set([
  'random_split', 'RandomSampler', 'SubsetRandomSampler', 'WeightedRandomSampler'
]);

/** `tf.random` functions that draw from the global seed (stateless_* take their own seed). */
export const TF_RANDOM_DRAWS: ReadonlySet<string> = new Set([
  'normal', 'uniform', 'truncated_normal', 'shuffle', 'categorical', 'gamma', 'poisson',
  'log_uniform_candidate_sampler', 'uniform_candidate_sampler', 'learned_unigram_candidate_sampler',
  'fixed_unigram_candidate_sampler', 'all_candidate_sampler'
]);

/** TF 1.x spellings at the top of `tf` (also under `tf.compat.v1`). */
export const TF1_RANDOM_DRAWS: ReadonlySet<string> = new Set([
  'random_normal', 'random_uniform', 'truncated_normal', 'random_shuffle', 'random_crop', 'random_gamma',
  'random_poisson', 'multinomial'
]);

/** Keras layers that draw initial weights or draw in training (`Random*` preprocessing layers too). */
export const KERAS_RANDOM_LAYERS: ReadonlySet<string> = new Set([
  'Dense', 'EinsumDense', 'Conv1D', 'Conv2D', 'Conv3D', 'Convolution1D', 'Convolution2D', 'Convolution3D',
  'Conv1DTranspose', 'Conv2DTranspose', 'Conv3DTranspose', 'Convolution2DTranspose', 'Convolution3DTranspose',
  'SeparableConv1D', 'SeparableConv2D', 'SeparableConvolution1D', 'SeparableConvolution2D', 'DepthwiseConv1D',
  'DepthwiseConv2D', 'Embedding', 'SimpleRNN', 'LSTM', 'GRU', 'SimpleRNNCell', 'LSTMCell', 'GRUCell',
  'ConvLSTM1D', 'ConvLSTM2D', 'ConvLSTM3D', 'MultiHeadAttention', 'GroupQueryAttention', 'Dropout',
  'SpatialDropout1D', 'SpatialDropout2D', 'SpatialDropout3D', 'GaussianNoise', 'GaussianDropout',
  'AlphaDropout', 'RandAugment', 'MixUp', 'CutMix'
]);

/** Keras initializers that fill deterministically. */
export const KERAS_DETERMINISTIC_INITIALIZERS: ReadonlySet<string> = new Set([
  'Constant', 'Zeros', 'Ones', 'Identity', 'constant', 'zeros', 'ones', 'identity', 'get', 'serialize', 'deserialize'
]);

/** Keras dataset loaders that shuffle with a seed of their own choosing unless given `seed`. */
export const KERAS_SHUFFLING_LOADERS: ReadonlySet<string> = new Set([
  'image_dataset_from_directory', 'text_dataset_from_directory', 'audio_dataset_from_directory'
]);

/** torchvision transforms that draw when applied, beyond the `Random*` ones. */
export const TORCHVISION_RANDOM_TRANSFORMS: ReadonlySet<string> = new Set([
  'RandAugment', 'AutoAugment', 'TrivialAugmentWide', 'AugMix', 'ColorJitter', 'GaussianBlur',
  'ElasticTransform', 'ScaleJitter', 'MixUp', 'CutMix'
]);

/** torchvision.models names that are not model builders. */
const TORCHVISION_NON_BUILDERS = new Set(['get_weight', 'get_model_weights', 'list_models', 'get_model_builder']);

/** What a reading of a call needs beyond the call: the top-level modules its unit imports. */
export interface DrawContext {
  importedModules: ReadonlySet<string>;
}

/** The global generator a call draws from, if any. */
export function globalDrawOf(call: PyCall, context: DrawContext): GlobalFrameworkId | undefined {
  const framework =
    call.qualified === undefined ? unqualifiedDrawOf(call, context) : qualifiedDrawOf(call, call.qualified, context);
  // A call given its own generator (torch `generator=`) or op seed (TF/Keras `seed=`) leaves the global one alone.
  if (framework === 'torch' && seedsItself(call.keywords['generator'])) {
    return undefined;
  }
  if (framework === 'tensorflow' && seedsItself(call.keywords['seed'])) {
    return undefined;
  }
  return framework;
}

function qualifiedDrawOf(call: PyCall, qualified: string, context: DrawContext): GlobalFrameworkId | undefined {
  const name = canonicalName(qualified);
  const parts = name.split('.');
  const last = parts[parts.length - 1];
  switch (parts[0]) {
    case 'random':
      return parts.length === 2 && PYTHON_RANDOM_DRAWS.has(last) ? 'python' : undefined;
    case 'numpy':
      return parts[1] === 'random' && parts.length >= 3 && !NUMPY_RANDOM_NON_DRAWS.has(last) ? 'numpy' : undefined;
    case 'torch':
      return torchDraw(call, parts) ? 'torch' : undefined;
    case 'torchvision':
      return torchvisionDraw(parts) ? 'torch' : undefined;
    case 'timm':
      return last === 'create_model' ? 'torch' : undefined;
    case 'transformers':
      return transformersDraw(parts);
    case 'tensorflow':
      return tensorflowDraw(parts) ? 'tensorflow' : undefined;
    case 'keras':
      return kerasDraw(call, parts) ? 'tensorflow' : undefined;
    default:
      return TORCH_TENSOR_METHOD_DRAWS.has(last) && context.importedModules.has('torch') ? 'torch' : undefined;
  }
}

/** Method calls on objects the analysis cannot type: a few unmistakable ones. */
function unqualifiedDrawOf(call: PyCall, context: DrawContext): GlobalFrameworkId | undefined {
  if (!call.text.includes('.')) {
    return undefined;
  }
  const method = lastSegment(call.text);
  if (TORCH_TENSOR_METHOD_DRAWS.has(method) && context.importedModules.has('torch')) {
    return 'torch';
  }
  // pandas' DataFrame/Series.sample(n=.. | frac=..) draws from NumPy's global state without random_state.
  const pandasSample =
    method === 'sample' &&
    context.importedModules.has('pandas') &&
    ('frac' in call.keywords || 'n' in call.keywords) &&
    !call.hasSpread &&
    !seedsItself(call.keywords['random_state']);
  return pandasSample ? 'numpy' : undefined;
}

function seedsItself(value: string | undefined): boolean {
  return value !== undefined && literalValue(value) !== null;
}

function torchDraw(call: PyCall, parts: string[]): boolean {
  const last = parts[parts.length - 1];
  if (parts.length === 2) {
    return TORCH_FUNCTION_DRAWS.has(last);
  }
  if (parts[1] === 'nn') {
    if (parts[2] === 'init') {
      return !TORCH_DETERMINISTIC_INITS.has(last);
    }
    if (parts[2] === 'functional') {
      return TORCH_FUNCTIONAL_DRAWS.has(last);
    }
    return TORCH_RANDOM_MODULES.has(last);
  }
  if (parts[1] === 'utils' && parts[2] === 'data') {
    if (call.hasSpread) {
      return false;
    }
    if (last === 'DataLoader') {
      return literalValue(call.keywords['shuffle']) === true;
    }
    return TORCH_RANDOM_SAMPLERS.has(last);
  }
  return TORCH_TENSOR_METHOD_DRAWS.has(last);
}

function torchvisionDraw(parts: string[]): boolean {
  const last = parts[parts.length - 1];
  if (parts[1] === 'transforms') {
    return last.startsWith('Random') || TORCHVISION_RANDOM_TRANSFORMS.has(last);
  }
  if (parts[1] === 'models') {
    // Builders are lower-case functions (resnet18, get_model); `*_Weights` enums are not.
    return (
      /^[a-z]/.test(last) && !TORCHVISION_NON_BUILDERS.has(last) && !parts.some(p => p.includes('Weights'))
    );
  }
  return false;
}

/**
 * `AutoModelFor*.from_pretrained`: a task head missing from the checkpoint is initialised at random; `from_config`
 * draws every weight. A base model (`AutoModel`, `BertModel`) from a checkpoint loads the weights it uses.
 */
function transformersDraw(parts: string[]): GlobalFrameworkId | undefined {
  const last = parts[parts.length - 1];
  if (parts.length < 3 || (last !== 'from_pretrained' && last !== 'from_config')) {
    return undefined;
  }
  const cls = parts[parts.length - 2];
  const draws = last === 'from_config' ? /Model|For[A-Z]/ : /For[A-Z]/;
  if (!draws.test(cls) || cls.startsWith('Flax')) {
    return undefined;
  }
  return cls.startsWith('TF') ? 'tensorflow' : 'torch';
}

function tensorflowDraw(parts: string[]): boolean {
  const rest = parts[1] === 'compat' && parts[2] === 'v1' ? parts.slice(3) : parts.slice(1);
  const last = rest[rest.length - 1];
  if (rest.length === 1) {
    return TF1_RANDOM_DRAWS.has(last);
  }
  if (rest.length === 2 && rest[0] === 'random') {
    return TF_RANDOM_DRAWS.has(last);
  }
  if (rest[0] === 'nn') {
    return last === 'dropout';
  }
  if (rest[0] === 'image') {
    return last.startsWith('random_');
  }
  return false;
}

function kerasDraw(call: PyCall, parts: string[]): boolean {
  const last = parts[parts.length - 1];
  if (parts.includes('layers')) {
    return KERAS_RANDOM_LAYERS.has(last) || last.startsWith('Random');
  }
  if (parts[1] === 'initializers') {
    return !KERAS_DETERMINISTIC_INITIALIZERS.has(last);
  }
  if (parts[1] === 'random') {
    return last !== 'SeedGenerator';
  }
  if (parts[1] === 'applications') {
    return /^[A-Z]/.test(last);
  }
  if (KERAS_SHUFFLING_LOADERS.has(last)) {
    return !call.hasSpread && literalValue(call.keywords['shuffle']) !== false;
  }
  return false;
}
