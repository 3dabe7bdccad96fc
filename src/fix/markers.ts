/**
 * How the fixer finds its own seed code again, so that running it twice updates that code instead of
 * adding a second copy: a tag on the notebook cell, marker comments around the script block.
 */

/** The tag of the notebook cell the fixer writes. */
export const SEED_CELL_TAG = 'repro-audit:seeds';

/** First and last line of the block the fixer writes into a script. */
export const SCRIPT_BLOCK_BEGIN = '# repro-audit: seeds begin';
export const SCRIPT_BLOCK_END = '# repro-audit: seeds end';
