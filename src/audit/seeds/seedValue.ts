/**
 * Whether a seed argument fixes anything: missing, `None`, built from the clock or the OS's entropy
 * (`int(time.time())`, `os.urandom(4)`), or fixed. Values the audit cannot see through (a parameter,
 * `args.seed`, `cfg["seed"]`) count as fixed: a seed read from configuration is reproducible.
 */
import { analyzePython } from '../python/analyze';
import type { PyAnalysis, PyAssignment } from '../python/types';
import { literalValue } from './literal';
import { qualifyThroughImports } from './qualifiedNames';

export type SeedKind = 'fixed' | 'missing' | 'none' | 'entropy';

export interface SeedValue {
  kind: SeedKind;
  /** For `entropy`: the call the value comes from ('time.time'). */
  source?: string;
}

/** Calls whose result differs from run to run by design. */
export const ENTROPY_SOURCES: ReadonlySet<string> = new Set([
  'time.time',
  'time.time_ns',
  'time.perf_counter',
  'time.perf_counter_ns',
  'time.monotonic',
  'time.monotonic_ns',
  'time.process_time',
  'time.process_time_ns',
  'time.clock',
  'datetime.datetime.now',
  'datetime.datetime.utcnow',
  'datetime.datetime.today',
  'datetime.date.today',
  'os.urandom',
  'os.getpid',
  'uuid.uuid1',
  'uuid.uuid4',
  'random.SystemRandom',
]);

function isEntropySource(qualified: string): boolean {
  return ENTROPY_SOURCES.has(qualified) || qualified.startsWith('secrets.');
}

/** Where the value is read: the unit's analysis, and the reading call's position and scope. */
export interface SeedSite {
  analysis: PyAnalysis;
  offset: number;
  scope?: string;
}

/** How deep a name is followed through assignments (`seed = base`, `base = int(time.time())`). */
const MAX_NAME_HOPS = 3;

export function seedValueOf(text: string | undefined, site: SeedSite, hops = 0): SeedValue {
  if (text === undefined || text.trim() === '') {
    return { kind: 'missing' };
  }
  const literal = literalValue(text);
  if (literal === null) {
    return { kind: 'none' };
  }
  if (literal !== undefined) {
    return { kind: 'fixed' };
  }
  for (const call of analyzePython(text).calls) {
    const qualified = qualifyThroughImports(call.text, site.analysis.imports, site.offset) ?? call.text;
    if (isEntropySource(qualified)) {
      return { kind: 'entropy', source: qualified };
    }
  }
  const name = text.trim();
  if (hops < MAX_NAME_HOPS && /^[A-Za-z_]\w*$/.test(name)) {
    const assigned = assignmentInForce(name, site);
    if (assigned) {
      const value = seedValueOf(assigned.value, { ...site, offset: assigned.offset, scope: assigned.scope }, hops + 1);
      // `seed = None` then `seed = seed or 42` is beyond this reading: only entropy is carried over.
      return value.kind === 'entropy' ? value : { kind: 'fixed' };
    }
  }
  return { kind: 'fixed' };
}

/**
 * The assignment to `name` in force at the site: the last one before it in its own scope, else (for
 * code inside a function, which runs after the module has been read) the last one at module level.
 */
export function assignmentInForce(name: string, site: SeedSite): PyAssignment | undefined {
  const latest = (list: PyAssignment[]): PyAssignment | undefined =>
    list.reduce<PyAssignment | undefined>((best, a) => (!best || a.offset > best.offset ? a : best), undefined);
  const named = site.analysis.assignments.filter(a => a.target === name);
  const local = latest(named.filter(a => a.scope === site.scope && a.offset < site.offset));
  if (local || site.scope === undefined) {
    return local;
  }
  return latest(named.filter(a => a.scope === undefined));
}
