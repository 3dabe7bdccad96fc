/**
 * The notebook an ablation command works on: an open notebook widget (its model, so unsaved edits
 * count; its selected cells; its shared model to edit) or a saved file read through the Contents API.
 * The widget is typed locally: the extension takes no dependency on the notebook package.
 */
import type { ServiceManager } from '@jupyterlab/services';
import type { Widget } from '@lumino/widgets';
import { EditableNotebook, isEditableNotebook } from './editableNotebook';
// Type only: reading a notebook's toggles needs the ablation core and its Python parser, loaded on first use.
import type { NotebookFacts } from './setupChoices';

export interface AblationNotebookWidget extends Widget {
  context: { path: string; model: { toJSON(): unknown; sharedModel: unknown } };
  content: {
    activeCellIndex: number;
    readonly widgets: readonly unknown[];
    isSelectedOrActive(cell: never): boolean;
  };
}

export function asAblationNotebook(widget: Widget | null | undefined): AblationNotebookWidget | undefined {
  const candidate = widget as Partial<AblationNotebookWidget> | null | undefined;
  return candidate?.context?.path?.toLowerCase().endsWith('.ipynb') &&
    typeof candidate.context.model?.toJSON === 'function' &&
    typeof candidate.content?.isSelectedOrActive === 'function'
    ? (candidate as AblationNotebookWidget)
    : undefined;
}

/** The open notebook widget of a path among the given widgets (the main area's). */
export function openNotebookOf(widgets: Iterable<Widget>, path: string): AblationNotebookWidget | undefined {
  for (const widget of widgets) {
    const notebook = asAblationNotebook(widget);
    if (notebook?.context.path === path) {
      return notebook;
    }
  }
  return undefined;
}

/** Indices of the selected cells (the active one at least), in order. */
export function selectedCellIndices(widget: AblationNotebookWidget): number[] {
  const { content } = widget;
  const selected = content.widgets.flatMap((cell, i) => (content.isSelectedOrActive(cell as never) ? [i] : []));
  return selected.length || content.activeCellIndex < 0 ? selected : [content.activeCellIndex];
}

export function editableNotebookOf(widget: AblationNotebookWidget): EditableNotebook | undefined {
  const shared = widget.context.model.sharedModel;
  return isEditableNotebook(shared) ? shared : undefined;
}

/** The notebook as the study should see it: the open model if there is one, else the saved file. */
export async function readNotebook(
  contents: ServiceManager.IManager['contents'],
  path: string,
  widget?: AblationNotebookWidget
): Promise<NotebookFacts> {
  const { readNotebookFacts } = await import('./setupChoices');
  if (widget) {
    return readNotebookFacts(path, JSON.stringify(widget.context.model.toJSON()));
  }
  const model = await contents.get(path, { type: 'notebook', content: true });
  return readNotebookFacts(path, JSON.stringify(model.content));
}

/**
 * The same, never rejecting: a restored panel may point at a notebook since moved or deleted, and
 * must say so rather than fail to open.
 */
export async function readNotebookOrMissing(
  contents: ServiceManager.IManager['contents'],
  path: string,
  widget?: AblationNotebookWidget
): Promise<NotebookFacts> {
  try {
    return await readNotebook(contents, path, widget);
  } catch (reason) {
    const status = (reason as { response?: { status?: number } } | undefined)?.response?.status;
    const { unreadableNotebookFacts } = await import('./setupChoices');
    return unreadableNotebookFacts(path, reason instanceof Error ? reason.message : String(reason), status === 404);
  }
}
