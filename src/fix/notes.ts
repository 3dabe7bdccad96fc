/** Advice a seed plan gives in words: what code cannot fix, or what the fix leaves to the user. */
import type { FrameworkId } from '../audit/seeds/frameworks';

const HASH_SEED_WHY =
  'PYTHONHASHSEED cannot be set from running code: Python reads it once at start-up ' +
  '(it fixes the iteration order of sets of strings).';

/** PYTHONHASHSEED is read once at interpreter start: setting it in running code reaches only child processes. */
export function hashSeedNote(kind: 'script' | 'notebook'): string {
  if (kind === 'notebook') {
    return (
      `${HASH_SEED_WHY} Set it in the kernel's environment: add "env": {"PYTHONHASHSEED": "0"} to the ` +
      "kernel's kernel.json, or export PYTHONHASHSEED=0 in the shell that starts Jupyter."
    );
  }
  return `${HASH_SEED_WHY} Start scripts with it set: PYTHONHASHSEED=0 python script.py.`;
}

export function frameworkNotes(frameworks: readonly FrameworkId[]): string[] {
  const notes: string[] = [];
  if (frameworks.includes('lightgbm')) {
    notes.push(
      'LightGBM: for bit-identical results also pass deterministic=True with force_row_wise=True (or force_col_wise=True).'
    );
  }
  if (frameworks.includes('torch') || frameworks.includes('tensorflow')) {
    notes.push('Same seed, different library versions or CPU versus GPU can still give different numbers: pin versions too.');
  }
  return notes;
}
