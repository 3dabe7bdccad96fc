/**
 * The notebooks' imports and paths fixes in JupyterLab: a row's Fix on a `notebooks.late-import` or
 * `notebooks.absolute-path` finding fixes that one notebook with that one fix; the notebooks item's
 * button runs every fix its findings name, over every notebook they flag, as one plan per notebook
 * (one preview, one undo step per open notebook). Same fixer, preview, guards and notifications as
 * the seed fix; only the planner and the words differ.
 */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import { Dialog, Notification, showDialog } from '@jupyterlab/apputils';
import { PageConfig } from '@jupyterlab/coreutils';
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import type { Finding } from '../../audit/report';
// Types and ids only: the plans and their Python parser load on the first fix, not at JupyterLab's start.
import type { NotebookFixId } from '../../fix';
import { IMPORTS_FIX, PATHS_FIX } from '../../audit/hygiene/notebookFixIds';
import { notifyFixOutcome } from './fixNotifications';
import { NOTEBOOK_FIXES, isNotebookFix, notebookFixTargets, serverPathInside } from './fixPaths';
import type { OpenDocument } from './openDocument';
import { repoLocationOf } from './repoLocation';
import { FixPlanner, FixScope, SeedFixOutcome, SeedFixer } from './seedFixer';
import { SeedFixPreview } from './SeedFixPreview';

export interface NotebookFixingContext {
  app: JupyterFrontEnd;
  trans: TranslationBundle;
  findOpen(path: string): OpenDocument | undefined;
  reaudit(folder: string): void;
}

export interface NotebookFixActions {
  canFix(finding: Finding): boolean;
  fixRow(folder: string, finding: Finding): Promise<SeedFixOutcome>;
  fixAllLabel(findings: Finding[]): string | undefined;
  fixAll(folder: string, findings: Finding[]): Promise<SeedFixOutcome>;
}

export function setUpNotebookFixing(ctx: NotebookFixingContext): NotebookFixActions {
  const { app, trans } = ctx;
  const fixer = new SeedFixer({
    contents: app.serviceManager.contents,
    findOpen: ctx.findOpen,
    confirm: async (files, notes) => {
      const changed = files.filter(f => f.status === 'changes').length;
      const result = await showDialog({
        title: trans._n('Fix imports and paths in %1 notebook?', 'Fix imports and paths in %1 notebooks?', changed),
        body: React.createElement(SeedFixPreview, { files, notes, trans }),
        buttons: [Dialog.cancelButton({ label: trans.__('Cancel') }), Dialog.okButton({ label: trans.__('Apply') })]
      });
      return result.button.accept;
    },
    reaudit: ctx.reaudit
  });

  /** Plans each notebook with the fixes asked for it (repo-relative path -> fixes). */
  const plannerFor = (fixesOf: Map<string, NotebookFixId[]>): FixPlanner => ({
    prepare: async folder => {
      const repo = await repoLocationOf(app.serviceManager.contents, folder, PageConfig.getOption('serverRoot') || undefined);
      const { planNotebookFixes } = await import('../../fix');
      return file => planNotebookFixes(file, fixesOf.get(file.path) ?? NOTEBOOK_FIXES, repo);
    }
  });

  const run = async (folder: string, fixesOf: Map<string, NotebookFixId[]>): Promise<SeedFixOutcome> => {
    const files: FixScope['files'] = [];
    for (const repoPath of fixesOf.keys()) {
      const path = serverPathInside(folder, repoPath);
      if (path) {
        files.push({ path, repoPath });
      } else {
        Notification.error(trans.__('Not fixed: %1 is not inside the audited folder.', repoPath), { autoClose: false });
      }
    }
    let outcome: SeedFixOutcome;
    try {
      outcome = await fixer.fix({ folder, files, reaudit: true }, plannerFor(fixesOf));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      Notification.error(trans.__('The notebook fix failed: %1', message), { autoClose: false });
      return { cancelled: false, saved: [], edited: [], unchanged: [], refused: [{ path: '', message }] };
    }
    notifyFixOutcome(outcome, trans, {
      notSavedNotebook: names =>
        trans.__('Notebook fix not saved yet. To undo: Undo here, or Edit → Undo Cell Operation (Z in command mode; not Ctrl+Z). In: %1', names),
      notSavedScript: names => trans.__('Notebook fix not saved yet. To undo: Undo here, or Edit → Undo in the editor. In: %1', names),
      undoCaption: trans.__('Revert the imports and paths fix in the open notebooks'),
      undone: paths => trans.__('Notebook fix undone in %1.', paths),
      saved: paths => trans.__('Imports and paths fixed and saved in %1.', paths)
    });
    return outcome;
  };

  return {
    canFix: finding => isNotebookFix(finding.fix) && !!finding.path && finding.path.toLowerCase().endsWith('.ipynb'),
    fixRow: (folder, finding) => run(folder, notebookFixTargets([finding])),
    fixAllLabel: findings => {
      const targets = notebookFixTargets(findings);
      if (!targets.size) {
        return undefined;
      }
      const fixes = new Set([...targets.values()].flat());
      const n = targets.size;
      if (fixes.has(IMPORTS_FIX) && fixes.has(PATHS_FIX)) {
        return trans._n('Fix Imports and Paths in %1 Notebook', 'Fix Imports and Paths in %1 Notebooks', n);
      }
      return fixes.has(IMPORTS_FIX)
        ? trans._n('Move Imports to the Top in %1 Notebook', 'Move Imports to the Top in %1 Notebooks', n)
        : trans._n('Make Paths Relative in %1 Notebook', 'Make Paths Relative in %1 Notebooks', n);
    },
    fixAll: (folder, findings) => run(folder, notebookFixTargets(findings))
  };
}
