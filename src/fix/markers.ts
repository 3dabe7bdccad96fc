/**
 * How the fixers find their own code again (seed code, the baseline cell), so that running one twice updates that code instead of
 * adding a second copy: a tag on the notebook cell, marker comments around the script block.
 */

/** The tag of the notebook cell the fixer writes. */
export const SEED_CELL_TAG = 'repro-audit:seeds';

/** First and last line of the block the fixer writes into a script. */
export const SCRIPT_BLOCK_BEGIN = '# repro-audit: seeds begin';
export const SCRIPT_BLOCK_END = '# repro-audit: seeds end';

/** The tag of the baseline cell the "Insert baseline cell" fix writes, and the id it gets where cells carry ids. */
export const BASELINE_CELL_TAG = 'repro-audit:baseline';
export const BASELINE_CELL_ID = 'repro-audit-baseline';
