/** The main-area widget of one ablation study, re-rendered on each change of its model. */
import * as React from 'react';
import type { TranslationBundle } from '@jupyterlab/translation';
import { ReactWidget } from '@jupyterlab/ui-components';
import type { AblationModel } from './ablationModel';
import { AblationActions, AblationView } from './AblationView';
import { ablationIcon } from './icons';
import { ABLATION_PANEL_CLASS } from './ids';

/** What the panel's buttons do outside the model: files, the file browser, documents. */
export type PanelFileActions = Pick<AblationActions, 'onExport' | 'onOpenFolder' | 'onOpenNotebook'>;

let panelCount = 0;

export class AblationPanel extends ReactWidget {
  constructor(
    readonly model: AblationModel,
    private readonly files: PanelFileActions,
    private readonly trans: TranslationBundle
  ) {
    super();
    this.id = `repro-ablation-${++panelCount}`;
    this.addClass(ABLATION_PANEL_CLASS);
    this.addClass('jp-ReproAudit-mainArea');
    const name = model.path.split('/').pop() ?? model.path;
    this.title.label = trans.__('Ablation: %1', name);
    this.title.caption = trans.__('Ablation study of %1', model.path);
    this.title.icon = ablationIcon;
    this.title.closable = true;
    // Connected here, not in a React effect, so a change before the first render is not missed.
    model.changed.connect(this.update, this);
  }

  /** Closing the panel mid-run cancels the study, so its kernels are shut down. */
  dispose(): void {
    if (this.isDisposed) {
      return;
    }
    this.model.cancel();
    this.model.changed.disconnect(this.update, this);
    super.dispose();
  }

  render(): JSX.Element {
    const { model, files, trans } = this;
    const actions: AblationActions = {
      ...files,
      onChoices: choices => model.setChoices(choices),
      onRun: () => void model.run(),
      onCancel: () => model.cancel(),
      onReload: () => void model.reload(),
      onBackToSetup: () => model.backToSetup(),
      onShowStored: () => model.showStored()
    };
    return <AblationView state={model.state} kernelName={model.kernelName} settings={model.settings} actions={actions} trans={trans} />;
  }
}
