/**
 * The fix ids the leakage item puts on its findings, apart from the analysis and the plans, so that
 * JupyterLab's buttons can know them at start without loading the parser (the fixes load on first use).
 */
/** The preprocessing-leakage fix (src/fix/leakageFix.ts; `repro-audit fix leakage`). */
export const LEAKAGE_FIX = 'leakage';
/** The "Insert baseline cell" action (src/fix/baselineCell.ts; `repro-audit fix baseline`). */
export const BASELINE_FIX = 'baseline-cell';
