/** The sidebar panel: a ReactWidget that re-renders whenever the audit model's state changes. */
import type { TranslationBundle } from '@jupyterlab/translation';
import { ReactWidget, UseSignal } from '@jupyterlab/ui-components';
import type { Message } from '@lumino/messaging';
import * as React from 'react';
import type { AuditModel } from '../auditModel';
import { auditIcon } from '../icons';
import { PANEL_ID } from '../../tokens';
import { AuditView, PanelActions } from './AuditView';

export type { PanelActions } from './AuditView';

export class AuditPanel extends ReactWidget {
  constructor(
    private readonly model: AuditModel,
    private readonly actions: PanelActions,
    private readonly trans: TranslationBundle
  ) {
    super();
    this.id = PANEL_ID;
    this.addClass('jp-ReproAudit');
    this.title.icon = auditIcon;
    this.title.caption = trans.__('Reproducibility audit');
  }

  protected onAfterShow(msg: Message): void {
    super.onAfterShow(msg);
    this.actions.shown?.();
  }

  protected render(): JSX.Element {
    return (
      <UseSignal signal={this.model.stateChanged} initialArgs={this.model.state}>
        {(_, state) => (
          <AuditView state={state ?? this.model.state} model={this.model} actions={this.actions} trans={this.trans} />
        )}
      </UseSignal>
    );
  }
}
