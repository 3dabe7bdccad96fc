/**
 * A notebook or script open in JupyterLab, fixed through its shared model so the editor shows the
 * change at once and one undo step reverts it: every edit of a plan goes into one transaction. That
 * step is the document's (a notebook's Edit → Undo Cell Operation, not a cell editor's Ctrl+Z), so
 * applying returns a handle that undoes exactly it, for the notification's own Undo.
 * Widgets are typed locally: the extension takes no dependency on the notebook or editor packages.
 */
import type { Widget } from '@lumino/widgets';
import type { SeedPlan, TextEdit } from '../../fix';
import { SEED_CELL_ID } from '../../fix';
import { cellLabel } from '../../audit/notebook/cellLabel';

interface UndoManagerLike {
  stopCapturing(): void;
  readonly undoStack?: readonly unknown[];
  undo?(): unknown;
}

/** Reverts one applied fix: true when it did, false when later edits sit on top of it (or it is gone). */
export interface FixUndo {
  undo(): boolean;
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
  /**
   * What a fix's edits depend on: a script's text; a notebook's cells and their sources, not its metadata or
   * outputs (a kernel connecting rewrites `language_info`, which must not void a previewed fix).
   */
  fingerprint(): string;
  apply(plan: Pick<SeedPlan, 'edits'>): FixUndo;
}

/** The cells' types and sources, in order: what a seed plan's cell indices and ranges were computed against. */
export function cellsFingerprint(shared: Pick<SharedNotebookLike, 'cells'>): string {
  return JSON.stringify(shared.cells.map(c => [(c as { cell_type?: string }).cell_type ?? '', c.getSource()]));
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
function asOneUndoStep(shared: { transact(f: () => void, undoable?: boolean): void; undoManager?: UndoManagerLike | null }, f: () => void): FixUndo {
  const manager = shared.undoManager;
  manager?.stopCapturing();
  shared.transact(f, true);
  manager?.stopCapturing();
  const stack = manager?.undoStack;
  const step = stack?.length ? stack[stack.length - 1] : undefined;
  let undone = false;
  return {
    undo: () => {
      // Only while the fix is still the latest step: an undo then reverts it and nothing else.
      const top = manager?.undoStack?.length ? manager.undoStack[manager.undoStack.length - 1] : undefined;
      if (undone || step === undefined || top !== step || !manager?.undo) {
        return false;
      }
      manager.undo();
      undone = true;
      return true;
    }
  };
}

export function applyToSharedNotebook(shared: SharedNotebookLike, plan: Pick<SeedPlan, 'edits'>): FixUndo {
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
  return asOneUndoStep(shared, () => {
    // Text edits address cells by their index before any insertion: edit first, then insert.
    for (const [cell, edits] of byCell) {
      updateRanges(shared.cells[cell], edits);
    }
    // Later insertions first, so each index still means "before that cell as read".
    for (const insertion of [...insertions].sort((a, b) => b.index - a.index)) {
      const id = insertion.id ?? SEED_CELL_ID;
      shared.insertCell(insertion.index, {
        cell_type: 'code',
        source: insertion.source,
        metadata: { tags: [...insertion.metadata.tags] },
        ...(shared.cells.some(c => c.id === id) ? {} : { id })
      });
    }
  });
}

export function applyToSharedFile(shared: SharedFileLike, plan: Pick<SeedPlan, 'edits'>): FixUndo {
  const edits = plan.edits.flatMap(e => (e.kind === 'text' && e.cell === undefined ? [e] : []));
  return asOneUndoStep(shared, () => updateRanges(shared, edits));
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
      fingerprint: () => cellsFingerprint(shared),
      apply: plan => applyToSharedNotebook(shared, plan)
    };
  }
  if (!path.toLowerCase().endsWith('.ipynb') && isSharedFile(shared)) {
    return {
      path,
      kind: 'script',
      text: () => shared.getSource(),
      fingerprint: () => shared.getSource(),
      apply: plan => applyToSharedFile(shared, plan)
    };
  }
  return undefined;
}
