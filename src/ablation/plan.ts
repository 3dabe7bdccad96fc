/**
 * Which variants an ablation study runs: the full notebook, then one per toggle switched off
 * (leave-one-out), optionally every larger combination (capped), each for every seed asked for.
 */
import type { AblationSetup, ParameterValue, Toggle } from './toggles';

export interface Variant {
  /** Stable and file-name safe: 'full', 'no-STANDARDIZE', 'no-A+B', with '-seed42' per seed. */
  id: string;
  /** The id without the seed suffix: runs of one variant over seeds share it. */
  baseId: string;
  /** 'Full model', 'without scale features'. */
  label: string;
  /** Toggles switched off, by name, sorted. */
  off: string[];
  /** Parameter overrides for the injected-parameters cell (empty for the full model without seeds). */
  overrides: Record<string, ParameterValue>;
  /** 0-based indices of the original notebook's cells not run in this variant. */
  skippedCells: number[];
  seed?: number;
}

export interface PlanOptions {
  /** Also run every combination of two or more toggles off. */
  combinations?: boolean;
  /** Most variants per seed, the full model included (default 32). */
  maxVariants?: number;
  /** Run every variant once per seed. */
  seeds?: number[];
  /** The parameter the seed is injected as; defaults to the setup's seed parameter. */
  seedParameter?: string;
}

export interface AblationPlan {
  variants: Variant[];
  /** Plain-text notes for the user (a cap applied, a seed with nowhere to go). */
  notes: string[];
}

export const DEFAULT_MAX_VARIANTS = 32;

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '_');
}

/** Cells skipped when exactly the toggles in `off` are off. */
export function skippedCells(setup: AblationSetup, off: ReadonlySet<string>): number[] {
  return setup.taggedCells
    .filter(cell => cell.components.some(n => off.has(n)) || (cell.offOnly.length > 0 && !cell.offOnly.some(n => off.has(n))))
    .map(cell => cell.index);
}

/** Subsets of `items` with at least two members, smallest first, in input order within a size. */
function combinationsOf<T>(items: T[]): T[][] {
  const result: T[][] = [];
  const grow = (start: number, chosen: T[], size: number): void => {
    if (chosen.length === size) {
      result.push(chosen);
      return;
    }
    for (let i = start; i < items.length; i++) {
      grow(i + 1, [...chosen, items[i]], size);
    }
  };
  for (let size = 2; size <= items.length; size++) {
    grow(0, [], size);
  }
  return result;
}

function variantOf(setup: AblationSetup, offToggles: Toggle[]): Variant {
  const off = offToggles.map(t => t.name).sort();
  const overrides: Record<string, ParameterValue> = {};
  for (const toggle of offToggles) {
    if (toggle.parameter) {
      overrides[toggle.name] = !toggle.parameter.defaultValue;
    }
  }
  const id = off.length ? 'no-' + off.map(safeName).join('+') : 'full';
  return {
    id,
    baseId: id,
    label: off.length ? 'without ' + offToggles.map(t => t.label).join(', ') : 'Full model',
    off,
    overrides,
    skippedCells: skippedCells(setup, new Set(off))
  };
}

/** Plan the variants of a study. */
export function planAblation(setup: AblationSetup, options: PlanOptions = {}): AblationPlan {
  const notes: string[] = [];
  const cap = Math.max(1, options.maxVariants ?? DEFAULT_MAX_VARIANTS);
  const toggles = setup.toggles.filter(t => t.parameter || t.componentCells.length);
  let base: Variant[] = [variantOf(setup, []), ...toggles.map(t => variantOf(setup, [t]))];
  if (options.combinations && toggles.length > 1) {
    const combos = combinationsOf(toggles);
    const room = Math.max(0, cap - base.length);
    if (combos.length > room) {
      notes.push(`Only ${room} of ${combos.length} combinations are planned (at most ${cap} variants per seed)`);
    }
    base = base.concat(combos.slice(0, room).map(c => variantOf(setup, c)));
  }
  if (base.length > cap) {
    notes.push(`Only ${cap} of ${base.length} variants are planned (at most ${cap} variants per seed)`);
    base = base.slice(0, cap);
  }
  const seeds = options.seeds ?? [];
  if (!seeds.length) {
    return { variants: base, notes };
  }
  const seedParameter = options.seedParameter ?? setup.seedParameter;
  if (!seedParameter) {
    notes.push('No seed parameter in the parameters cell: the seed is recorded but not injected');
  }
  const variants = base.flatMap(v =>
    seeds.map(seed => ({
      ...v,
      id: `${v.id}-seed${seed}`,
      overrides: seedParameter ? { ...v.overrides, [seedParameter]: seed } : { ...v.overrides },
      seed
    }))
  );
  return { variants, notes };
}
