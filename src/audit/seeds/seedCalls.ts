/**
 * Calls that seed a framework's global generator, and which frameworks each one reaches.
 * Names are canonical (see qualifiedNames.ts: Keras spellings fold onto `keras.`).
 */
import type { PyCall } from '../python/types';
import type { GlobalFrameworkId } from './frameworks';
import { canonicalName } from './qualifiedNames';

export interface SeedingCall {
  names: readonly string[];
  seeds: readonly GlobalFrameworkId[];
  /**
   * Where the seed is passed. Without a seed the call either falls back on a fixed default
   * (`defaultIsFixed`) or draws one from the OS or the clock (`torch.seed()`, `random.seed()`).
   */
  seedArg?: { index: number; keyword: string };
  defaultIsFixed?: boolean;
}

const LIGHTNING_SEED_EVERYTHING = [
  'lightning.seed_everything',
  'lightning.pytorch.seed_everything',
  'lightning.fabric.seed_everything',
  'lightning.pytorch.utilities.seed.seed_everything',
  'lightning.fabric.utilities.seed.seed_everything',
  'lightning_fabric.seed_everything',
  'lightning_fabric.utilities.seed.seed_everything',
  'pytorch_lightning.seed_everything',
  'pytorch_lightning.utilities.seed.seed_everything'
];

export const SEEDING_CALLS: readonly SeedingCall[] = [
  { names: ['random.seed'], seeds: ['python'], seedArg: { index: 0, keyword: 'a' } },
  { names: ['numpy.random.seed'], seeds: ['numpy'], seedArg: { index: 0, keyword: 'seed' } },
  {
    names: ['torch.manual_seed', 'torch.random.manual_seed'],
    seeds: ['torch'],
    seedArg: { index: 0, keyword: 'seed' }
  },
  // Seeds torch from a non-deterministic value: a seeding call that fixes nothing.
  { names: ['torch.seed', 'torch.random.seed'], seeds: ['torch'] },
  {
    names: [
      'tensorflow.random.set_seed',
      'tensorflow.set_random_seed',
      'tensorflow.compat.v1.set_random_seed',
      'tensorflow.compat.v1.random.set_random_seed'
    ],
    seeds: ['tensorflow'],
    seedArg: { index: 0, keyword: 'seed' }
  },
  // Keras' helper seeds Python, NumPy and the backend (TensorFlow here).
  {
    names: ['keras.utils.set_random_seed'],
    seeds: ['python', 'numpy', 'tensorflow'],
    seedArg: { index: 0, keyword: 'seed' }
  },
  // Lightning 2.x falls back on PL_GLOBAL_SEED, then 0.
  {
    names: LIGHTNING_SEED_EVERYTHING,
    seeds: ['python', 'numpy', 'torch'],
    seedArg: { index: 0, keyword: 'seed' },
    defaultIsFixed: true
  },
  {
    names: [
      'transformers.set_seed',
      'transformers.trainer_utils.set_seed',
      'transformers.enable_full_determinism',
      'transformers.trainer_utils.enable_full_determinism'
    ],
    seeds: ['python', 'numpy', 'torch', 'tensorflow'],
    seedArg: { index: 0, keyword: 'seed' }
  },
  {
    names: ['accelerate.utils.set_seed', 'accelerate.utils.random.set_seed'],
    seeds: ['python', 'numpy', 'torch'],
    seedArg: { index: 0, keyword: 'seed' }
  },
  // Trainer.__init__ calls set_seed(args.seed); TrainingArguments.seed defaults to 42.
  {
    names: ['transformers.Trainer', 'transformers.Seq2SeqTrainer', 'transformers.trainer.Trainer'],
    seeds: ['python', 'numpy', 'torch'],
    defaultIsFixed: true
  }
];

const BY_NAME = new Map<string, SeedingCall>();
for (const entry of SEEDING_CALLS) {
  for (const name of entry.names) {
    BY_NAME.set(name, entry);
  }
}

/** The seeding call a qualified callee is, if any. */
export function seedingCallNamed(qualified: string | undefined): SeedingCall | undefined {
  return qualified === undefined ? undefined : BY_NAME.get(canonicalName(qualified));
}

/** The source text of the seed a call passes, or undefined when it passes none. */
export function seedArgumentText(entry: SeedingCall, call: PyCall): string | undefined {
  if (!entry.seedArg) {
    return undefined;
  }
  return call.keywords[entry.seedArg.keyword] ?? call.positional[entry.seedArg.index];
}
