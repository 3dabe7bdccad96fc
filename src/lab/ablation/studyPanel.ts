/**
 * The study panel of one notebook: its model (the notebook's toggles, the stored study), the panel, the
 * question asked before a run, and the panel's file actions. Loaded when a panel first opens, with the
 * ablation core and its Python parser, not at JupyterLab's start.
 */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import { Dialog, showDialog, showErrorMessage } from '@jupyterlab/apputils';
import type { TranslationBundle } from '@jupyterlab/translation';
import type { AblationPlan } from '../../ablation';
import { checkKernelSpec, MissingKernelSpecError } from '../kernel/runner';
import { AblationModel, RunStudy } from './ablationModel';
import { AblationPanel, PanelFileActions } from './AblationPanel';
import { AblationNotebookWidget, openNotebookOf, readNotebookOrMissing } from './notebookTarget';
import { inStudyFolder, saveResults, studiesFolderOf } from './resultFiles';
import type { AblationSettings } from './settings';
import { findStoredStudy } from './storedStudy';
import type { AblationRequest } from './types';

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

/**
 * A new panel for the notebook at `path` (open in `widget`, if it is), not yet in the shell.
 * `runStudy` is the plugin's runner, wrapped by the caller to track running studies.
 */
export async function createStudyPanel(
  app: JupyterFrontEnd,
  trans: TranslationBundle,
  path: string,
  widget: AblationNotebookWidget | undefined,
  settings: () => AblationSettings,
  runStudy: (model: AblationModel) => RunStudy
): Promise<AblationPanel> {
  const { serviceManager } = app;
  const mainWidgets = () => app.shell.widgets('main');
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
    runStudy: (request, options) => runStudy(model)(request, options)
  });
  return new AblationPanel(model, fileActions(app, model, trans), trans);
}
