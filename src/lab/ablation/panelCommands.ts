/**
 * "Ablation Study…" opens the study panel of the active notebook (or `args.path`); the panel asks
 * once, saying what will run, before any variant starts. The panels are tracked by notebook path,
 * so the layout restorer reopens them after a reload with the same command. "Cancel Ablation
 * Study" stops every study under way (their kernels are shut down by the runner).
 */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import { Dialog, showDialog, showErrorMessage, WidgetTracker } from '@jupyterlab/apputils';
import type { TranslationBundle } from '@jupyterlab/translation';
import type { AblationPlan } from '../../ablation';
import { checkKernelSpec, MissingKernelSpecError } from '../kernel/runner';
import { AblationModel, RunStudy } from './ablationModel';
import { AblationPanel, PanelFileActions } from './AblationPanel';
import { ablationIcon } from './icons';
import { AblationCommandIDs } from './ids';
import { asAblationNotebook, openNotebookOf, readNotebookOrMissing } from './notebookTarget';
import { inStudyFolder, saveResults, studiesFolderOf } from './resultFiles';
import type { AblationSettings } from './settings';
import { findStoredStudy } from './storedStudy';
import type { AblationRequest } from './types';

export interface PanelCommandsContext {
  app: JupyterFrontEnd;
  trans: TranslationBundle;
  settings: () => AblationSettings;
  runStudy: RunStudy;
  /** The .ipynb selected in the file browser, for its context menu. */
  selectedNotebookPath: () => string | undefined;
  /** The open panels; one per notebook path (the restorer's key). */
  tracker: WidgetTracker<AblationPanel>;
}

async function confirmStudy(request: AblationRequest, plan: AblationPlan, trans: TranslationBundle): Promise<boolean> {
  const name = request.notebookPath.split('/').pop() ?? request.notebookPath;
  const result = await showDialog({
    title: trans.__('Run ablation study'),
    body: trans.__(
      'Run %1 variants of %2? Each runs the notebook top to bottom in a fresh "%3" kernel started in the notebook\'s folder (not your kernel), %4 at a time. The code can read and write files there. Each cell may run for up to %5 s. The executed copies and study.json go to %6 beside the notebook.',
      plan.variants.length,
      name,
      request.kernelName,
      request.concurrency,
      request.cellTimeoutMs / 1000,
      studiesFolderOf(request.notebookPath)
    ),
    buttons: [Dialog.cancelButton(), Dialog.okButton({ label: trans.__('Run %1 Variants', plan.variants.length) })]
  });
  return result.button.accept;
}

/** Nothing runs with a kernel the server lacks: say so instead of asking. */
async function kernelAvailable(app: JupyterFrontEnd, kernelName: string, trans: TranslationBundle): Promise<boolean> {
  try {
    await checkKernelSpec(app.serviceManager, kernelName);
    return true;
  } catch (reason) {
    if (reason instanceof MissingKernelSpecError) {
      await showErrorMessage(trans.__('Kernel not found'), reason.message);
      return false;
    }
    throw reason;
  }
}

function fileActions(app: JupyterFrontEnd, model: AblationModel, trans: TranslationBundle): PanelFileActions {
  const folder = () => model.state.result?.folder;
  const failed = (reason: unknown) =>
    void showErrorMessage(trans.__('Ablation study'), reason instanceof Error ? reason.message : String(reason));
  return {
    onExport: format => {
      const result = model.state.result;
      if (result) {
        saveResults(app.serviceManager.contents, result.folder, format, result.table)
          .then(path => app.commands.execute('docmanager:open', { path }))
          .catch(failed);
      }
    },
    onOpenFolder: () => {
      const path = folder();
      if (path !== undefined) {
        app.commands.execute('filebrowser:go-to-path', { path }).catch(failed);
      }
    },
    onOpenNotebook: notebookPath => {
      const path = folder();
      if (path !== undefined) {
        app.commands.execute('docmanager:open', { path: inStudyFolder(path, notebookPath) }).catch(failed);
      }
    }
  };
}

export function addPanelCommands(ctx: PanelCommandsContext): void {
  const { app, trans, settings, runStudy, tracker } = ctx;
  const { commands, serviceManager } = app;
  const models = new Set<AblationModel>();
  const activeNotebook = () => asAblationNotebook(app.shell.currentWidget);
  const mainWidgets = () => app.shell.widgets('main');

  /** `activate` is false when the restorer reopens a panel: the restored layout decides what shows. */
  const openPanel = async (path: string, activate = true): Promise<string> => {
    const current = activeNotebook();
    const widget = current?.context.path === path ? current : openNotebookOf(mainWidgets(), path);
    const existing = tracker.find(panel => panel.model.path === path);
    if (existing) {
      // One panel per notebook: show it again, with the notebook as it is now.
      if (activate) {
        app.shell.activateById(existing.id);
      }
      await existing.model.reload();
      return existing.id;
    }
    // A notebook gone since (a restored panel's) gives a panel that says so, not an error.
    const reload = () => readNotebookOrMissing(serviceManager.contents, path, openNotebookOf(mainWidgets(), path));
    const facts = await readNotebookOrMissing(serviceManager.contents, path, widget);
    await serviceManager.kernelspecs.ready;
    const kernelName = facts.parsed?.kernelName ?? serviceManager.kernelspecs.specs?.default ?? 'python3';
    const model: AblationModel = new AblationModel({
      facts,
      kernelName,
      settings,
      reload,
      findStored: () => findStoredStudy(serviceManager.contents, path),
      confirm: async (request, plan) => (await kernelAvailable(app, request.kernelName, trans)) && confirmStudy(request, plan, trans),
      runStudy: async (request, options) => {
        models.add(model);
        commands.notifyCommandChanged(AblationCommandIDs.cancel);
        try {
          return await runStudy(request, options);
        } finally {
          models.delete(model);
          commands.notifyCommandChanged(AblationCommandIDs.cancel);
        }
      }
    });
    const panel = new AblationPanel(model, fileActions(app, model, trans), trans);
    app.shell.add(panel, 'main', widget ? { mode: 'split-right', ref: widget.id } : undefined);
    // Tracked (and so saved for the restorer) once in the shell, as JupyterLab's own panels are.
    await tracker.add(panel);
    void model.refreshStored();
    if (activate) {
      app.shell.activateById(panel.id);
    }
    return panel.id;
  };

  commands.addCommand(AblationCommandIDs.study, {
    label: trans.__('Ablation Study…'),
    caption: trans.__('Run this notebook with each component switched off, each variant in a fresh kernel, and compare the metrics'),
    icon: args => (args.isPalette ? undefined : ablationIcon),
    isEnabled: args => typeof args.path === 'string' || !!activeNotebook(),
    execute: args => {
      const path = typeof args.path === 'string' ? args.path : activeNotebook()?.context.path;
      return path ? openPanel(path, args.activate !== false) : undefined;
    }
  });

  commands.addCommand(AblationCommandIDs.studySelected, {
    label: trans.__('Ablation Study…'),
    caption: trans.__('Open the ablation study of the notebook selected in the file browser'),
    icon: ablationIcon,
    isVisible: () => !!ctx.selectedNotebookPath(),
    execute: () => {
      const path = ctx.selectedNotebookPath();
      return path ? openPanel(path) : undefined;
    }
  });

  commands.addCommand(AblationCommandIDs.cancel, {
    label: trans.__('Cancel Ablation Study'),
    isEnabled: () => models.size > 0,
    execute: () => models.forEach(m => m.cancel())
  });
}
