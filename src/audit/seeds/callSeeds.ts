/**
 * Calls that take their own seed: scikit-learn's `random_state`, the boosting libraries' seeds,
 * NumPy Generators, `random.Random` and JAX keys. Each such call is judged on its own arguments.
 */
import { analyzePython } from '../python/analyze';
import type { PyCall } from '../python/types';
import { boosterCallableNamed, BoosterCallable } from './boosterSeeds';
import { daskModuleDrawSeed, daskSeedKeyword } from './daskSeeds';
import type { FrameworkId } from './frameworks';
import { seededConstructorNamed } from './generatorSeeds';
import { canonicalName } from './qualifiedNames';
import { randomStateMatters, sklearnCallableNamed } from './sklearnRandomState';
import { SeedSite, SeedValue, assignmentInForce, seedValueOf } from './seedValue';

export type CallSeedKind = 'sklearn' | 'booster' | 'generator' | 'dask';

export interface CallSeed {
  kind: CallSeedKind;
  framework: FrameworkId;
  /** The argument that carries the seed ('random_state', 'seed'); for params dicts, the key. */
  parameter: string;
  /** Every name the seed is accepted under (XGBoost: random_state or seed). */
  parameters: readonly string[];
  /** The seed goes inside a params dict rather than as a keyword. */
  inParams: boolean;
  value: SeedValue;
  /** Whether the call's randomness is fixed. */
  fixed: boolean;
}

/** A `**kwargs` spread may carry the seed: the audit gives it the benefit of the doubt. */
const HIDDEN: SeedValue = { kind: 'fixed' };

/** The seed a call takes, when it is one that takes its own; undefined for any other call. */
export function callSeedOf(call: PyCall, site: SeedSite): CallSeed | undefined {
  const qualified = call.qualified && canonicalName(call.qualified);
  const sklearn = sklearnCallableNamed(qualified);
  if (sklearn) {
    if (!randomStateMatters(sklearn, call)) {
      return undefined;
    }
    return judged('sklearn', 'sklearn', ['random_state'], keywordSeed(call, ['random_state'], site));
  }
  const booster = boosterCallableNamed(qualified);
  if (booster) {
    return boosterSeed(call, booster, site);
  }
  const constructor = seededConstructorNamed(qualified);
  if (constructor) {
    const { index, keyword } = constructor.seedArg;
    const text = call.keywords[keyword] ?? call.positional[index];
    const value = text === undefined && call.hasSpread ? HIDDEN : seedValueOf(text, site);
    return judged('generator', constructor.framework, [keyword], value);
  }
  const dask = daskSeedKeyword(call, qualified, site);
  if (dask) {
    return judged('dask', 'dask', [dask], keywordSeed(call, [dask], site));
  }
  return undefined;
}

/**
 * A draw from dask.array.random's hidden state, seeded by `da.random.seed` before it: judged like a
 * call's own seed, but no call-site edit fixes it (the seed goes in a call of its own).
 */
export function daskDrawSeedOf(call: PyCall, site: SeedSite): CallSeed | undefined {
  const value = daskModuleDrawSeed(call, call.qualified && canonicalName(call.qualified), site);
  return value && judged('dask', 'dask', ['seed'], value);
}

function judged(
  kind: CallSeedKind,
  framework: FrameworkId,
  parameters: readonly string[],
  value: SeedValue,
  inParams = false
): CallSeed {
  return { kind, framework, parameter: parameters[0], parameters, inParams, value, fixed: value.kind === 'fixed' };
}

function keywordSeed(call: PyCall, keywords: readonly string[], site: SeedSite): SeedValue {
  const written = keywords.find(k => k in call.keywords);
  if (written === undefined) {
    return call.hasSpread ? HIDDEN : { kind: 'missing' };
  }
  return seedValueOf(call.keywords[written], site);
}

function boosterSeed(call: PyCall, booster: BoosterCallable, site: SeedSite): CallSeed {
  const { framework, seedKeywords } = booster.library;
  if (booster.takesSeedAs === 'keyword') {
    return judged('booster', framework, seedKeywords, keywordSeed(call, seedKeywords, site));
  }
  const seeded = paramsMentionSeed(call, seedKeywords, site);
  return judged('booster', framework, seedKeywords, seeded ? HIDDEN : { kind: 'missing' }, true);
}

/**
 * Whether a params dict names a seed key: the dict as written (or the last assignment to the name
 * passed), or, since dicts are often filled key by key, any string literal equal to a seed key in
 * the same code. A dict the audit cannot see (a parameter, a loaded config) counts as seeded.
 */
function paramsMentionSeed(call: PyCall, keys: readonly string[], site: SeedSite): boolean {
  if (call.hasSpread || site.analysis.strings.some(s => keys.includes(s.value))) {
    return true;
  }
  let text = call.keywords['params'] ?? call.positional[0];
  if (text === undefined) {
    return false;
  }
  const name = text.trim();
  if (/^[A-Za-z_]\w*$/.test(name)) {
    const assigned = assignmentInForce(name, site);
    if (!assigned) {
      return true;
    }
    text = assigned.value;
  }
  const written = text.trim();
  if (!written.startsWith('{') && !written.startsWith('dict(')) {
    return true;
  }
  const dict = analyzePython(written);
  return (
    dict.strings.some(s => keys.includes(s.value)) ||
    dict.calls.some(c => c.text === 'dict' && keys.some(k => k in c.keywords))
  );
}
