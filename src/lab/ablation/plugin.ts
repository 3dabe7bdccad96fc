/**
 * The ablation plugin: "Ablation Study…" (palette, notebook toolbar, a notebook's context menu in the
 * file browser) opens the study panel; three commands prepare a notebook (tag a component, add a
 * toggle, insert the glue helper). Open panels come back after a reload (layout restorer). Every
 * token but the application is optional.
 */
import { followSettings } from '../liveSettings';
import { addNotebookToolbarCommand } from '../notebookToolbar';
import { ILayoutRestorer, JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ICommandPalette, WidgetTracker } from '@jupyterlab/apputils';
import { IDefaultFileBrowser, IFileBrowserFactory } from '@jupyterlab/filebrowser';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { COMMAND_CATEGORY } from '../../tokens';
import type { AblationPanel } from './AblationPanel';
import { addEditCommands } from './editCommands';
import { ABLATION_PLUGIN_ID, ABLATION_TRACKER_NAMESPACE, AblationCommandIDs } from './ids';
import { addPanelCommands } from './panelCommands';
import { ablationSettingsFrom, AblationSettings, DEFAULT_ABLATION_SETTINGS } from './settings';

export const ablationPlugin: JupyterFrontEndPlugin<void> = {
  id: ABLATION_PLUGIN_ID,
  description: 'Ablation studies: runs a notebook with each component switched off, each variant in a fresh kernel, and compares the metrics.',
  autoStart: true,
  optional: [ICommandPalette, ITranslator, ISettingRegistry, IDefaultFileBrowser, IFileBrowserFactory, ILayoutRestorer],
  activate: (
    app: JupyterFrontEnd,
    palette: ICommandPalette | null,
    translator: ITranslator | null,
    settingRegistry: ISettingRegistry | null,
    defaultBrowser: IDefaultFileBrowser | null,
    browserFactory: IFileBrowserFactory | null,
    restorer: ILayoutRestorer | null
  ) => {
    const trans = (translator ?? nullTranslator).load('jupyterlab_repro_audit');
    let settings: AblationSettings = DEFAULT_ABLATION_SETTINGS;
    followSettings(settingRegistry, ABLATION_PLUGIN_ID, ablationSettingsFrom, loaded => (settings = loaded));

    const selectedNotebookPath = () => {
      const browser = browserFactory?.tracker.currentWidget ?? defaultBrowser;
      for (const item of browser?.selectedItems() ?? []) {
        if (item.type === 'notebook') {
          return item.path;
        }
      }
      return undefined;
    };
    const tracker = new WidgetTracker<AblationPanel>({ namespace: ABLATION_TRACKER_NAMESPACE });
    addPanelCommands({
      app,
      trans,
      settings: () => settings,
      // The runner and the ablation core load with the first study, not at JupyterLab's start.
      runStudy: async (request, options) => (await import('./studyRunner')).runAblationStudy(app.serviceManager, request, options),
      selectedNotebookPath,
      tracker
    });
    // A restored panel re-reads its notebook and starts in setup: no run resumes after a reload.
    void restorer?.restore(tracker, {
      command: AblationCommandIDs.study,
      args: panel => ({ path: panel.model.path, activate: false }),
      name: panel => panel.model.path
    });
    addEditCommands(app, trans);

    const category = trans.__(COMMAND_CATEGORY);
    for (const command of [
      AblationCommandIDs.study,
      AblationCommandIDs.cancel,
      AblationCommandIDs.tagComponent,
      AblationCommandIDs.addToggle,
      AblationCommandIDs.insertGlueHelper
    ]) {
      palette?.addItem({ command, category });
    }
    app.contextMenu.addItem({ command: AblationCommandIDs.tagComponent, selector: '.jp-Notebook .jp-Cell', rank: 13 });
    app.contextMenu.addItem({ command: AblationCommandIDs.addToggle, selector: '.jp-Notebook .jp-Cell', rank: 14 });
    app.contextMenu.addItem({ command: AblationCommandIDs.studySelected, selector: '.jp-DirListing-item[data-file-type="notebook"]', rank: 21 });
    // Beside Verify's button (rank 11).
    addNotebookToolbarCommand(app, { command: AblationCommandIDs.study, label: trans.__('Ablation'), name: 'repro-audit-ablation', rank: 12 });
  }
};
