/**
 * Dask's randomness: `dask.array.random` (module draws from a hidden per-backend RandomState,
 * seeded by `da.random.seed`; or a `RandomState(seed)` / `default_rng(seed)` of one's own), a
 * DataFrame's `.sample(frac=..., random_state=...)`, and dask-ml's scikit-learn-like estimators and
 * splitters, which take `random_state`. Dask is a per-call framework: each of these is judged alone.
 */
import type { PyCall } from '../python/types';
import { SeedSite, SeedValue, seedValueOf } from './seedValue';

const DASK_RANDOM = 'dask.array.random.';

/** `dask.array.random` names that are no draw from the module's hidden state. */
const DASK_RANDOM_NON_DRAWS: ReadonlySet<string> = new Set(['seed', 'RandomState', 'default_rng', 'Generator']);

/** dask-ml callables that take `random_state` (model_selection, cluster, decomposition, datasets). */
const DASK_ML_RANDOM_STATE: ReadonlySet<string> = new Set([
  'train_test_split', 'ShuffleSplit', 'RandomizedSearchCV', 'HyperbandSearchCV', 'SuccessiveHalvingSearchCV',
  'IncrementalSearchCV', 'InverseDecaySearchCV', 'KMeans', 'SpectralClustering', 'PCA', 'TruncatedSVD',
  'make_classification', 'make_regression', 'make_blobs', 'make_counts', 'make_classification_df', 'make_regression_df'
]);

/** Whether the analysed code imports dask or dask-ml. */
function importsDask(site: SeedSite): boolean {
  return site.analysis.imports.some(i => /^dask(_ml)?$/.test(i.module.split('.')[0]));
}

/**
 * The keyword that seeds a dask call the fixer may give a seed to: `random_state` for dask-ml and for
 * a DataFrame's `.sample` (in code that imports dask); undefined for any other call.
 */
export function daskSeedKeyword(call: PyCall, qualified: string | undefined, site: SeedSite): string | undefined {
  if (qualified?.startsWith('dask_ml.') && DASK_ML_RANDOM_STATE.has(qualified.slice(qualified.lastIndexOf('.') + 1))) {
    return 'random_state';
  }
  const isSample = qualified === undefined && /\.sample$/.test(call.text) && ('frac' in call.keywords || 'random_state' in call.keywords);
  return isSample && importsDask(site) ? 'random_state' : undefined;
}

/**
 * A draw from `dask.array.random`'s hidden state (`da.random.normal(...)`): fixed by a `seed=` of its
 * own, else by the last `da.random.seed(...)` before it in the same code; missing otherwise.
 */
export function daskModuleDrawSeed(call: PyCall, qualified: string | undefined, site: SeedSite): SeedValue | undefined {
  if (!qualified?.startsWith(DASK_RANDOM) || DASK_RANDOM_NON_DRAWS.has(qualified.slice(DASK_RANDOM.length))) {
    return undefined;
  }
  if ('seed' in call.keywords) {
    return seedValueOf(call.keywords['seed'], site);
  }
  const seeding = site.analysis.calls
    .filter(c => c.offset < call.offset && c.qualified === `${DASK_RANDOM}seed`)
    .pop();
  if (!seeding) {
    return { kind: 'missing' };
  }
  return seedValueOf(seeding.keywords['seed'] ?? seeding.positional[0], { ...site, offset: seeding.offset, scope: seeding.scope });
}
