/** A command's button on every notebook's toolbar; the ranks keep the extension's buttons in one order. */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import type { DocumentRegistry, IDocumentWidget } from '@jupyterlab/docregistry';
import { CommandToolbarButton } from '@jupyterlab/ui-components';

export function addNotebookToolbarCommand(app: JupyterFrontEnd, button: { command: string; label: string; name: string; rank: number }): void {
  app.docRegistry.addWidgetExtension('Notebook', {
    createNew: (widget: IDocumentWidget) => {
      const item = new CommandToolbarButton({ commands: app.commands, id: button.command, label: button.label });
      widget.toolbar.insertItem(button.rank, button.name, item);
      return item;
    }
  } as DocumentRegistry.WidgetExtension);
}
