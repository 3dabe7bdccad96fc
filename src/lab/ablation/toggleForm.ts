/** The "Add Ablation Toggle" dialog's body: the toggle's NAME and an optional label, built as DOM text. */
import type { Dialog } from '@jupyterlab/apputils';
import type { TranslationBundle } from '@jupyterlab/translation';
import { Widget } from '@lumino/widgets';

export interface ToggleFormValue {
  name: string;
  label: string;
}

function field(labelText: string, input: HTMLInputElement): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'jp-ReproAudit-ablationFormField';
  const caption = document.createElement('span');
  caption.textContent = labelText;
  label.append(caption, input);
  return label;
}

function textInput(value: string, placeholder: string): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  input.className = 'jp-mod-styled';
  input.value = value;
  input.placeholder = placeholder;
  return input;
}

export class ToggleForm extends Widget implements Dialog.IBodyWidget<ToggleFormValue> {
  constructor(trans: TranslationBundle, initial: ToggleFormValue = { name: '', label: '' }, problem?: string) {
    super();
    this.addClass('jp-ReproAudit-ablationForm');
    this.nameInput = textInput(initial.name, trans.__('e.g. STANDARDIZE'));
    this.labelInput = textInput(initial.label, trans.__('e.g. scale features'));
    const about = document.createElement('p');
    about.textContent = trans.__('Adds NAME = True  # label to the cell tagged parameters (created if missing). Use NAME in your code, e.g. if NAME: …');
    this.node.append(about, field(trans.__('Name (a Python variable)'), this.nameInput), field(trans.__('Label (optional)'), this.labelInput));
    if (problem) {
      const message = document.createElement('p');
      message.className = 'jp-ReproAudit-ablationInvalid';
      message.textContent = problem;
      this.node.append(message);
    }
  }

  getValue(): ToggleFormValue {
    return { name: this.nameInput.value.trim(), label: this.labelInput.value.trim() };
  }

  private readonly nameInput: HTMLInputElement;
  private readonly labelInput: HTMLInputElement;
}
