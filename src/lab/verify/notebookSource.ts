/**
 * What a verification runs: the notebook's path, its kernel name and its code cells, read from the
 * open notebook's model (unsaved edits count) or, for a path, through the Contents API.
 */
import type { ServiceManager } from '@jupyterlab/services';
import type { Widget } from '@lumino/widgets';

export interface NotebookToRun {
  path: string;
  /** From metadata.kernelspec.name; undefined when the notebook names none. */
  kernelName?: string;
  /** Code cell sources in order. */
  cells: string[];
  /** Each code cell's index among all the notebook's cells: texts number cells that way (cellLabel.ts). */
  cellIndices: number[];
}

interface NotebookJson {
  metadata?: { kernelspec?: { name?: unknown } };
  cells?: { cell_type?: unknown; source?: unknown }[];
}

function sourceText(source: unknown): string {
  return Array.isArray(source) ? source.map(String).join('') : typeof source === 'string' ? source : '';
}

export function notebookToRun(path: string, content: unknown): NotebookToRun {
  const notebook = (content ?? {}) as NotebookJson;
  const name = notebook.metadata?.kernelspec?.name;
  const all = Array.isArray(notebook.cells) ? notebook.cells : [];
  const cellIndices = all.flatMap((cell, index) => (cell?.cell_type === 'code' ? [index] : []));
  const cells = cellIndices.map(index => sourceText(all[index].source));
  return { path, kernelName: typeof name === 'string' && name ? name : undefined, cells, cellIndices };
}

interface NotebookWidgetLike extends Widget {
  context: { path: string; model: { toJSON(): unknown } };
}

/** The widget when it is a notebook document (typed locally: no dependency on the notebook package). */
export function asNotebookWidget(widget: Widget | null | undefined): NotebookWidgetLike | undefined {
  const candidate = widget as Partial<NotebookWidgetLike> | null | undefined;
  return candidate?.context?.path?.endsWith('.ipynb') && typeof candidate.context.model?.toJSON === 'function'
    ? (candidate as NotebookWidgetLike)
    : undefined;
}

export function notebookFromWidget(widget: NotebookWidgetLike): NotebookToRun {
  return notebookToRun(widget.context.path, widget.context.model.toJSON());
}

export async function notebookFromPath(serviceManager: ServiceManager.IManager, path: string): Promise<NotebookToRun> {
  const model = await serviceManager.contents.get(path, { type: 'notebook', content: true });
  return notebookToRun(path, model.content);
}
