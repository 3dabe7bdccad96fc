/**
 * Generator objects that carry their own seed: a global seed does not reach them, so each must be
 * given one (`np.random.default_rng(SEED)`, `jax.random.key(SEED)`).
 */
import type { FrameworkId } from './frameworks';

export interface SeededConstructor {
  framework: FrameworkId;
  name: string;
  /** Where the seed goes. */
  seedArg: { index: number; keyword: string };
}

export const SEEDED_CONSTRUCTORS: readonly SeededConstructor[] = [
  { framework: 'numpy', name: 'numpy.random.default_rng', seedArg: { index: 0, keyword: 'seed' } },
  { framework: 'numpy', name: 'numpy.random.RandomState', seedArg: { index: 0, keyword: 'seed' } },
  { framework: 'numpy', name: 'numpy.random.SeedSequence', seedArg: { index: 0, keyword: 'entropy' } },
  ...['PCG64', 'PCG64DXSM', 'MT19937', 'Philox', 'SFC64'].map(bitGenerator => ({
    framework: 'numpy' as const,
    name: `numpy.random.${bitGenerator}`,
    seedArg: { index: 0, keyword: 'seed' }
  })),
  { framework: 'python', name: 'random.Random', seedArg: { index: 0, keyword: 'x' } },
  // JAX has no global seed: every key is built from one.
  { framework: 'jax', name: 'jax.random.PRNGKey', seedArg: { index: 0, keyword: 'seed' } },
  { framework: 'jax', name: 'jax.random.key', seedArg: { index: 0, keyword: 'seed' } },
  { framework: 'dask', name: 'dask.array.random.RandomState', seedArg: { index: 0, keyword: 'seed' } },
  { framework: 'dask', name: 'dask.array.random.default_rng', seedArg: { index: 0, keyword: 'seed' } }
];

const BY_NAME = new Map(SEEDED_CONSTRUCTORS.map(c => [c.name, c]));

export function seededConstructorNamed(qualified: string | undefined): SeededConstructor | undefined {
  return qualified === undefined ? undefined : BY_NAME.get(qualified);
}
