/**
 * A notebook or script open in JupyterLab, fixed through its shared model so the editor shows the
 * change at once and Undo reverts it: every edit of a plan goes into one transaction, one undo step.
 * Widgets are typed locally: the extension takes no dependency on the notebook or editor packages.
 */
import type { Widget } from '@lumino/widgets';
import type { SeedPlan, TextEdit } from '../../fix';
import { SEED_CELL_ID } from '../../fix';
import { cellLabel } from '../../audit/notebook/cellLabel';

interface UndoManagerLike {
  stopCapturing(): void;
}

interface SharedTextLike {
  getSource(): string;
  updateSource(start: number, end: number, value: string): void;
}

export interface SharedNotebookLike {
  readonly cells: readonly (SharedTextLike & { readonly id?: string })[];
  insertCell(index: number, cell: { cell_type: 'code'; source: string; metadata: object; id?: string }): unknown;
  transact(f: () => void, undoable?: boolean): void;
  readonly undoManager?: UndoManagerLike | null;
}

export interface SharedFileLike extends SharedTextLike {
  transact(f: () => void, undoable?: boolean): void;
  readonly undoManager?: UndoManagerLike | null;
}

export interface DocumentWidgetLike extends Widget {
  context: { path: string; model: { toJSON(): unknown; sharedModel: unknown } };
}

/** An open document the fixer can edit: its text as the planner reads it, and how to apply a plan. */
export interface OpenDocument {
  path: string;
  kind: 'notebook' | 'script';
  text(): string;
  apply(plan: Pick<SeedPlan, 'edits'>): void;
}

function isSharedNotebook(shared: unknown): shared is SharedNotebookLike {
  const s = shared as Partial<SharedNotebookLike> | null;
  return !!s && Array.isArray(s.cells) && typeof s.insertCell === 'function' && typeof s.transact === 'function';
}

function isSharedFile(shared: unknown): shared is SharedFileLike {
  const s = shared as Partial<SharedFileLike> | null;
  return !!s && typeof s.getSource === 'function' && typeof s.updateSource === 'function' && typeof s.transact === 'function';
}

export function isDocumentWidget(widget: Widget | null | undefined): widget is DocumentWidgetLike {
  const candidate = widget as Partial<DocumentWidgetLike> | null | undefined;
  return typeof candidate?.context?.path === 'string' && !!candidate.context.model;
}

/** Replace ranges last first, so earlier ranges still point at the text as read. */
function updateRanges(target: SharedTextLike, edits: readonly TextEdit[]): void {
  const ordered = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  for (const edit of ordered) {
    target.updateSource(edit.range.start, edit.range.end, edit.newText);
  }
}

/** Make the fix its own undo step: not merged with typing just before it, nor just after. */
function asOneUndoStep(shared: { transact(f: () => void, undoable?: boolean): void; undoManager?: UndoManagerLike | null }, f: () => void): void {
  shared.undoManager?.stopCapturing();
  shared.transact(f, true);
  shared.undoManager?.stopCapturing();
}

export function applyToSharedNotebook(shared: SharedNotebookLike, plan: Pick<SeedPlan, 'edits'>): void {
  const byCell = new Map<number, TextEdit[]>();
  for (const edit of plan.edits) {
    if (edit.kind === 'text') {
      if (edit.cell === undefined || !shared.cells[edit.cell]) {
        throw new Error(`The notebook changed: ${edit.cell === undefined ? 'a cell' : cellLabel(edit.cell)} is gone. Review the fix again.`);
      }
      byCell.set(edit.cell, [...(byCell.get(edit.cell) ?? []), edit]);
    }
  }
  const insertions = plan.edits.flatMap(e => (e.kind === 'insert-cell' ? [e] : []));
  const idTaken = shared.cells.some(c => c.id === SEED_CELL_ID);
  asOneUndoStep(shared, () => {
    // Text edits address cells by their index before any insertion: edit first, then insert.
    for (const [cell, edits] of byCell) {
      updateRanges(shared.cells[cell], edits);
    }
    // Later insertions first, so each index still means "before that cell as read".
    for (const insertion of [...insertions].sort((a, b) => b.index - a.index)) {
      shared.insertCell(insertion.index, {
        cell_type: 'code',
        source: insertion.source,
        metadata: { tags: [...insertion.metadata.tags] },
        ...(idTaken ? {} : { id: SEED_CELL_ID })
      });
    }
  });
}

export function applyToSharedFile(shared: SharedFileLike, plan: Pick<SeedPlan, 'edits'>): void {
  const edits = plan.edits.flatMap(e => (e.kind === 'text' && e.cell === undefined ? [e] : []));
  asOneUndoStep(shared, () => updateRanges(shared, edits));
}

/** The widget as a document the fixer can edit in place, or undefined (e.g. a read-only viewer). */
export function openDocumentOf(widget: DocumentWidgetLike): OpenDocument | undefined {
  const { path, model } = widget.context;
  const shared = model.sharedModel;
  if (path.toLowerCase().endsWith('.ipynb') && isSharedNotebook(shared)) {
    return {
      path,
      kind: 'notebook',
      text: () => JSON.stringify(model.toJSON()),
      apply: plan => applyToSharedNotebook(shared, plan)
    };
  }
  if (!path.toLowerCase().endsWith('.ipynb') && isSharedFile(shared)) {
    return { path, kind: 'script', text: () => shared.getSource(), apply: plan => applyToSharedFile(shared, plan) };
  }
  return undefined;
}
