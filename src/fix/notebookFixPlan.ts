/**
 * What the imports and paths fixes plan for one notebook: edits of cell sources (ranges of the cells
 * as read, never a cell added or removed), a line per change for people, and notes on what was left
 * for the user. The same shape as a seed plan where they meet, so one preview (seedPlanDiff), one
 * apply (applySeedPlan) and one open-document edit serve all three fixes.
 */
import type { TextEdit } from './edits';

import { IMPORTS_FIX, PATHS_FIX } from '../audit/hygiene/notebookFixIds';

/** The fix ids the notebooks check puts on its findings (the CLI's `fix imports|paths`). */
export { IMPORTS_FIX, PATHS_FIX };
export type NotebookFixId = typeof IMPORTS_FIX | typeof PATHS_FIX;

/** `changes`: edits to apply. `nothing-to-fix`: nothing this fix may change (see the notes). `unsupported`: see `reason`. */
export type NotebookFixStatus = 'changes' | 'nothing-to-fix' | 'unsupported';

export interface NotebookFixPlan {
  path: string;
  kind: 'notebook';
  fix: NotebookFixId | 'imports+paths';
  status: NotebookFixStatus;
  edits: TextEdit[];
  /** One line per change (cells counted from 1): '"import numpy as np" (cell 4, line 1) moved to cell 2'. */
  changes: string[];
  /** What was left alone and why; for paths, those outside the repo "for you to decide". */
  notes: string[];
  reason?: string;
}
