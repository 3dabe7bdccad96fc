/** The extension's commands, all under the palette's "Reproducibility" category. */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import { Clipboard, ICommandPalette, Notification } from '@jupyterlab/apputils';
import type { IDocumentManager } from '@jupyterlab/docmanager';
import type { IFileBrowserFactory } from '@jupyterlab/filebrowser';
import type { FileBrowser } from '@jupyterlab/filebrowser';
import type { TranslationBundle } from '@jupyterlab/translation';
import type { Widget } from '@lumino/widgets';
import { gradeOf } from '../audit/report';
import { BADGE_FILE, COMMAND_CATEGORY, CommandIDs } from '../tokens';
import type { AuditModel } from './auditModel';
import { badgeMarkdown } from './badge';
import { auditIcon } from './icons';
import { writeBadge, writeReport } from './reportFiles';
import { folderLabel } from './serverPath';

export interface CommandContext {
  app: JupyterFrontEnd;
  model: AuditModel;
  panel: Widget;
  trans: TranslationBundle;
  palette: ICommandPalette | null;
  docManager: IDocumentManager | null;
  defaultBrowser: FileBrowser | null;
  browserFactory: IFileBrowserFactory | null;
  /** The folder 'Audit Repository' audits (a setting; '' for the server root). */
  repositoryFolder: () => string;
}

/** The first folder selected in the file browser that has focus (the one whose context menu opened). */
function selectedFolder(ctx: CommandContext): string | undefined {
  const browser = ctx.browserFactory?.tracker.currentWidget ?? ctx.defaultBrowser;
  if (!browser) {
    return undefined;
  }
  for (const item of browser.selectedItems()) {
    if (item.type === 'directory') {
      return item.path;
    }
  }
  return undefined;
}

export function addCommands(ctx: CommandContext): void {
  const { app, model, panel, trans } = ctx;
  const { commands } = app;

  const showPanel = () => {
    if (!panel.isAttached) {
      app.shell.add(panel, 'left', { rank: 600 });
    }
    app.shell.activateById(panel.id);
  };
  const auditFolder = async (folder: string) => {
    showPanel();
    return model.audit(folder);
  };
  const requireReport = () => {
    const last = model.lastResult;
    if (!last) {
      Notification.warning(trans.__('Audit a folder first.'), { autoClose: 5000 });
    }
    return last;
  };

  commands.addCommand(CommandIDs.audit, {
    label: trans.__('Audit Repository'),
    caption: trans.__('Score the server root (in Binder, the repository) against the reproducibility checklist'),
    icon: args => (args.isPalette ? undefined : auditIcon),
    execute: () => auditFolder(ctx.repositoryFolder())
  });

  commands.addCommand(CommandIDs.auditCurrentFolder, {
    label: trans.__('Audit Current Folder'),
    caption: trans.__("Audit the file browser's current folder"),
    isEnabled: () => !!ctx.defaultBrowser,
    execute: () => auditFolder(ctx.defaultBrowser?.model.path ?? '')
  });

  commands.addCommand(CommandIDs.auditSelectedFolder, {
    label: trans.__('Audit This Folder'),
    caption: trans.__('Audit the folder selected in the file browser'),
    icon: auditIcon,
    execute: args => {
      const folder = typeof args.path === 'string' ? args.path : selectedFolder(ctx);
      return folder === undefined ? undefined : auditFolder(folder);
    }
  });

  commands.addCommand(CommandIDs.openPanel, {
    label: trans.__('Open Reproducibility Panel'),
    execute: showPanel
  });

  commands.addCommand(CommandIDs.cancel, {
    label: trans.__('Cancel Audit'),
    isEnabled: () => model.isRunning,
    execute: () => model.cancel()
  });

  commands.addCommand(CommandIDs.exportReport, {
    label: trans.__('Export Audit Report (Markdown and JSON)'),
    caption: trans.__('Write repro-audit-report.md and .json into the audited folder'),
    isEnabled: () => !!model.lastResult,
    execute: async () => {
      const last = requireReport();
      if (!last) {
        return;
      }
      const paths = await writeReport(app.serviceManager.contents, last.folder, last.report, last.finishedAt);
      ctx.docManager?.openOrReveal(paths.markdown);
      Notification.success(trans.__('Report written to %1 and %2', paths.markdown, paths.json), { autoClose: 5000 });
      return paths;
    }
  });

  commands.addCommand(CommandIDs.copyBadge, {
    label: trans.__('Copy README Badge'),
    caption: trans.__('Write the score as an SVG badge into the audited folder and copy its Markdown'),
    isEnabled: () => !!model.lastResult,
    execute: async () => {
      const last = requireReport();
      if (!last) {
        return;
      }
      const path = await writeBadge(app.serviceManager.contents, last.folder, last.report.score);
      const snippet = badgeMarkdown(last.report.score, BADGE_FILE);
      Clipboard.copyToSystem(snippet);
      Notification.success(
        trans.__('Badge %1 (grade %2) written to %3; its Markdown is on the clipboard.', last.report.score, gradeOf(last.report.score), path),
        { autoClose: 5000 }
      );
      return { path, snippet, folder: folderLabel(last.folder) };
    }
  });

  // Export and badge are enabled only with a report: tell menus and the palette when that changes.
  model.stateChanged.connect(() => {
    commands.notifyCommandChanged(CommandIDs.exportReport);
    commands.notifyCommandChanged(CommandIDs.copyBadge);
    commands.notifyCommandChanged(CommandIDs.cancel);
  });

  const category = trans.__(COMMAND_CATEGORY);
  for (const command of [
    CommandIDs.audit,
    CommandIDs.auditCurrentFolder,
    CommandIDs.openPanel,
    CommandIDs.exportReport,
    CommandIDs.copyBadge,
    CommandIDs.cancel
  ]) {
    ctx.palette?.addItem({ command, category });
  }
  app.contextMenu.addItem({
    command: CommandIDs.auditSelectedFolder,
    selector: '.jp-DirListing-item[data-isdir="true"]',
    rank: 20
  });
}
