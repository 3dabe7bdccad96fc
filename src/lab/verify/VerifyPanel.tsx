/** The main-area widget showing one verification, re-rendered on each of its state changes. */
import * as React from 'react';
import { ReactWidget } from '@jupyterlab/ui-components';
import type { TranslationBundle } from '@jupyterlab/translation';
import { VERIFY_PANEL_CLASS } from './ids';
import type { Verification } from './verification';
import { VerifyView } from './VerifyView';

let panelCount = 0;

export class VerifyPanel extends ReactWidget {
  constructor(
    readonly verification: Verification,
    private readonly trans: TranslationBundle
  ) {
    super();
    this.id = `repro-verify-${++panelCount}`;
    this.addClass(VERIFY_PANEL_CLASS);
    this.addClass('jp-ReproAudit-mainArea');
    const name = verification.notebook.path.split('/').pop() ?? verification.notebook.path;
    this.title.label = trans.__('Verify: %1', name);
    this.title.caption = trans.__('Reproducibility check of %1', verification.notebook.path);
    this.title.closable = true;
    // Connected here, not in a React effect, so a state change before the first render is not missed.
    verification.changed.connect(this.update, this);
  }

  /** Closing the panel mid-run cancels the run, so its kernels are shut down. */
  dispose(): void {
    if (this.verification.state.phase === 'running') {
      this.verification.cancel();
    }
    this.verification.changed.disconnect(this.update, this);
    super.dispose();
  }

  render(): JSX.Element {
    const { verification, trans } = this;
    return (
      <VerifyView
        path={verification.notebook.path}
        kernelName={verification.kernelName}
        sources={verification.sources}
        cellIndices={verification.cellIndices}
        state={verification.state}
        onCancel={() => verification.cancel()}
        trans={trans}
      />
    );
  }
}
