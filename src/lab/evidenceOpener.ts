/**
 * Opens a finding's evidence beside what the user is working on: a text file in the editor with the
 * cursor on the line (the editor's `#line=` fragment, 0-based), a notebook at its cell, a folder in
 * the file browser. Later evidence opens as a tab next to the previous one, not in a new split.
 */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import type { IDocumentManager } from '@jupyterlab/docmanager';
import type { DocumentRegistry, IDocumentWidget } from '@jupyterlab/docregistry';
import type { Widget } from '@lumino/widgets';
import type { Evidence } from '../audit/report';
import { serverPathOf } from './serverPath';

/** The parts of a notebook widget used here, typed locally so the extension needs no notebook package. */
interface NotebookLike {
  activeCellIndex: number;
  activeCell: { editor?: CursorEditor | null } | null;
  scrollToCell?: (cell: unknown, align?: string) => Promise<void>;
}

interface CursorEditor {
  setCursorPosition(position: { line: number; column: number }): void;
  focus(): void;
}

export class EvidenceOpener {
  private lastOpenedId: string | null = null;

  constructor(
    private readonly app: JupyterFrontEnd,
    private readonly docManager: IDocumentManager
  ) {}

  async open(folder: string, evidence: Evidence): Promise<void> {
    const path = serverPathOf(folder, evidence.path);
    const model = await this.docManager.services.contents.get(path, { content: false });
    if (model.type === 'directory') {
      await this.app.commands.execute('filebrowser:go-to-path', { path: '/' + path });
      return;
    }
    const isNotebook = model.type === 'notebook' || path.endsWith('.ipynb');
    const widget = this.docManager.openOrReveal(path, isNotebook ? 'default' : 'Editor', undefined, this.placement());
    if (!widget) {
      return;
    }
    this.lastOpenedId = widget.id;
    this.app.shell.activateById(widget.id);
    await widget.context.ready;
    if (isNotebook) {
      await this.revealCell(widget, evidence);
    } else if (evidence.line !== undefined) {
      await widget.setFragment(`#line=${Math.max(0, evidence.line - 1)}`);
      (widget.content as unknown as { editor?: CursorEditor }).editor?.focus();
    }
  }

  /** To the right of the current document the first time; then as a tab beside the last evidence. */
  private placement(): DocumentRegistry.IOpenOptions {
    const last = this.lastOpenedId ? findMainWidget(this.app, this.lastOpenedId) : null;
    if (last) {
      return { mode: 'tab-after', ref: last.id };
    }
    const current = this.app.shell.currentWidget;
    return current && current.isAttached ? { mode: 'split-right', ref: current.id } : {};
  }

  private async revealCell(widget: IDocumentWidget, evidence: Evidence): Promise<void> {
    const notebook = widget.content as unknown as NotebookLike;
    if (evidence.cell === undefined || typeof notebook.activeCellIndex !== 'number') {
      return;
    }
    notebook.activeCellIndex = evidence.cell;
    const cell = notebook.activeCell;
    if (cell && notebook.scrollToCell) {
      await notebook.scrollToCell(cell, 'center');
    }
    if (cell?.editor && evidence.line !== undefined) {
      cell.editor.setCursorPosition({ line: Math.max(0, evidence.line - 1), column: 0 });
    }
  }
}

function findMainWidget(app: JupyterFrontEnd, id: string): Widget | null {
  for (const w of app.shell.widgets('main')) {
    if (w.id === id) {
      return w;
    }
  }
  return null;
}
