/**
 * Which seeding API a framework offers in the version the repo runs: TensorFlow 1 has no
 * `tf.keras.utils.set_random_seed` or `enable_op_determinism`, Keras before 2.7 has no
 * `keras.utils.set_random_seed`, PyTorch before 1.8 has no `use_deterministic_algorithms` (and no
 * `warn_only` before 1.11). The version comes from what the repo declares (the highest version a
 * declaration admits is what an install gets) and from the code's own idioms (`tf.Session`,
 * `tf.placeholder`, `import tensorflow.compat.v1`: TF 1 code). Nothing known: the current API.
 * Shared by the seeds check's messages and the seed fixer's code.
 */
import { gte, lt, maxSatisfying, valid } from '@renovatebot/pep440';
import type { DeclaredPackage } from '../deps/types';
import type { PyImport, PyCall } from '../python/types';
import { canonicalName } from './qualifiedNames';

/**
 * `v1`: TF 1.x (`tf.set_random_seed`). `compat-v1`: TF 1 idioms on a TF that may be 2.x
 * (`tf.compat.v1.set_random_seed`, which TF 1.13+ and 2.x have). `random-set-seed`: TF 2.0-2.6
 * (`tf.random.set_seed`, determinism by TF_DETERMINISTIC_OPS). `keras-utils-env`: TF 2.7
 * (`tf.keras.utils.set_random_seed`, TF_DETERMINISTIC_OPS). `current`: TF 2.8+ (also
 * `tf.config.experimental.enable_op_determinism()`).
 */
export type TensorflowApi = 'v1' | 'compat-v1' | 'random-set-seed' | 'keras-utils-env' | 'current';

/** `utils`: `keras.utils.set_random_seed` (Keras 2.7+ and 3). `backend`: older Keras, seed its TensorFlow backend. */
export type KerasApi = 'utils' | 'backend';

/**
 * `warn-only`: `use_deterministic_algorithms(True, warn_only=True)` (1.11+). `strict-only`: the
 * call exists but raises on the first nondeterministic op (1.8-1.10). `none`: before 1.8.
 */
export type TorchApi = 'warn-only' | 'strict-only' | 'none';

export interface SeedingApis {
  tensorflow: TensorflowApi;
  keras: KerasApi;
  torch: TorchApi;
}

export const CURRENT_APIS: SeedingApis = { tensorflow: 'current', keras: 'utils', torch: 'warn-only' };

const TENSORFLOW_PACKAGES = ['tensorflow', 'tensorflow-gpu', 'tensorflow-cpu', 'tensorflow-macos', 'tensorflow-intel'];
const KERAS_PACKAGES = ['keras'];
const TORCH_PACKAGES = ['torch', 'pytorch'];

/** Calls only TensorFlow 1's API has at its top level (or through tf.compat.v1). */
const TF1_CALLS = new Set([
  'Session',
  'InteractiveSession',
  'placeholder',
  'random_uniform',
  'random_normal',
  'truncated_normal',
  'set_random_seed',
  'global_variables_initializer',
  'get_variable',
  'variable_scope',
  'train.AdamOptimizer',
  'train.GradientDescentOptimizer',
  'disable_v2_behavior'
]);

/** A declared spec in PEP 440 form: conda's `=1.15`, `1.15.*` and build strings made into `==1.15.*`. */
function pep440Spec(pkg: DeclaredPackage): string | undefined {
  let spec = pkg.spec.split(';')[0].trim();
  if (pkg.ecosystem === 'conda') {
    spec = spec.split(/\s+/)[0];
    const bare = /^=?(\d[\w.*+!-]*)(?:=.*)?$/.exec(spec);
    if (bare) {
      const version = bare[1].replace(/\.\*$/, '');
      spec = spec.startsWith('==') ? `==${version}` : `==${version}.*`;
    }
  }
  return spec && !spec.includes('://') && !spec.startsWith('@') ? spec : undefined;
}

/** Versions to test a range against: every era boundary is among them, and the versions the spec names. */
const GRID: string[] = [];
for (let major = 0; major <= 5; major++) {
  for (let minor = 0; minor <= 40; minor++) {
    GRID.push(`${major}.${minor}.0`, `${major}.${minor}.99`);
  }
}

const highestCache = new Map<string, string | null>();

/** The highest version a spec admits (what an install gets), or undefined when it says nothing readable. */
export function highestAdmitted(spec: string): string | undefined {
  let highest = highestCache.get(spec);
  if (highest === undefined) {
    const named = (spec.match(/\d+(?:\.\d+)*/g) ?? []).filter(v => valid(v));
    highest = maxSatisfying([...GRID, ...named], spec) ?? null;
    highestCache.set(spec, highest);
  }
  return highest ?? undefined;
}

/** The oldest of the highest versions the repo's declarations of these packages admit. */
function declaredVersion(declared: readonly DeclaredPackage[], names: readonly string[]): string | undefined {
  let oldest: string | undefined;
  for (const pkg of declared) {
    if (!names.includes(pkg.normalized)) {
      continue;
    }
    const spec = pep440Spec(pkg);
    const version = spec === undefined ? undefined : highestAdmitted(spec);
    if (version !== undefined && (oldest === undefined || lt(version, oldest))) {
      oldest = version;
    }
  }
  return oldest;
}

/** TF 1 code: calls of the TF 1 API, `tf.contrib`, or an import of `tensorflow.compat.v1`. */
export function usesTensorflow1Idioms(imports: readonly PyImport[], calls: readonly PyCall[]): boolean {
  if (imports.some(i => /^tensorflow\.(compat\.v1|contrib)(\.|$)/.test(i.module) || (i.module === 'tensorflow.compat' && i.name === 'v1'))) {
    return true;
  }
  return calls.some(c => {
    const name = c.qualified && canonicalName(c.qualified);
    if (!name?.startsWith('tensorflow.')) {
      return false;
    }
    const rest = name.slice('tensorflow.'.length).replace(/^compat\.v1\./, '');
    return rest.startsWith('contrib.') || TF1_CALLS.has(rest);
  });
}

function tensorflowApi(version: string | undefined, tf1Idioms: boolean): TensorflowApi {
  if (version !== undefined && lt(version, '2.0.0')) {
    return 'v1';
  }
  if (tf1Idioms) {
    return 'compat-v1';
  }
  if (version === undefined || gte(version, '2.8.0')) {
    return 'current';
  }
  return gte(version, '2.7.0') ? 'keras-utils-env' : 'random-set-seed';
}

/** The seeding APIs a piece of code has, given the repo's declared packages. */
export function seedingApis(
  declared: readonly DeclaredPackage[],
  code: { imports: readonly PyImport[]; calls: readonly PyCall[] }
): SeedingApis {
  const tf = declaredVersion(declared, TENSORFLOW_PACKAGES);
  const keras = declaredVersion(declared, KERAS_PACKAGES);
  const torch = declaredVersion(declared, TORCH_PACKAGES);
  const tensorflow = tensorflowApi(tf, usesTensorflow1Idioms(code.imports, code.calls));
  return {
    tensorflow,
    // Standalone Keras before 2.7 has no set_random_seed; nor has the tf.keras of a TF before 2.7.
    keras: (keras !== undefined && lt(keras, '2.7.0')) ? 'backend' : 'utils',
    torch: torch === undefined || gte(torch, '1.11.0') ? 'warn-only' : gte(torch, '1.8.0') ? 'strict-only' : 'none'
  };
}

/** The call a message suggests for seeding TensorFlow under this API. */
export function tensorflowSeedHint(api: TensorflowApi): string {
  switch (api) {
    case 'v1':
      return 'tf.set_random_seed';
    case 'compat-v1':
      return 'tf.compat.v1.set_random_seed';
    case 'random-set-seed':
      return 'tf.random.set_seed';
    default:
      return 'tf.keras.utils.set_random_seed';
  }
}
