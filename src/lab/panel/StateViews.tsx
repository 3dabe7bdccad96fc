/** The panel when there is no report to show: nothing audited yet, an audit running, an error, a cancel. */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import type { AuditProgressInfo } from '../auditModel';
import { folderLabel } from '../serverPath';
import { auditIcon } from '../icons';

export function EmptyView(props: { onAudit: () => void; trans: TranslationBundle }): JSX.Element {
  const { trans } = props;
  return (
    <div className="jp-ReproAudit-empty">
      <auditIcon.react tag="div" className="jp-ReproAudit-emptyIcon" width="48px" height="48px" />
      <h3>{trans.__('How reproducible is this repository?')}</h3>
      <p>
        {trans.__(
          'The audit checks dependencies and pins, Binder files, models, docs, hardware notes, random seeds, notebook hygiene, data and tests, and scores them out of 100.'
        )}
      </p>
      <button type="button" className="jp-mod-styled jp-mod-accept jp-ReproAudit-start" onClick={props.onAudit}>
        {trans.__('Audit repository')}
      </button>
      <p className="jp-ReproAudit-muted">
        {trans.__('To audit one folder, right-click it in the file browser and choose "Audit this folder".')}
      </p>
    </div>
  );
}

export function ProgressView(props: {
  folder: string;
  progress: AuditProgressInfo;
  onCancel: () => void;
  trans: TranslationBundle;
}): JSX.Element {
  const { progress, trans } = props;
  const determinate = progress.phase === 'check' && progress.checksTotal > 0;
  return (
    <div className="jp-ReproAudit-progress" role="status" aria-live="polite">
      <div className="jp-ReproAudit-progressTitle">
        {trans.__('Auditing')} <code>{folderLabel(props.folder)}</code>…
      </div>
      {determinate ? (
        <progress max={progress.checksTotal} value={progress.checksDone} />
      ) : (
        <progress />
      )}
      <div className="jp-ReproAudit-progressCounts">
        {progress.phase === 'walk'
          ? trans._n('%1 file found', '%1 files found', progress.filesSeen)
          : trans.__(
              '%1 files found, %2 read; %3 of %4 checks done',
              progress.filesSeen,
              progress.filesRead,
              progress.checksDone,
              progress.checksTotal
            )}
      </div>
      <button type="button" className="jp-mod-styled jp-mod-reject jp-ReproAudit-cancel" onClick={props.onCancel}>
        {trans.__('Cancel')}
      </button>
    </div>
  );
}

export function ProblemView(props: {
  kind: 'error' | 'cancelled';
  folder: string;
  message?: string;
  onRetry: () => void;
  trans: TranslationBundle;
}): JSX.Element {
  const { trans } = props;
  return (
    <div className={`jp-ReproAudit-notice jp-ReproAudit-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      <strong>
        {props.kind === 'error'
          ? trans.__('The audit of %1 failed.', folderLabel(props.folder))
          : trans.__('The audit of %1 was cancelled.', folderLabel(props.folder))}
      </strong>
      {props.message && <pre className="jp-ReproAudit-errorMessage">{props.message}</pre>}
      <button type="button" className="jp-mod-styled jp-ReproAudit-retry" onClick={props.onRetry}>
        {trans.__('Audit again')}
      </button>
    </div>
  );
}
