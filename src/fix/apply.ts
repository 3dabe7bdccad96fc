/** A plan's edits applied to the file's text as read: a script's text, or a notebook's JSON. */
import { applyTextEdits } from './edits';
import { applyNotebookEdits } from './notebookJson';
import type { SeedPlan } from './plan';

/** The file's new text. Throws when the text is not the one the plan was made from (ranges do not fit). */
export function applySeedPlan(text: string, plan: Pick<SeedPlan, 'kind' | 'edits'>): string {
  if (plan.kind === 'notebook') {
    return applyNotebookEdits(text, plan.edits);
  }
  return applyTextEdits(
    text,
    plan.edits.flatMap(e => (e.kind === 'text' && e.cell === undefined ? [e] : []))
  );
}
