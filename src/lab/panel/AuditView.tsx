/** The panel's content for each state of the audit model. Free of Lumino widgets, so it renders in tests. */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import type { AuditReport, Evidence, Finding } from '../../audit/report';
import type { AuditModel, AuditState } from '../auditModel';
import { ReportActions, ReportView } from './ReportView';
import { EmptyView, ProblemView, ProgressView } from './StateViews';

export interface PanelActions {
  /** Audit a folder ('' for the server root). */
  audit(folder: string): void;
  openEvidence(folder: string, evidence: Evidence): void;
  openSettings(): void;
  /** Audit the repository folder of the settings. */
  auditRepository(): void;
  /** The panel became visible. */
  shown?(): void;
  applyFix?: (folder: string, checkId: string, finding: Finding) => void;
  canFix?: (finding: Finding) => boolean;
  fixAll?: (folder: string, checkId: string, findings: Finding[]) => void;
  fixAllLabel?: (findings: Finding[]) => string | undefined;
  /** Audit a folder without changing what the panel shows (the score table of a folder of repositories). */
  auditAside?: (folder: string) => Promise<AuditReport>;
}

export function AuditView(props: { state: AuditState; model: Pick<AuditModel, 'cancel'>; actions: PanelActions; trans: TranslationBundle }): JSX.Element {
  const { state, model, actions, trans } = props;
  if (state.kind === 'empty') {
    return <EmptyView onAudit={() => actions.auditRepository()} trans={trans} />;
  }
  const folder = state.kind === 'done' ? state.result.folder : state.folder;
  const previous = state.kind === 'done' ? state.result : state.previous;
  const reportActions: ReportActions = {
    openEvidence: e => actions.openEvidence(previous?.folder ?? folder, e),
    applyFix: actions.applyFix ? (id, f) => actions.applyFix?.(previous?.folder ?? folder, id, f) : undefined,
    canFix: actions.canFix,
    fixAll: actions.fixAll ? (id, fs) => actions.fixAll?.(previous?.folder ?? folder, id, fs) : undefined,
    fixAllLabel: actions.fixAllLabel,
    reaudit: () => actions.audit(previous?.folder ?? folder),
    openSettings: actions.openSettings,
    repositories: actions.auditAside ? { audit: f => actions.audit(f), auditAside: actions.auditAside } : undefined
  };
  return (
    <>
      {state.kind === 'running' && (
        <ProgressView folder={folder} progress={state.progress} onCancel={() => model.cancel()} trans={trans} />
      )}
      {(state.kind === 'error' || state.kind === 'cancelled') && (
        <ProblemView
          kind={state.kind}
          folder={folder}
          message={state.kind === 'error' ? state.message : undefined}
          onRetry={() => actions.audit(folder)}
          trans={trans}
        />
      )}
      {previous && <ReportView result={previous} actions={reportActions} trans={trans} dimmed={state.kind !== 'done'} />}
    </>
  );
}
