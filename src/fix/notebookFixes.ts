/**
 * The imports and paths fixes of one notebook as one plan (the panel's item button, `fix imports`
 * then `fix paths` in one preview and one undo step): each fix plans on the text the one before it
 * left, and the result is given back as one edit per changed cell, its unchanged start and end kept,
 * against the notebook as read. Neither fix adds or removes a cell, so cell indices hold throughout.
 */
import { parseNotebook } from '../audit/notebook/parse';
import { applySeedPlan } from './apply';
import type { TextEdit } from './edits';
import { planImportsFix } from './importsPlan';
import { IMPORTS_FIX, NotebookFixId, NotebookFixPlan, PATHS_FIX } from './notebookFixPlan';
import { RepoLocation, planPathsFix } from './pathsPlan';

/** The edit turning `old` into `now`: the range between their common start and common end. */
function cellEdit(path: string, cell: number, old: string, now: string): TextEdit {
  let start = 0;
  while (start < old.length && start < now.length && old[start] === now[start]) {
    start++;
  }
  let end = 0;
  while (end < old.length - start && end < now.length - start && old[old.length - 1 - end] === now[now.length - 1 - end]) {
    end++;
  }
  return { kind: 'text', path, cell, range: { start, end: old.length - end }, newText: now.slice(start, now.length - end) };
}

export function planNotebookFix(file: { path: string; text: string }, fix: NotebookFixId, repo: RepoLocation): NotebookFixPlan {
  return fix === IMPORTS_FIX ? planImportsFix(file) : planPathsFix(file, repo);
}

/** Plan the given fixes, in the order given, as one plan on the notebook as read. */
export function planNotebookFixes(file: { path: string; text: string }, fixes: readonly NotebookFixId[], repo: RepoLocation): NotebookFixPlan {
  if (fixes.length === 1) {
    return planNotebookFix(file, fixes[0], repo);
  }
  let text = file.text;
  const plans: NotebookFixPlan[] = [];
  for (const fix of fixes) {
    const plan = planNotebookFix({ path: file.path, text }, fix, repo);
    plans.push(plan);
    if (plan.status === 'changes') {
      text = applySeedPlan(text, plan);
    }
  }
  const combined = {
    path: file.path,
    kind: 'notebook' as const,
    fix: `${IMPORTS_FIX}+${PATHS_FIX}` as const,
    changes: plans.flatMap(p => p.changes),
    notes: plans.flatMap(p => p.notes)
  };
  const unsupported = plans.find(p => p.status === 'unsupported');
  if (unsupported) {
    return { ...combined, status: 'unsupported', edits: [], reason: unsupported.reason };
  }
  if (!plans.some(p => p.status === 'changes')) {
    const reason = plans.map(p => p.reason).filter(Boolean).join('; ');
    return { ...combined, status: 'nothing-to-fix', edits: [], ...(reason && { reason }) };
  }
  const before = parseNotebook(file.text).notebook!.cells;
  const after = parseNotebook(text).notebook!.cells;
  const edits = before.flatMap(cell =>
    cell.source === after[cell.index].source ? [] : [cellEdit(file.path, cell.index, cell.source, after[cell.index].source)]
  );
  return { ...combined, status: 'changes', edits };
}
