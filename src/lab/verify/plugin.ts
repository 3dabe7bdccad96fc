/**
 * The verify plugin: "Verify Reproducibility" (palette, notebook toolbar) runs the active notebook
 * twice in fresh kernels after asking once, and shows the cell-by-cell comparison in a main-area
 * panel. On start it shuts down kernels a previous page left running mid-run.
 */
import { followSettings } from '../liveSettings';
import { addNotebookToolbarCommand } from '../notebookToolbar';
import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { Dialog, ICommandPalette, showDialog } from '@jupyterlab/apputils';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { ITranslator, nullTranslator, TranslationBundle } from '@jupyterlab/translation';
import { COMMAND_CATEGORY } from '../../tokens';
import { shutDownOrphans } from '../kernel/orphans';
import { checkKernelSpec, MissingKernelSpecError } from '../kernel/runner';
import { VERIFY_PLUGIN_ID, VerifyCommandIDs } from './ids';
import { asNotebookWidget, NotebookToRun, notebookFromPath, notebookFromWidget } from './notebookSource';
import { DEFAULT_VERIFY_SETTINGS, VerifySettings, verifySettingsFrom } from './settings';
import { Verification, VerificationState } from './verification';
import { VerifyPanel } from './VerifyPanel';

async function confirmRun(notebook: NotebookToRun, kernelName: string, settings: VerifySettings, trans: TranslationBundle): Promise<boolean> {
  const name = notebook.path.split('/').pop() ?? notebook.path;
  const result = await showDialog({
    title: trans.__('Verify reproducibility'),
    body: trans.__(
      'Run %1 twice in fresh kernels? Its %2 code cells will run top to bottom twice, each time in a new "%3" kernel started in the notebook\'s folder (not your kernel). The code can read and write files there. Each cell may run for up to %4 s.',
      name,
      notebook.cells.length,
      kernelName,
      settings.cellTimeoutSeconds
    ),
    buttons: [Dialog.cancelButton(), Dialog.okButton({ label: trans.__('Run twice') })]
  });
  return result.button.accept;
}

export const verifyPlugin: JupyterFrontEndPlugin<void> = {
  id: VERIFY_PLUGIN_ID,
  description: 'Verifies that a notebook gives the same results when run twice in fresh kernels.',
  autoStart: true,
  optional: [ICommandPalette, ITranslator, ISettingRegistry],
  activate: (app: JupyterFrontEnd, palette: ICommandPalette | null, translator: ITranslator | null, settingRegistry: ISettingRegistry | null) => {
    const trans = (translator ?? nullTranslator).load('jupyterlab_repro_audit');
    const { commands, serviceManager } = app;
    let settings = DEFAULT_VERIFY_SETTINGS;
    followSettings(settingRegistry, VERIFY_PLUGIN_ID, verifySettingsFrom, loaded => (settings = loaded));
    void serviceManager.ready.then(() => shutDownOrphans(serviceManager)).catch(() => undefined);

    const running = new Set<Verification>();
    const notebookWidget = () => asNotebookWidget(app.shell.currentWidget);

    commands.addCommand(VerifyCommandIDs.verify, {
      label: trans.__('Verify Reproducibility'),
      caption: trans.__('Run this notebook twice in fresh kernels and compare the outputs cell by cell'),
      isEnabled: args => typeof args.path === 'string' || !!notebookWidget(),
      execute: async args => {
        const widget = notebookWidget();
        const notebook =
          typeof args.path === 'string' ? await notebookFromPath(serviceManager, args.path) : widget ? notebookFromWidget(widget) : undefined;
        if (!notebook) {
          return undefined;
        }
        await serviceManager.kernelspecs.ready;
        const kernelName = notebook.kernelName ?? serviceManager.kernelspecs.specs?.default ?? 'python3';
        const verification = new Verification(serviceManager, notebook, settings, kernelName);
        let missingKernel = false;
        try {
          await checkKernelSpec(serviceManager, kernelName);
        } catch (reason) {
          missingKernel = reason instanceof MissingKernelSpecError;
          if (!missingKernel) {
            throw reason;
          }
        }
        // Nothing runs without the user's yes; a missing kernel runs nothing, so needs no question.
        if (!missingKernel && !(await confirmRun(notebook, kernelName, settings, trans))) {
          return undefined;
        }
        const panel = new VerifyPanel(verification, trans);
        app.shell.add(panel, 'main', widget && !args.path ? { mode: 'split-right', ref: widget.id } : undefined);
        app.shell.activateById(panel.id);
        running.add(verification);
        commands.notifyCommandChanged(VerifyCommandIDs.cancel);
        try {
          const state: VerificationState = await verification.start();
          return state;
        } finally {
          running.delete(verification);
          commands.notifyCommandChanged(VerifyCommandIDs.cancel);
        }
      }
    });
    commands.addCommand(VerifyCommandIDs.cancel, {
      label: trans.__('Cancel Reproducibility Verification'),
      isEnabled: () => running.size > 0,
      execute: () => running.forEach(v => v.cancel())
    });
    for (const command of [VerifyCommandIDs.verify, VerifyCommandIDs.cancel]) {
      palette?.addItem({ command, category: COMMAND_CATEGORY });
    }
    addNotebookToolbarCommand(app, { command: VerifyCommandIDs.verify, label: trans.__('Verify'), name: 'repro-audit-verify', rank: 11 });
  }
};
