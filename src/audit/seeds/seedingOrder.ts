/**
 * "Seeded before first use": for each framework with a global generator, the first call in
 * execution order that draws from it, and whether a seeding call that fixes it ran before.
 */
import type { PyAnalysis } from '../python/types';
import type { ReachedCall } from './executionOrder';
import type { GlobalFrameworkId } from './frameworks';
import { globalDrawOf } from './randomDraws';
import { SeedValue, seedValueOf } from './seedValue';
import { seedArgumentText, seedingCallNamed } from './seedCalls';

export interface ReachedSeed {
  reached: ReachedCall;
  frameworks: readonly GlobalFrameworkId[];
  value: SeedValue;
}

export interface FrameworkSeeding {
  framework: GlobalFrameworkId;
  /** The first call that draws from the framework's global generator. */
  firstDraw: ReachedCall;
  /** The first seeding call that fixes the generator, wherever it runs (before or after the draw). */
  fixedSeed?: ReachedCall;
  /** A fixed seed ran before the first draw. */
  seededBeforeUse: boolean;
  /** The last seeding call before the first draw that fixed nothing (`random.seed()`, a seed from the clock). */
  unfixedSeed?: ReachedSeed;
}

/** The seeding a reached call does, if it is a seeding call. */
export function seedOf(reached: ReachedCall): ReachedSeed | undefined {
  const { call, unit } = reached;
  const entry = seedingCallNamed(call.qualified);
  if (!entry) {
    return undefined;
  }
  const text = seedArgumentText(entry, call);
  let value: SeedValue;
  if (text !== undefined) {
    value = seedValueOf(text, { analysis: unit.analysis, offset: call.offset, scope: call.scope });
  } else {
    value = entry.defaultIsFixed || (entry.seedArg && call.hasSpread) ? { kind: 'fixed' } : { kind: 'missing' };
  }
  return { reached, frameworks: entry.seeds, value };
}

const importedModulesMemo = new WeakMap<PyAnalysis, Set<string>>();

function importedModules(analysis: PyAnalysis): Set<string> {
  let tops = importedModulesMemo.get(analysis);
  if (!tops) {
    tops = new Set(analysis.imports.map(i => i.module.split('.')[0]));
    importedModulesMemo.set(analysis, tops);
  }
  return tops;
}

/** The global generator a reached call draws from, if any. */
export function drawOf(reached: ReachedCall): GlobalFrameworkId | undefined {
  return globalDrawOf(reached.call, { importedModules: importedModules(reached.unit.analysis) });
}

/** One entry per framework drawn from, in order of first draw. */
export function frameworkSeedings(order: readonly ReachedCall[]): FrameworkSeeding[] {
  const byFramework = new Map<GlobalFrameworkId, FrameworkSeeding>();
  const fixed = new Map<GlobalFrameworkId, ReachedCall>();
  const unfixed = new Map<GlobalFrameworkId, ReachedSeed>();
  for (const reached of order) {
    const seed = seedOf(reached);
    if (seed) {
      for (const framework of seed.frameworks) {
        if (seed.value.kind === 'fixed') {
          if (!fixed.has(framework)) {
            fixed.set(framework, reached);
          }
          const seeding = byFramework.get(framework);
          if (seeding && !seeding.fixedSeed) {
            seeding.fixedSeed = reached;
          }
        } else if (!byFramework.has(framework)) {
          unfixed.set(framework, seed);
        }
      }
      continue;
    }
    const framework = drawOf(reached);
    if (framework && !byFramework.has(framework)) {
      const fixedSeed = fixed.get(framework);
      byFramework.set(framework, {
        framework,
        firstDraw: reached,
        ...(fixedSeed && { fixedSeed }),
        seededBeforeUse: fixedSeed !== undefined,
        ...(!fixedSeed && unfixed.has(framework) && { unfixedSeed: unfixed.get(framework) })
      });
    }
  }
  return [...byFramework.values()];
}
