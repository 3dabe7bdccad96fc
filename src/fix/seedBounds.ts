/**
 * The default seed and the seeds every framework accepts. Apart from chosenSeed.ts, which parses
 * Python: JupyterLab's settings need these at start, the parser only when a fix is planned.
 */
export const DEFAULT_SEED = 42;

/** Seeds every framework accepts: 0 <= seed < 2**32 (Lightning's bound; NumPy's legacy seed too). */
export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32;
}
