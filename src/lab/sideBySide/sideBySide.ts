/**
 * The side-by-side view's actions: lay a notebook out beside the repo modules it imports, go to a
 * name's definition, and keep "What this notebook uses" about the notebook last worked on.
 */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import { Notification } from '@jupyterlab/apputils';
import type { IDocumentManager } from '@jupyterlab/docmanager';
import type { TranslationBundle } from '@jupyterlab/translation';
import type { Widget } from '@lumino/widgets';
import { cursorInCodeCell, isNotebookWidget, notebookText, NotebookWidgetLike } from './activeNotebook';
import { viewerFactoryFor } from './fileViewers';
import { modulesToOpen } from './modulesToOpen';
// Type only: the analysis and its Python parser load when a notebook is first analysed, not at start.
import type { NotebookSources } from './notebookSources';
import { SourcesArea, SourceToOpen } from './sourcesArea';
import { UsesModel } from './usesModel';

/** What "Open with Its Sources" did: returned by the command, for scripts and tests. */
export interface OpenedSources {
  notebook: string;
  opened: SourceToOpen[];
  missing: string[];
  thirdParty: string[];
}

export class SideBySide {
  readonly area: SourcesArea;
  readonly uses = new UsesModel();
  private lastNotebook: NotebookWidgetLike | null = null;
  private lastSources: NotebookSources | null = null;

  constructor(
    private readonly app: JupyterFrontEnd,
    docManager: IDocumentManager,
    private readonly trans: TranslationBundle,
    /** The audit's repository folder (a setting), as a server path. */
    private readonly repositoryFolder: () => string
  ) {
    this.area = new SourcesArea(app, docManager);
  }

  /** Remember the notebook the user is on; the view follows it when `follow` is set. */
  noteCurrent(widget: Widget | null, follow: boolean): void {
    if (isNotebookWidget(widget) && widget !== this.lastNotebook) {
      this.lastNotebook = widget;
      if (follow) {
        void this.refresh();
      }
    }
  }

  /** The notebook in the main area now, or the last one the user was on (focus may be on its sources). */
  notebook(): NotebookWidgetLike | null {
    const current = this.app.shell.currentWidget;
    if (isNotebookWidget(current)) {
      this.lastNotebook = current;
      return current;
    }
    return this.lastNotebook && !this.lastNotebook.isDisposed ? this.lastNotebook : null;
  }

  private async sourcesOf(notebook: NotebookWidgetLike): Promise<NotebookSources> {
    const { NotebookSources } = await import('./notebookSources');
    const sources = await NotebookSources.load(
      this.app.serviceManager.contents,
      notebook.context.path,
      notebookText(notebook),
      this.repositoryFolder()
    );
    this.lastSources = sources;
    return sources;
  }

  /** Recompute "What this notebook uses" for the current notebook. */
  async refresh(): Promise<void> {
    const notebook = this.notebook();
    if (!notebook) {
      this.uses.clear();
      return;
    }
    await this.uses.show(notebook.context.path, async () => {
      const sources = await this.sourcesOf(notebook);
      return { uses: await sources.uses(), root: sources.root, locate: sources.locate };
    });
  }

  async openWithSources(): Promise<OpenedSources | null> {
    const notebook = this.notebook();
    if (!notebook) {
      Notification.warning(this.trans.__('Open a notebook first.'), { autoClose: 5000 });
      return null;
    }
    const sources = await this.sourcesOf(notebook);
    const uses = await sources.uses();
    void this.uses.show(notebook.context.path, async () => ({ uses, root: sources.root, locate: sources.locate }));
    const files = modulesToOpen(uses).map(m => ({ ...m, path: sources.serverPath(m.path) }));
    if (!files.length) {
      Notification.info(this.trans.__('%1 imports no module of this repository.', notebook.context.path), { autoClose: 5000 });
    }
    await this.area.open(files, notebook.id, true);
    return {
      notebook: notebook.context.path,
      opened: files,
      missing: [...uses.data, ...uses.models].filter(f => f.access === 'read' && !f.exists).map(f => f.path),
      thirdParty: uses.thirdParty
    };
  }

  /** Open the repo file defining the name under the cursor; returns where, or null. */
  async goToDefinition(): Promise<{ name: string; path: string; line?: number } | null> {
    const notebook = this.notebook();
    const cursor = notebook && cursorInCodeCell(notebook);
    const { nameAt } = await import('../../audit/uses/nameAt');
    const name = cursor && nameAt(cursor.source, cursor.offset);
    if (!notebook || !name) {
      Notification.info(this.trans.__('Put the cursor on a name in a code cell.'), { autoClose: 5000 });
      return null;
    }
    const sources = await this.sourcesOf(notebook);
    const definition = await sources.definitionOf(name);
    if (!definition) {
      Notification.info(this.trans.__('%1 is not defined in this repository’s code.', name), { autoClose: 5000 });
      return null;
    }
    const path = sources.serverPath(definition.path);
    const last = name.slice(name.lastIndexOf('.') + 1);
    await this.area.open([{ path, line: definition.line, name: definition.line ? last : undefined }], notebook.id, false);
    return { name, path, line: definition.line };
  }

  /** Open a local module from the view, in the sources area. */
  async openModule(repoPath: string, line?: number, name?: string): Promise<void> {
    const sources = this.lastSources;
    if (sources) {
      await this.area.open([{ path: sources.serverPath(repoPath), line, name }], this.notebook()?.id, false);
    }
  }

  /** Open a data file or model from the view in its viewer (CSV table, image), in the sources area. */
  async openFile(repoPath: string): Promise<void> {
    const sources = this.lastSources;
    if (!sources) {
      return;
    }
    const path = sources.serverPath(repoPath);
    if (sources.repo.isDir(repoPath)) {
      await this.app.commands.execute('filebrowser:go-to-path', { path: '/' + path });
      return;
    }
    const factory = viewerFactoryFor(path);
    const options = { ...this.area.placement(this.notebook()?.id) };
    const widget = (await this.app.commands.execute('docmanager:open', { path, factory: factory ?? null, options })) as Widget | undefined;
    if (widget) {
      this.area.adopt(widget);
    }
  }
}
