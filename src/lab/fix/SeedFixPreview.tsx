/**
 * The preview shown before a seed fix is applied: per file, what changes and the diff as plain
 * text, then the advice that is not code (PYTHONHASHSEED). Repo content is only ever a React text
 * child, so nothing from the repo is parsed as HTML.
 */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import { diffLineRoles } from './diffLines';

export interface FilePreview {
  /** Server path. */
  path: string;
  /** The plan's status when there is nothing to apply ('up-to-date', 'already-seeded', ...). */
  status: string;
  diff: string;
  changes: string[];
  reason?: string;
}

export function statusText(status: string, trans: TranslationBundle): string {
  switch (status) {
    case 'up-to-date':
      return trans.__('already fixed: the seed code is there and current');
    case 'already-seeded':
      return trans.__('already seeds everything it uses');
    case 'nothing-to-seed':
      return trans.__('uses no random numbers');
    case 'nothing-to-fix':
      return trans.__('nothing to fix');
    case 'unsupported':
      return trans.__('cannot be fixed here');
    case 'not-needed':
      return trans.__('scores no model, or already scores a baseline');
    case 'no-fix':
      return trans.__('no baseline cell can be written');
    default:
      return status;
  }
}

export function DiffText(props: { diff: string }): JSX.Element {
  return (
    <pre className="jp-ReproAudit-diff">
      {diffLineRoles(props.diff).map((line, i) => (
        <span key={i} className={`jp-ReproAudit-diffLine jp-ReproAudit-diff-${line.role}`}>
          {line.text + '\n'}
        </span>
      ))}
    </pre>
  );
}

export function SeedFixPreview(props: { files: FilePreview[]; notes: string[]; trans: TranslationBundle }): JSX.Element {
  const { files, notes, trans } = props;
  return (
    <div className="jp-ReproAudit-fixPreview">
      {files.map(file => (
        <section key={file.path} className="jp-ReproAudit-fixFile" data-path={file.path} data-status={file.status}>
          <h3 className="jp-ReproAudit-fixPath">{file.path}</h3>
          {file.status === 'changes' ? (
            <>
              <ul className="jp-ReproAudit-fixChanges">
                {file.changes.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
              <DiffText diff={file.diff} />
            </>
          ) : (
            <p className="jp-ReproAudit-muted">
              {statusText(file.status, trans)}
              {file.reason ? `: ${file.reason}` : ''}
            </p>
          )}
        </section>
      ))}
      {notes.length > 0 && (
        <div className="jp-ReproAudit-fixNotes" role="note">
          <strong>{trans.__('Also:')}</strong>
          <ul>
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
