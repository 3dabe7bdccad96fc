/**
 * The side-by-side plugin: "Open with Its Sources" (palette, notebook toolbar), "Go to Definition"
 * (palette, code cell context menu) and the "What this notebook uses" sidebar. A plugin of its own,
 * beside the audit panel's; every token but the document manager is optional.
 */
import { followSettings } from '../liveSettings';
import { addNotebookToolbarCommand } from '../notebookToolbar';
import { ILabShell, ILayoutRestorer, JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { IDocumentManager } from '@jupyterlab/docmanager';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { COMMAND_CATEGORY, PLUGIN_ID } from '../../tokens';
import { repositoryFolderFromSettings } from '../auditSettings';
import { sourcesIcon } from './icons';
import { SIDE_BY_SIDE_PLUGIN_ID, SideBySideCommandIDs } from './ids';
import { SideBySide } from './sideBySide';
import { UsesPanel } from './UsesPanel';

export const sideBySidePlugin: JupyterFrontEndPlugin<void> = {
  id: SIDE_BY_SIDE_PLUGIN_ID,
  description: 'Lays a notebook out beside the repository code and data it uses.',
  autoStart: true,
  requires: [IDocumentManager],
  optional: [ICommandPalette, ITranslator, ISettingRegistry, ILayoutRestorer, ILabShell],
  activate: (
    app: JupyterFrontEnd,
    docManager: IDocumentManager,
    palette: ICommandPalette | null,
    translator: ITranslator | null,
    settingRegistry: ISettingRegistry | null,
    restorer: ILayoutRestorer | null,
    labShell: ILabShell | null
  ) => {
    const trans = (translator ?? nullTranslator).load('jupyterlab_repro_audit');
    let repositoryFolder = '';
    followSettings(settingRegistry, PLUGIN_ID, repositoryFolderFromSettings, folder => (repositoryFolder = folder));
    const sideBySide = new SideBySide(app, docManager, trans, () => repositoryFolder);
    const { commands } = app;

    const panel = new UsesPanel(
      sideBySide.uses,
      {
        openModule: (path, line, name) => void sideBySide.openModule(path, line, name),
        openFile: path => void sideBySide.openFile(path),
        openAll: () => void commands.execute(SideBySideCommandIDs.openWithSources),
        refresh: () => void sideBySide.refresh(),
        shown: () => void sideBySide.refresh()
      },
      trans
    );
    app.shell.add(panel, 'left', { rank: 610 });
    restorer?.add(panel, panel.id);
    // The view follows the notebook the user moves to, while it is on screen.
    labShell?.currentChanged.connect((_, change) => sideBySide.noteCurrent(change.newValue, panel.isVisible));

    const hasNotebook = () => sideBySide.notebook() !== null;
    commands.addCommand(SideBySideCommandIDs.openWithSources, {
      label: trans.__('Open with Its Sources'),
      caption: trans.__('Open the repository modules this notebook imports in a split beside it, each at the imported name'),
      icon: args => (args.isPalette ? undefined : sourcesIcon),
      isEnabled: hasNotebook,
      execute: () => sideBySide.openWithSources()
    });
    commands.addCommand(SideBySideCommandIDs.goToDefinition, {
      label: trans.__('Go to Definition'),
      caption: trans.__('Open the repository file that defines the name under the cursor'),
      isEnabled: hasNotebook,
      execute: () => sideBySide.goToDefinition()
    });
    commands.addCommand(SideBySideCommandIDs.showUses, {
      label: trans.__('What This Notebook Uses'),
      caption: trans.__('List the local modules, data files, models and packages the notebook uses'),
      execute: () => {
        app.shell.activateById(panel.id);
        return sideBySide.refresh();
      }
    });
    for (const command of Object.values(SideBySideCommandIDs)) {
      palette?.addItem({ command, category: COMMAND_CATEGORY });
    }
    app.contextMenu.addItem({ command: SideBySideCommandIDs.goToDefinition, selector: '.jp-Notebook .jp-CodeCell', rank: 12 });

    addNotebookToolbarCommand(app, { command: SideBySideCommandIDs.openWithSources, label: trans.__('Sources'), name: 'repro-audit-open-with-sources', rank: 10 });
    // Notebooks already open before the plugin came up are tracked from the start.
    sideBySide.noteCurrent(app.shell.currentWidget, false);
  }
};
