/**
 * The frameworks that bring randomness into research code, what reveals each one, and how it is
 * seeded. Shared by the seeds check and the seed fixer.
 */
import type { PyImport } from '../python/types';

export type FrameworkId =
  | 'python'
  | 'numpy'
  | 'torch'
  | 'tensorflow'
  | 'jax'
  | 'sklearn'
  | 'xgboost'
  | 'lightgbm'
  | 'catboost'
  | 'dask';

export interface Framework {
  id: FrameworkId;
  /** How messages name it. */
  label: string;
  /** Top-level modules whose import reveals the framework. */
  modules: readonly string[];
  /**
   * `global`: one process-wide generator, seeded by a call that must run before the first draw.
   * `per-call`: no global seed that matters; each call (estimator, key, generator) takes its own.
   */
  seeding: 'global' | 'per-call';
  /** The seeding call a message suggests. */
  seedHint: string;
}

export const FRAMEWORKS: readonly Framework[] = [
  { id: 'python', label: 'Python random', modules: ['random'], seeding: 'global', seedHint: 'random.seed' },
  { id: 'numpy', label: 'NumPy', modules: ['numpy'], seeding: 'global', seedHint: 'np.random.seed' },
  {
    id: 'torch',
    label: 'PyTorch',
    modules: [
      'torch', 'torchvision', 'torchaudio', 'lightning', 'pytorch_lightning', 'timm', 'transformers', 'accelerate'
    ],
    seeding: 'global',
    seedHint: 'torch.manual_seed'
  },
  {
    id: 'tensorflow',
    label: 'TensorFlow/Keras',
    modules: ['tensorflow', 'keras', 'tf_keras'],
    seeding: 'global',
    seedHint: 'tf.keras.utils.set_random_seed'
  },
  {
    id: 'jax',
    label: 'JAX',
    modules: ['jax', 'flax', 'optax', 'haiku'],
    seeding: 'per-call',
    seedHint: 'jax.random.key'
  },
  { id: 'sklearn', label: 'scikit-learn', modules: ['sklearn'], seeding: 'per-call', seedHint: 'random_state' },
  { id: 'xgboost', label: 'XGBoost', modules: ['xgboost'], seeding: 'per-call', seedHint: 'random_state' },
  { id: 'lightgbm', label: 'LightGBM', modules: ['lightgbm'], seeding: 'per-call', seedHint: 'seed' },
  { id: 'catboost', label: 'CatBoost', modules: ['catboost'], seeding: 'per-call', seedHint: 'random_seed' },
  // Dask's array generators take their own seed (RandomState(seed)); dask-ml and .sample take random_state.
  { id: 'dask', label: 'Dask', modules: ['dask', 'dask_ml'], seeding: 'per-call', seedHint: 'seed' }
];

export type GlobalFrameworkId = 'python' | 'numpy' | 'torch' | 'tensorflow';

const BY_ID = new Map(FRAMEWORKS.map(f => [f.id, f]));

export function frameworkOf(id: FrameworkId): Framework {
  return BY_ID.get(id)!;
}

/** Every top-level module name that reveals some framework. */
export const FRAMEWORK_MODULES: ReadonlySet<string> = new Set(FRAMEWORKS.flatMap(f => f.modules));

/** The frameworks a piece of code imports, in table order (what a seed fixer must cover). */
export function frameworksImported(imports: readonly PyImport[]): FrameworkId[] {
  const tops = new Set(imports.map(i => i.module.split('.')[0]));
  return FRAMEWORKS.filter(f => f.modules.some(m => tops.has(m))).map(f => f.id);
}
