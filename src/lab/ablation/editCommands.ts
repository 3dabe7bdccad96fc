/**
 * Commands that prepare the active notebook for a study, each one undoable edit of its model:
 * "Tag Cell as Ablation Component…", "Add Ablation Toggle…", "Insert Glue Helper".
 */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import { Dialog, InputDialog, Notification, showDialog, showErrorMessage } from '@jupyterlab/apputils';
import type { TranslationBundle } from '@jupyterlab/translation';
import { AblationCommandIDs } from './ids';
import { cellNumber } from '../../audit/notebook/cellLabel';
import { AblationNotebookWidget, asAblationNotebook, editableNotebookOf, selectedCellIndices } from './notebookTarget';
import { ToggleForm, ToggleFormValue } from './toggleForm';

/** The edits, with the ablation core and its Python parser, load on the first edit, not at JupyterLab's start. */
const loadEdits = () => import('./notebookEdits');

/** Ask for a component name until it is valid or the user cancels. */
async function askComponentName(trans: TranslationBundle): Promise<string | undefined> {
  let text = '';
  for (;;) {
    const result = await InputDialog.getText({
      title: trans.__('Tag Cell as Ablation Component'),
      label: trans.__('Component name: the cell is skipped in the variant without it (letters, digits and _, not starting with a digit)'),
      placeholder: trans.__('e.g. select_features'),
      text,
      okLabel: trans.__('Tag')
    });
    if (!result.button.accept || result.value === null) {
      return undefined;
    }
    text = result.value.trim();
    if ((await loadEdits()).isAblationName(text)) {
      return text;
    }
    await showErrorMessage(
      trans.__('Not a valid name'),
      trans.__('"%1" is not a valid component name: use letters, digits and _, not starting with a digit.', text)
    );
  }
}

async function askToggle(trans: TranslationBundle): Promise<ToggleFormValue | undefined> {
  let value: ToggleFormValue = { name: '', label: '' };
  let problem: string | undefined;
  for (;;) {
    const result = await showDialog({
      title: trans.__('Add Ablation Toggle'),
      body: new ToggleForm(trans, value, problem),
      focusNodeSelector: 'input',
      buttons: [Dialog.cancelButton(), Dialog.okButton({ label: trans.__('Add') })]
    });
    if (!result.button.accept || !result.value) {
      return undefined;
    }
    value = result.value;
    if ((await loadEdits()).isAblationName(value.name)) {
      return value;
    }
    problem = trans.__('"%1" is not a valid Python name: use letters, digits and _, not starting with a digit, and not a keyword.', value.name);
  }
}

function showCell(widget: AblationNotebookWidget, cell: number): void {
  widget.content.activeCellIndex = cell;
}

export function addEditCommands(app: JupyterFrontEnd, trans: TranslationBundle): void {
  const { commands } = app;
  const activeNotebook = () => asAblationNotebook(app.shell.currentWidget);
  const editable = () => {
    const widget = activeNotebook();
    const notebook = widget && editableNotebookOf(widget);
    return widget && notebook ? { widget, notebook } : undefined;
  };

  commands.addCommand(AblationCommandIDs.tagComponent, {
    label: trans.__('Tag Cell as Ablation Component…'),
    caption: trans.__('Tag the selected cells ablation:<name>: the ablation study skips them in the variant without <name>'),
    isEnabled: () => !!editable(),
    execute: async () => {
      const target = editable();
      const cells = target ? selectedCellIndices(target.widget) : [];
      if (!target || !cells.length) {
        return undefined;
      }
      const name = await askComponentName(trans);
      if (!name) {
        return undefined;
      }
      const result = (await loadEdits()).tagCellsAsComponent(target.notebook, cells, name);
      if (!result.tagged.length && result.notCode.length) {
        await showErrorMessage(trans.__('Not a code cell'), trans.__('Only code cells can be ablation components.'));
      } else if (result.tagged.length) {
        Notification.success(trans.__('Tagged %1 cell(s) ablation:%2.', result.tagged.length, name), { autoClose: 4000 });
      } else {
        Notification.info(trans.__('The selected cells are already tagged ablation:%1.', name), { autoClose: 4000 });
      }
      return result;
    }
  });

  commands.addCommand(AblationCommandIDs.addToggle, {
    label: trans.__('Add Ablation Toggle…'),
    caption: trans.__('Add NAME = True to the cell tagged parameters, to switch a component off in an ablation study'),
    isEnabled: () => !!editable(),
    execute: async () => {
      const value = editable() ? await askToggle(trans) : undefined;
      const target = editable();
      if (!value || !target) {
        return undefined;
      }
      const edit = (await loadEdits()).addToggle(target.notebook, value.name, value.label);
      showCell(target.widget, edit.cell);
      if (edit.kind === 'exists') {
        Notification.info(trans.__('The parameters cell already sets %1.', value.name), { autoClose: 4000 });
      } else if (edit.kind === 'created') {
        Notification.success(trans.__('Created a parameters cell (cell %1) with %2 = True.', cellNumber(edit.cell), value.name), { autoClose: 4000 });
      }
      return edit;
    }
  });

  commands.addCommand(AblationCommandIDs.insertGlueHelper, {
    label: trans.__('Insert Glue Helper'),
    caption: trans.__('Insert a cell defining glue(name, value), which records a metric for the ablation table the way scrapbook does'),
    isEnabled: () => !!editable(),
    execute: async () => {
      const target = editable();
      if (!target) {
        return undefined;
      }
      const edit = (await loadEdits()).insertGlueHelper(target.notebook);
      showCell(target.widget, edit.cell);
      if (edit.kind === 'exists') {
        Notification.info(trans.__('Cell %1 already defines glue().', cellNumber(edit.cell)), { autoClose: 4000 });
      }
      return edit;
    }
  });
}
