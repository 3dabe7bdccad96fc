/**
 * The parts of a notebook widget the side-by-side view needs, typed locally (the extension takes no
 * dependency on the notebook package): its path, its cells as nbformat JSON, the active cell's code
 * and the cursor offset in it.
 */
import type { Widget } from '@lumino/widgets';

interface CellEditorLike {
  getCursorPosition(): { line: number; column: number };
  getOffsetAt(position: { line: number; column: number }): number;
}

interface NotebookWidgetLike extends Widget {
  context: { path: string; model: { toJSON(): unknown } };
  content: {
    activeCell: { model: { type: string; sharedModel: { getSource(): string } }; editor: CellEditorLike | null } | null;
  };
}

export function isNotebookWidget(widget: Widget | null | undefined): widget is NotebookWidgetLike {
  const candidate = widget as Partial<NotebookWidgetLike> | null | undefined;
  return !!candidate?.context?.path?.endsWith('.ipynb') && !!candidate.content && 'activeCell' in candidate.content;
}

/** The notebook as nbformat JSON text, from the model (so unsaved edits count). */
export function notebookText(widget: NotebookWidgetLike): string {
  return JSON.stringify(widget.context.model.toJSON());
}

/** The active code cell's source and the cursor's offset in it, or undefined outside a code cell. */
export function cursorInCodeCell(widget: NotebookWidgetLike): { source: string; offset: number } | undefined {
  const cell = widget.content.activeCell;
  if (!cell || cell.model.type !== 'code' || !cell.editor) {
    return undefined;
  }
  const editor = cell.editor;
  return { source: cell.model.sharedModel.getSource(), offset: editor.getOffsetAt(editor.getCursorPosition()) };
}

export type { NotebookWidgetLike };
