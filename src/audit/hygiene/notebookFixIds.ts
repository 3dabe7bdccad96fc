/** The fix ids the notebooks check puts on the findings src/fix can fix (`repro-audit fix imports|paths`). */
export const IMPORTS_FIX = 'imports';
export const PATHS_FIX = 'paths';
