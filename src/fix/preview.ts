/**
 * A plan as a unified diff, for previews: the script's lines, or for a notebook each changed or
 * inserted cell's source under a `cell N` header (N counted from 1 over all cells, as every text counts them).
 */
import { parseNotebook } from '../audit/notebook/parse';
import { cellLabel } from '../audit/notebook/cellLabel';
import { unifiedDiff } from './diff';
import { TextEdit, applyTextEdits } from './edits';
import type { SeedPlan } from './plan';

export function seedPlanDiff(text: string, plan: Pick<SeedPlan, 'path' | 'kind' | 'edits'>): string {
  const path = plan.path;
  if (plan.kind !== 'notebook') {
    const edits = plan.edits.filter((e): e is TextEdit => e.kind === 'text');
    return unifiedDiff(text, applyTextEdits(text, edits), { oldName: `a/${path}`, newName: `b/${path}` });
  }
  const notebook = parseNotebook(text).notebook;
  if (!notebook) {
    return '';
  }
  const insertions = plan.edits.flatMap(e => (e.kind === 'insert-cell' ? [e] : []));
  const shift = (index: number): number => index + insertions.filter(i => i.index <= index).length;
  const sections: Array<{ at: number; text: string }> = [];
  const byCell = new Map<number, TextEdit[]>();
  for (const edit of plan.edits) {
    if (edit.kind === 'text' && edit.cell !== undefined) {
      byCell.set(edit.cell, [...(byCell.get(edit.cell) ?? []), edit]);
    }
  }
  for (const [cell, edits] of byCell) {
    const old = notebook.cells[cell]?.source ?? '';
    const diff = unifiedDiff(old, applyTextEdits(old, edits), {
      oldName: `a/${path} (${cellLabel(cell)})`,
      newName: `b/${path} (${cellLabel(shift(cell))})`
    });
    sections.push({ at: shift(cell), text: diff });
  }
  insertions.forEach((insertion, k) => {
    const at = insertion.index + insertions.filter((other, j) => j < k && other.index <= insertion.index).length;
    const tags = insertion.metadata.tags.length ? `, tags: ${insertion.metadata.tags.join(', ')}` : '';
    const diff = unifiedDiff('', insertion.source, { oldName: '/dev/null', newName: `b/${path} (${cellLabel(at)}, new${tags})` });
    sections.push({ at, text: diff });
  });
  return sections
    .sort((a, b) => a.at - b.at)
    .map(s => s.text)
    .join('');
}
