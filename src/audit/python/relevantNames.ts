/**
 * The names that make a function-body statement worth parsing (see prescan.ts): what the checks
 * recognise calls by. A name of ATTRIBUTE_NAMES counts after a dot (`x.normal_()`, `model.fit()`,
 * `nn.Linear`); ARGUMENT_NAMES and NAME_FRAGMENTS count anywhere. relevantNames.spec.ts holds these
 * against the checks' own tables (seeds/, data/), so a name added there and missed here fails a test.
 */
import { isStdlibModule } from './stdlib';

/** Names recognised after a dot: draws, model training and saving, downloads, framework sub-modules. */
export const ATTRIBUTE_NAMES: ReadonlySet<string> = new Set([
  // Draws (seeds/randomDraws.ts): torch functions, nn modules and functional, tensor methods, samplers.
  'rand', 'rand_like', 'randn', 'randn_like', 'randint', 'randint_like', 'randperm', 'normal', 'bernoulli',
  'multinomial', 'poisson', 'dropout', 'rrelu', 'Linear', 'Bilinear', 'LazyLinear', 'Conv1d', 'Conv2d',
  'Conv3d', 'ConvTranspose1d', 'ConvTranspose2d', 'ConvTranspose3d', 'LazyConv1d', 'LazyConv2d', 'LazyConv3d',
  'LazyConvTranspose1d', 'LazyConvTranspose2d', 'LazyConvTranspose3d', 'Embedding', 'EmbeddingBag', 'RNN',
  'LSTM', 'GRU', 'RNNCell', 'LSTMCell', 'GRUCell', 'MultiheadAttention', 'Transformer',
  'TransformerEncoderLayer', 'TransformerDecoderLayer', 'Dropout', 'Dropout1d', 'Dropout2d', 'Dropout3d',
  'AlphaDropout', 'FeatureAlphaDropout', 'RReLU', 'dropout1d', 'dropout2d', 'dropout3d', 'alpha_dropout',
  'feature_alpha_dropout', 'gumbel_softmax', 'fractional_max_pool2d', 'fractional_max_pool3d', 'uniform_',
  'normal_', 'random_', 'bernoulli_', 'exponential_', 'geometric_', 'cauchy_', 'log_normal_', 'random_split',
  'DataLoader', 'uniform', 'truncated_normal', 'shuffle', 'categorical', 'gamma', 'log_uniform_candidate_sampler',
  'uniform_candidate_sampler', 'learned_unigram_candidate_sampler', 'fixed_unigram_candidate_sampler',
  'all_candidate_sampler', 'random_normal', 'random_uniform', 'random_shuffle', 'random_crop', 'random_gamma',
  'random_poisson', 'sample', 'choice', 'choices', 'permutation',
  // Framework sub-modules whose members draw (torch.nn.init, torchvision.transforms/models, keras layers...).
  'init', 'initializers', 'layers', 'transforms', 'models', 'applications', 'create_model', 'from_pretrained',
  'from_config', 'image_dataset_from_directory', 'text_dataset_from_directory', 'audio_dataset_from_directory',
  // Keras layers and torchvision transforms that draw (Random* ones match NAME_FRAGMENTS).
  'Dense', 'EinsumDense', 'Conv1D', 'Conv2D', 'Conv3D', 'Convolution1D', 'Convolution2D', 'Convolution3D',
  'Conv1DTranspose', 'Conv2DTranspose', 'Conv3DTranspose', 'Convolution2DTranspose', 'Convolution3DTranspose',
  'SeparableConv1D', 'SeparableConv2D', 'SeparableConvolution1D', 'SeparableConvolution2D', 'DepthwiseConv1D',
  'DepthwiseConv2D', 'SimpleRNN', 'SimpleRNNCell', 'ConvLSTM1D', 'ConvLSTM2D', 'ConvLSTM3D',
  'MultiHeadAttention', 'GroupQueryAttention', 'SpatialDropout1D', 'SpatialDropout2D', 'SpatialDropout3D',
  'GaussianNoise', 'GaussianDropout', 'RandAugment', 'MixUp', 'CutMix', 'AutoAugment', 'TrivialAugmentWide',
  'AugMix', 'ColorJitter', 'GaussianBlur', 'ElasticTransform', 'ScaleJitter',
  // Model code (data/modelCode.ts): training and saving.
  'fit', 'partial_fit', 'fit_generator', 'train_on_batch', 'train', 'backward', 'step', 'save', 'save_model',
  'save_pretrained', 'save_weights', 'save_checkpoint', 'save_encoder', 'export', 'dump', 'save_file', 'log_model',
  // Downloads and checksums (data/downloads.ts).
  'urlretrieve', 'urlopen', 'download', 'download_url', 'download_url_to_file', 'download_file',
  'hf_hub_download', 'snapshot_download', 'get_file', 'retrieve', 'cached_download', 'dataset_download_files',
  'system', 'flow_from_directory', 'load_state_dict_from_url', 'load_url', 'load_data', 'extractall', 'unpack_archive',
  // Training and parameter saving in JAX and NumPy (data/modelCode.ts).
  'apply_updates', 'apply_gradients', 'minimize', 'TrainState', 'value_and_grad', 'grad', 'savez', 'savez_compressed',
  'to_bytes', 'to_state_dict', 'msgpack_serialize',
  // Seeding calls (seeds/seedCalls.ts) without 'seed' in their name.
  'enable_full_determinism', 'Trainer', 'Seq2SeqTrainer'
]);

/** Names that count wherever they are: keyword arguments the checks read, modules they follow. */
export const ARGUMENT_NAMES: ReadonlySet<string> = new Set([
  'generator', 'key', 'params', 'shuffle', 'frac',
  'md5', 'sha256', 'sha1', 'known_hash', 'file_hash', 'hash_prefix', 'checksum', 'hash', 'hashlib', 'subprocess',
  'check_hash', 'download',
  // A hand-written gradient step (`W -= lr * dW`, `opt_update(i, g, state)`): data/modelCode.ts.
  'lr', 'learning_rate', 'step_size', 'eta', 'grad', 'grads', 'opt_update'
]);

/** Fragments that make any name count: every random-state and seeding API has one (random_state, manual_seed, RandomCrop). */
export const NAME_FRAGMENTS = /random|seed|rng|prng/i;

/**
 * Third-party modules whose members are judged by the name after the dot; any other module that is
 * not in the standard library may be the repo's own, whose functions the seeds check follows.
 */
const ATTRIBUTE_DECIDED_MODULES: ReadonlySet<string> = new Set([
  'numpy', 'torch', 'torchvision', 'torchaudio', 'tensorflow', 'keras', 'tf_keras', 'pandas', 'scipy',
  'matplotlib', 'seaborn', 'tqdm', 'yaml', 'PIL', 'cv2', 'h5py', 'IPython', 'plotly', 'sympy', 'networkx'
]);

/** Whether what a module binds is judged by the names after the dot rather than always kept. */
export function isAttributeDecidedModule(topLevel: string): boolean {
  return ATTRIBUTE_DECIDED_MODULES.has(topLevel) || isStdlibModule(topLevel);
}

/** Whether a name makes a statement worth parsing: after a dot, or anywhere. */
export function isRelevantName(name: string, afterDot: boolean): boolean {
  return (afterDot && ATTRIBUTE_NAMES.has(name)) || ARGUMENT_NAMES.has(name) || NAME_FRAGMENTS.test(name);
}
