/**
 * The seed fix in JupyterLab: the panel's Fix buttons (one file, or all files of the seeds item),
 * the palette command "Fix Seeds in This Notebook" and a notebook toolbar button, all through one
 * SeedFixer with a preview dialog and notifications.
 */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import { Dialog, ICommandPalette, Notification, showDialog } from '@jupyterlab/apputils';
import type { IDocumentManager } from '@jupyterlab/docmanager';
import type { DocumentRegistry, IDocumentWidget } from '@jupyterlab/docregistry';
import type { ISettingRegistry } from '@jupyterlab/settingregistry';
import type { TranslationBundle } from '@jupyterlab/translation';
import { ToolbarButton } from '@jupyterlab/ui-components';
import type { Widget } from '@lumino/widgets';
import * as React from 'react';
import { dirName } from '../../audit/reader';
import type { Finding } from '../../audit/report';
import { DEFAULT_SEED, isValidSeed } from '../../fix/seedBounds';
import { COMMAND_CATEGORY, PLUGIN_ID } from '../../tokens';
import type { AuditModel } from '../auditModel';
import { isInside, normaliseFolder } from '../serverPath';
import { SEEDS_FIX, SeedFixCommandIDs } from './ids';
import { seedFixIcon } from './icons';
import { isSeedFixable, seedFixPaths, serverPathInside } from './fixPaths';
import { DocumentWidgetLike, isDocumentWidget, openDocumentOf } from './openDocument';
import { setUpEnvironmentFixing } from './environmentSetup';
import { FixKind, FixScope, SeedFixOutcome, SeedFixer } from './seedFixer';
import { SeedFixPreview } from './SeedFixPreview';
import { FixWords, notifyFixOutcome } from './fixNotifications';
import { setUpNotebookFixing } from './notebookFixing';
import { BASELINE_FIX, LEAKAGE_FIX } from '../../audit/leakage/fixIds';

export interface SeedFixingContext {
  app: JupyterFrontEnd;
  model: AuditModel;
  trans: TranslationBundle;
  palette: ICommandPalette | null;
  docManager: IDocumentManager | null;
  settingRegistry: ISettingRegistry | null;
}

/**
 * What the panel gets: its Fix buttons call these. A row's Fix fixes that row only (a file's seeds,
 * one package's pin); the item's button runs the fix over every file or the whole repo and says so.
 */
export interface SeedFixActions {
  canFix(finding: Finding): boolean;
  applyFix(folder: string, checkId: string, finding: Finding): void;
  fixAll(folder: string, checkId: string, findings: Finding[]): void;
  fixAllLabel(findings: Finding[]): string | undefined;
}

function isNotebookWidget(widget: Widget | null | undefined): widget is DocumentWidgetLike {
  return isDocumentWidget(widget) && widget.context.path.toLowerCase().endsWith('.ipynb');
}

export function setUpSeedFixing(ctx: SeedFixingContext): SeedFixActions {
  const { app, model, trans, docManager } = ctx;
  let settings: ISettingRegistry.ISettings | null = null;
  ctx.settingRegistry
    ?.load(PLUGIN_ID)
    .then(s => (settings = s))
    .catch(() => undefined);

  const findOpen = (path: string) => {
    const widget = docManager?.findWidget(path);
    return isDocumentWidget(widget) ? openDocumentOf(widget) : undefined;
  };
  const fixer = new SeedFixer({
    contents: app.serviceManager.contents,
    findOpen,
    defaultSeed: () => {
      const seed = settings?.composite.seed;
      return typeof seed === 'number' && isValidSeed(seed) ? seed : DEFAULT_SEED;
    },
    // The repo's Python analysis loads on the first fix, not at JupyterLab's start.
    repoUnits: async folder => (await import('./repoUnits')).repoUnitsOf(app.serviceManager.contents, folder),
    confirm: async (files, notes, fix) => {
      const changed = files.filter(f => f.status === 'changes').length;
      const result = await showDialog({
        title:
          fix === 'baseline'
            ? trans._n('Insert a baseline cell in %1 notebook?', 'Insert baseline cells in %1 notebooks?', changed)
            : fix === 'leakage'
              ? trans._n('Fix data leakage in %1 file?', 'Fix data leakage in %1 files?', changed)
              : trans._n('Fix seeds in %1 file?', 'Fix seeds in %1 files?', changed),
        body: React.createElement(SeedFixPreview, { files, notes, trans }),
        buttons: [Dialog.cancelButton({ label: trans.__('Cancel') }), Dialog.okButton({ label: trans.__('Apply') })]
      });
      return result.button.accept;
    },
    reaudit: folder => void model.audit(folder)
  });

  const undoInNotebook = (what: string, names: string) =>
    trans.__('%1 not saved yet. To undo: Undo here, or Edit → Undo Cell Operation (Z in command mode; not Ctrl+Z). In: %2', what, names);
  const undoInEditor = (what: string, names: string) => trans.__('%1 not saved yet. To undo: Undo here, or Edit → Undo (Ctrl+Z) in the editor. In: %2', what, names);
  const WORDS: Record<FixKind, FixWords> = {
    seeds: {
      notSavedNotebook: names => undoInNotebook(trans.__('Seed fix'), names),
      notSavedScript: names => undoInEditor(trans.__('Seed fix'), names),
      undoCaption: trans.__('Revert the seed fix in the open documents'),
      undone: paths => trans.__('Seed fix undone in %1.', paths),
      saved: paths => trans.__('Seeds fixed and saved in %1.', paths)
    },
    leakage: {
      notSavedNotebook: names => undoInNotebook(trans.__('Leakage fix'), names),
      notSavedScript: names => undoInEditor(trans.__('Leakage fix'), names),
      undoCaption: trans.__('Revert the leakage fix in the open documents'),
      undone: paths => trans.__('Leakage fix undone in %1.', paths),
      saved: paths => trans.__('Leakage fixed and saved in %1.', paths)
    },
    baseline: {
      notSavedNotebook: names => undoInNotebook(trans.__('Baseline cell'), names),
      notSavedScript: names => undoInEditor(trans.__('Baseline cell'), names),
      undoCaption: trans.__('Remove the baseline cell from the open notebooks'),
      undone: paths => trans.__('Baseline cell removed from %1.', paths),
      saved: paths => trans.__('Baseline cell inserted and saved in %1.', paths)
    }
  };
  const report = (outcome: SeedFixOutcome, fix: FixKind) => notifyFixOutcome(outcome, trans, WORDS[fix]);

  const run = async (scope: FixScope): Promise<SeedFixOutcome> => {
    try {
      const outcome = await fixer.fix(scope);
      report(outcome, scope.fix ?? 'seeds');
      return outcome;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      Notification.error(
        scope.fix === 'baseline'
          ? trans.__('The baseline fix failed: %1', message)
          : scope.fix === 'leakage'
            ? trans.__('The leakage fix failed: %1', message)
            : trans.__('The seed fix failed: %1', message),
        { autoClose: false }
      );
      return { cancelled: false, saved: [], edited: [], unchanged: [], refused: [{ path: '', message }] };
    }
  };

  /** Report paths inside the audited folder only; anything else is refused, not written. */
  const scopeOf = (folder: string, repoPaths: string[], fix: FixKind = 'seeds'): FixScope => {
    const files: FixScope['files'] = [];
    for (const repoPath of repoPaths) {
      const path = serverPathInside(folder, repoPath);
      if (path) {
        files.push({ path, repoPath });
      } else {
        Notification.error(trans.__('Not fixed: %1 is not inside the audited folder.', repoPath), { autoClose: false });
      }
    }
    return { folder, files, reaudit: true, fix };
  };

  const fixDocument = (widget: DocumentWidgetLike): Promise<SeedFixOutcome> => {
    const path = normaliseFolder(widget.context.path);
    // Inside the audited folder the fix sees the repo's modules and the audit is refreshed; elsewhere
    // the notebook's own folder is its repo.
    const audited = model.folder;
    const folder = audited !== undefined && isInside(audited, path) ? audited : dirName(path);
    const repoPath = folder ? path.slice(folder.length + 1) : path;
    return run({ folder, files: [{ path, repoPath }], reaudit: folder === audited });
  };

  const { commands } = app;
  const activeNotebook = () => {
    const current = app.shell.currentWidget;
    return isNotebookWidget(current) ? current : null;
  };
  commands.addCommand(SeedFixCommandIDs.fixNotebook, {
    label: trans.__('Fix Seeds in This Notebook'),
    caption: trans.__('Seed every random number generator the notebook uses, after a preview of the change'),
    icon: args => (args.isPalette ? undefined : seedFixIcon),
    isEnabled: () => !!activeNotebook(),
    execute: async () => {
      const widget = activeNotebook();
      return widget ? fixDocument(widget) : undefined;
    }
  });
  ctx.palette?.addItem({ command: SeedFixCommandIDs.fixNotebook, category: trans.__(COMMAND_CATEGORY) });

  app.docRegistry.addWidgetExtension('Notebook', {
    createNew: (panel: IDocumentWidget) => {
      const button = new ToolbarButton({
        icon: seedFixIcon,
        tooltip: trans.__('Fix Seeds in This Notebook'),
        className: 'jp-ReproAudit-fixSeedsButton',
        onClick: () => void fixDocument(panel as unknown as DocumentWidgetLike)
      });
      panel.toolbar.insertItem(10, 'repro-audit-fix-seeds', button);
      return button;
    }
  } as DocumentRegistry.WidgetExtension);

  const environment = setUpEnvironmentFixing({ app, model, trans, palette: ctx.palette });
  const notebooks = setUpNotebookFixing({ app, trans, findOpen, reaudit: folder => void model.audit(folder) });

  return {
    canFix: finding =>
      environment.canFixRow(finding) ||
      notebooks.canFix(finding) ||
      ((finding.fix === SEEDS_FIX || finding.fix === LEAKAGE_FIX) && !!finding.path && isSeedFixable(finding.path)) ||
      (finding.fix === BASELINE_FIX && !!finding.path?.toLowerCase().endsWith('.ipynb')),
    applyFix: (folder, _checkId, finding) => {
      if (environment.canFixRow(finding)) {
        void environment.fixRow(folder, finding);
      } else if (notebooks.canFix(finding)) {
        void notebooks.fixRow(folder, finding);
      } else if (finding.fix === BASELINE_FIX && finding.path) {
        void run(scopeOf(folder, [finding.path], 'baseline'));
      } else if ((finding.fix === SEEDS_FIX || finding.fix === LEAKAGE_FIX) && finding.path) {
        void run(scopeOf(folder, [finding.path], finding.fix === LEAKAGE_FIX ? 'leakage' : 'seeds'));
      }
    },
    fixAllLabel: findings => {
      const open = findings.filter(f => f.status !== 'pass');
      if (open.some(f => f.fix === 'hardware')) {
        return trans.__('Write Hardware Notes (HARDWARE.md, hardware.json)');
      }
      if (open.some(f => f.fix === 'pins')) {
        return trans.__('Pin All Dependencies');
      }
      const leaking = seedFixPaths(findings, LEAKAGE_FIX).length;
      if (leaking) {
        return trans._n('Fix Leakage in %1 File', 'Fix Leakage in All %1 Files', leaking);
      }
      const baselines = seedFixPaths(findings, BASELINE_FIX).length;
      if (baselines) {
        return trans._n('Insert a Baseline Cell in %1 Notebook', 'Insert Baseline Cells in All %1 Notebooks', baselines);
      }
      const files = seedFixPaths(findings, SEEDS_FIX).length;
      return files ? trans._n('Fix Seeds in %1 File', 'Fix Seeds in All %1 Files', files) : notebooks.fixAllLabel(findings);
    },
    fixAll: (folder, _checkId, findings) => {
      if (!seedFixPaths(findings, SEEDS_FIX).length && notebooks.fixAllLabel(findings)) {
        void notebooks.fixAll(folder, findings);
        return;
      }
      // One environment fix covers a whole item: run it once.
      const environmental = findings.find(f => environment.canFix(f));
      const leaking = seedFixPaths(findings, LEAKAGE_FIX);
      const baselines = seedFixPaths(findings, BASELINE_FIX);
      void (environmental
        ? environment.fix(folder, environmental)
        : run(
            leaking.length
              ? scopeOf(folder, leaking, 'leakage')
              : baselines.length
                ? scopeOf(folder, baselines, 'baseline')
                : scopeOf(folder, seedFixPaths(findings, SEEDS_FIX))
          ));
    }
  };
}
