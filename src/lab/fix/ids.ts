/** Command ids of the seed fix (kept here, beside the code that registers them). */
export namespace SeedFixCommandIDs {
  /** Fix seeds in the active notebook (palette, notebook toolbar). */
  export const fixNotebook = 'repro-audit:fix-seeds-notebook';
}

/** The fix id the seeds check puts on its findings (src/audit/seeds/assess.ts's SEEDS_FIX). */
export { SEEDS_FIX } from '../../audit/seeds/assess';
