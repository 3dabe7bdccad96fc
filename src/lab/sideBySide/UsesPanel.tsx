/** The sidebar widget of "What this notebook uses": re-renders whenever its model changes. */
import type { TranslationBundle } from '@jupyterlab/translation';
import { ReactWidget, UseSignal } from '@jupyterlab/ui-components';
import type { Message } from '@lumino/messaging';
import * as React from 'react';
import { USES_PANEL_ID } from './ids';
import { sourcesIcon } from './icons';
import type { UsesModel } from './usesModel';
import { UsesActions, UsesView } from './UsesView';

export class UsesPanel extends ReactWidget {
  constructor(
    private readonly model: UsesModel,
    private readonly actions: UsesActions & { shown(): void },
    private readonly trans: TranslationBundle
  ) {
    super();
    this.id = USES_PANEL_ID;
    this.addClass('jp-ReproAudit-usesPanel');
    this.title.icon = sourcesIcon;
    this.title.caption = trans.__('What this notebook uses');
  }

  protected onAfterShow(msg: Message): void {
    super.onAfterShow(msg);
    this.actions.shown();
  }

  protected render(): JSX.Element {
    return (
      <UseSignal signal={this.model.stateChanged} initialArgs={this.model.state}>
        {(_, state) => <UsesView state={state ?? this.model.state} actions={this.actions} trans={this.trans} />}
      </UseSignal>
    );
  }
}
