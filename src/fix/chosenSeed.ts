/**
 * The one SEED value a plan writes: the one asked for, else the value the file already uses (its
 * own `SEED = n`, the fixer's earlier seed code, a literal seed it passes), else the default.
 */
import { analyzePython } from '../audit/python/analyze';
import type { PyAnalysis, PyCall } from '../audit/python/types';
import { callSeedOf } from '../audit/seeds/callSeeds';
import { literalValue } from '../audit/seeds/literal';
import { seedArgumentText, seedingCallNamed } from '../audit/seeds/seedCalls';

import { DEFAULT_SEED, isValidSeed } from './seedBounds';

export { DEFAULT_SEED, isValidSeed } from './seedBounds';

function literalSeed(text: string | undefined): number | undefined {
  const value = literalValue(text);
  return typeof value === 'number' && isValidSeed(value) ? value : undefined;
}

/** The value of the first module-level `SEED = <int>` of an analysis. */
export function seedConstantOf(analysis: PyAnalysis): number | undefined {
  const assignments = analysis.assignments
    .filter(a => a.target === 'SEED' && a.scope === undefined && a.op === undefined)
    .sort((a, b) => a.offset - b.offset);
  for (const a of assignments) {
    const seed = literalSeed(a.value);
    if (seed !== undefined) {
      return seed;
    }
  }
  return undefined;
}

/** The seed text a call that takes its own seed is given (keyword, or a Generator's first argument). */
function perCallSeedText(call: PyCall, analysis: PyAnalysis): string | undefined {
  const seed = callSeedOf(call, { analysis, offset: call.offset, scope: call.scope });
  if (!seed || seed.inParams) {
    return undefined;
  }
  const keyword = seed.parameters.map(p => call.keywords[p]).find(t => t !== undefined);
  return keyword ?? (seed.kind === 'generator' ? call.positional[0] : undefined);
}

/** The first literal seed the code passes to a seeding call or a call that takes its own seed. */
function passedSeedOf(analysis: PyAnalysis): number | undefined {
  for (const call of [...analysis.calls].sort((a, b) => a.offset - b.offset)) {
    const seeding = seedingCallNamed(call.qualified);
    const value = literalSeed(seeding ? seedArgumentText(seeding, call) : perCallSeedText(call, analysis));
    if (value !== undefined) {
      return value;
    }
  }
  return undefined;
}

export function chosenSeed(
  analysis: PyAnalysis,
  existingBlock: string | undefined,
  asked: number | undefined,
  fallback = DEFAULT_SEED
): number {
  return (
    asked ??
    seedConstantOf(analysis) ??
    (existingBlock !== undefined ? seedConstantOf(analyzePython(existingBlock)) : undefined) ??
    passedSeedOf(analysis) ??
    fallback
  );
}
