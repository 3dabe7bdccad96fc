/** A finished audit: header (folder, time), score, notices (limits, hidden files), checklist, warnings. */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import type { AuditDone } from '../auditModel';
import { folderLabel } from '../serverPath';
import { CheckItem, FindingActions, FindingItem } from './CheckItem';
import { limitLabel } from './labels';
import { RepositoriesActions, RepositoriesView } from './RepositoriesView';
import { ScoreView } from './ScoreView';

export interface ReportActions extends FindingActions {
  reaudit(): void;
  openSettings(): void;
  /** For a folder of repositories: open one's audit, or audit it aside for the table. */
  repositories?: RepositoriesActions;
}

export function ReportHeader(props: {
  folder: string;
  when?: Date;
  files?: number;
  reader?: AuditDone['reader'];
  engine?: AuditDone['engine'];
  workerProblem?: string;
  trans: TranslationBundle;
}): JSX.Element {
  const { trans } = props;
  return (
    <div className="jp-ReproAudit-header">
      <div className="jp-ReproAudit-folder" title={trans.__('Audited folder')}>
        {trans.__('Folder:')} <code className="jp-ReproAudit-folderPath">{folderLabel(props.folder)}</code>
      </div>
      {props.when && (
        <div className="jp-ReproAudit-when">
          {trans.__('Audited at %1', props.when.toLocaleTimeString())}
          {props.files !== undefined && ` · ${trans._n('%1 file', '%1 files', props.files)}`}
        </div>
      )}
      {props.reader && (
        <div className="jp-ReproAudit-reader" data-reader={props.reader}>
          {props.reader === 'server'
            ? trans.__("Read by the server's repo reader (jupyterlab_repro_audit's server extension)")
            : trans.__('Read through the Contents API')}
        </div>
      )}
      {(props.engine === 'worker' || props.workerProblem) && (
        <div className="jp-ReproAudit-engine" data-engine={props.engine}>
          {props.engine === 'worker'
            ? trans.__('Checked in a background worker')
            : trans.__('Checked on the page: the browser refused a background worker (%1)', props.workerProblem ?? '')}
        </div>
      )}
    </div>
  );
}

export function HiddenFilesNote(props: { trans: TranslationBundle }): JSX.Element {
  const { trans } = props;
  return (
    <details className="jp-ReproAudit-notice jp-ReproAudit-hiddenNote" role="note">
      <summary>
        <strong>{trans.__('Dot-files are not visible.')}</strong>
      </summary>
      {trans.__('Items that look for .binder/, .gitattributes or .dvc/ may miss them, and a .repro-audit.toml config is not read (repro-audit.toml or pyproject.toml is).')}{' '}
      {trans.__('Jupyter Server hides dot-files by default. To lift this, start it with')}{' '}
      <code>--ContentsManager.allow_hidden=True</code>{' '}
      {trans.__('(or set c.ContentsManager.allow_hidden = True in jupyter_server_config.py), install the jupyterlab_repro_audit Python package into the environment Jupyter Server runs in (its server extension reads them), or run the repro-audit CLI.')}
    </details>
  );
}

/** A folder with no file to audit has nothing to score: a failing grade there would blame what is not there. */
function NothingToAuditView(props: { result: AuditDone; actions: ReportActions; trans: TranslationBundle; dimmed?: boolean }): JSX.Element {
  const { result, actions, trans } = props;
  return (
    <div className={`jp-ReproAudit-report${props.dimmed ? ' jp-mod-dimmed' : ''}`}>
      <ReportHeader folder={result.folder} when={result.finishedAt} files={0} reader={result.reader} trans={trans} />
      <div className="jp-ReproAudit-notice jp-ReproAudit-nothingToAudit" role="status">
        <strong>{trans.__('Nothing to audit.')}</strong>{' '}
        {trans.__('%1 holds no files (after the ignore rules), so it has no score.', folderLabel(result.folder))}
      </div>
      {!result.hiddenFilesVisible && <HiddenFilesNote trans={trans} />}
      <div className="jp-ReproAudit-toolbar">
        <button type="button" className="jp-mod-styled jp-ReproAudit-reaudit" onClick={actions.reaudit}>
          {trans.__('Audit again')}
        </button>
      </div>
    </div>
  );
}

export function ReportView(props: {
  result: AuditDone;
  actions: ReportActions;
  trans: TranslationBundle;
  dimmed?: boolean;
}): JSX.Element {
  const { result, actions, trans } = props;
  const { report } = result;
  const [showWarnings, setShowWarnings] = React.useState(false);
  if (report.stats.files === 0) {
    return <NothingToAuditView result={result} actions={actions} trans={trans} dimmed={props.dimmed} />;
  }
  return (
    <div className={`jp-ReproAudit-report${props.dimmed ? ' jp-mod-dimmed' : ''}`}>
      <ReportHeader
        folder={result.folder}
        when={result.finishedAt}
        files={report.stats.files}
        reader={result.reader}
        engine={result.engine}
        workerProblem={result.workerProblem}
        trans={trans}
      />
      {report.repositories && actions.repositories && (
        <RepositoriesView
          key={`${result.folder}@${result.finishedAt.getTime()}`}
          folder={result.folder}
          repositories={report.repositories}
          actions={actions.repositories}
          trans={trans}
        />
      )}
      <ScoreView score={report.score} trans={trans} />
      <div className="jp-ReproAudit-toolbar">
        <button type="button" className="jp-mod-styled jp-ReproAudit-reaudit" onClick={actions.reaudit}>
          {trans.__('Audit again')}
        </button>
      </div>
      {report.stats.limitsHit.length > 0 && (
        <div className="jp-ReproAudit-notice jp-ReproAudit-limits" role="note">
          <strong>{trans.__('Limits hit.')}</strong>
          <ul>
            {report.stats.limitsHit.map(l => (
              <li key={l}>{limitLabel(l, trans)}</li>
            ))}
          </ul>
          <button type="button" className="jp-ReproAudit-linkButton" onClick={actions.openSettings}>
            {trans.__('Raise the limits in Settings')}
          </button>
        </div>
      )}
      {!result.hiddenFilesVisible && <HiddenFilesNote trans={trans} />}
      <ul className="jp-ReproAudit-checks" aria-label={trans.__('Checklist')}>
        {report.checks.map(c => (
          <CheckItem
            key={c.id}
            check={c}
            actions={actions}
            trans={trans}
            verifications={c.id === 'seeds' ? result.verifications : undefined}
          />
        ))}
      </ul>
      {report.warnings.length > 0 && (
        <div className="jp-ReproAudit-warnings">
          <button
            type="button"
            className="jp-ReproAudit-checkHeader"
            aria-expanded={showWarnings}
            onClick={() => setShowWarnings(!showWarnings)}
          >
            <span className="jp-ReproAudit-caret" aria-hidden="true">
              {showWarnings ? '▾' : '▸'}
            </span>
            {trans._n('%1 problem while reading the folder', '%1 problems while reading the folder', report.warnings.length)}
          </button>
          {showWarnings && (
            <ul className="jp-ReproAudit-findings">
              {report.warnings.map((w, i) => (
                <FindingItem key={i} checkId="warnings" finding={w} actions={actions} trans={trans} />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
