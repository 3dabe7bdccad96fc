/**
 * The one tabbed area to the right of a notebook where its sources open. The first file splits the
 * notebook's area to the right; every other file opens as a tab after it. Running again reuses the
 * area: files still wanted are revealed, others closed, new ones added as tabs; no further split.
 */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import type { IDocumentManager } from '@jupyterlab/docmanager';
import type { DocumentRegistry, IDocumentWidget } from '@jupyterlab/docregistry';
import type { Widget } from '@lumino/widgets';

export interface SourceToOpen {
  /** Server path. */
  path: string;
  /** 1-based line to put the cursor on. */
  line?: number;
  /** The name defined on that line, to put the cursor on it. */
  name?: string;
}

interface EditorLike {
  setCursorPosition(position: { line: number; column: number }): void;
  getLine(line: number): string | undefined;
  revealPosition(position: { line: number; column: number }): void;
  focus(): void;
}

/** The document path a widget shows, if it is a document widget. */
function pathOf(widget: Widget): string | undefined {
  return (widget as unknown as Partial<IDocumentWidget>).context?.path;
}

export class SourcesArea {
  /** Widgets this area opened, in order; the first alive one anchors new tabs. */
  private widgets: Widget[] = [];

  constructor(
    private readonly app: JupyterFrontEnd,
    private readonly docManager: IDocumentManager
  ) {}

  private alive(): Widget[] {
    // A closed document widget is disposed; one just opened may not be attached yet, but it counts.
    this.widgets = this.widgets.filter(w => !w.isDisposed);
    return this.widgets;
  }

  /** Where the next file goes: beside the area's files, or a new split right of `besideId`. */
  placement(besideId?: string): DocumentRegistry.IOpenOptions {
    const alive = this.alive();
    const anchor = alive.find(w => w.isAttached) ?? alive[0];
    if (anchor) {
      return { mode: 'tab-after', ref: anchor.id };
    }
    return besideId ? { mode: 'split-right', ref: besideId } : { mode: 'split-right' };
  }

  /** Remember a widget opened into the area by someone else (a data file opened from the view). */
  adopt(widget: Widget): void {
    if (!this.widgets.includes(widget)) {
      this.widgets.push(widget);
    }
  }

  /**
   * Open `files` in the area beside the widget `besideId` (the notebook), closing the area's other
   * files when `replace` is set. The first file ends up active. Returns the widgets, in order.
   */
  async open(files: SourceToOpen[], besideId: string | undefined, replace: boolean): Promise<IDocumentWidget[]> {
    const wanted = new Set(files.map(f => f.path));
    if (replace) {
      for (const w of this.alive()) {
        const path = pathOf(w);
        if (path !== undefined && !wanted.has(path)) {
          w.close();
        }
      }
    }
    const opened: IDocumentWidget[] = [];
    for (const file of files) {
      const existing = this.alive().find(w => pathOf(w) === file.path) as IDocumentWidget | undefined;
      const widget = existing ?? this.docManager.openOrReveal(file.path, 'Editor', undefined, this.placement(besideId));
      if (!widget) {
        continue;
      }
      this.adopt(widget);
      opened.push(widget);
    }
    for (const [i, widget] of opened.entries()) {
      await this.placeCursor(widget, files[i]);
    }
    if (opened.length) {
      this.app.shell.activateById(opened[0].id);
    }
    return opened;
  }

  /** The cursor on the defined name's line (and on the name itself), scrolled into view. */
  private async placeCursor(widget: IDocumentWidget, file: SourceToOpen): Promise<void> {
    await widget.context.ready;
    const editor = (widget.content as unknown as { editor?: EditorLike }).editor;
    if (!editor || file.line === undefined) {
      return;
    }
    const line = Math.max(0, file.line - 1);
    const text = editor.getLine(line) ?? '';
    const at = file.name ? text.indexOf(file.name) : -1;
    const position = { line, column: Math.max(0, at) };
    editor.setCursorPosition(position);
    editor.revealPosition(position);
  }
}
