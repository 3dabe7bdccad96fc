/**
 * The seed fixer: plan, apply and preview the seed fix of a script or notebook. Pure TypeScript,
 * shared by the CLI (`repro-audit fix seeds`) and JupyterLab.
 */
export { planSeedFix } from './plan';
export type { FileToFix, SeedPlan, SeedPlanOptions, SeedPlanStatus } from './plan';
export { applySeedPlan } from './apply';
export { seedPlanDiff } from './preview';
export { applyTextEdits } from './edits';
export type { CellInsertion, RangeEdit, SeedEdit, TextEdit, TextRange } from './edits';
export { applyNotebookEdits, SEED_CELL_ID } from './notebookJson';
export { unifiedDiff, diffLines } from './diff';
export { DEFAULT_SEED, isValidSeed } from './chosenSeed';
export { SEED_CELL_TAG, SCRIPT_BLOCK_BEGIN, SCRIPT_BLOCK_END } from './markers';
export { IMPORTS_FIX, PATHS_FIX } from './notebookFixPlan';
export type { NotebookFixId, NotebookFixPlan, NotebookFixStatus } from './notebookFixPlan';
export { planImportsFix } from './importsPlan';
export { planPathsFix } from './pathsPlan';
export type { RepoLocation } from './pathsPlan';
export { planNotebookFix, planNotebookFixes } from './notebookFixes';
