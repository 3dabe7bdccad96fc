/**
 * A folder holding several repositories (each with its own README, dependency file or .git) is
 * scored as one repo only by mistake: say so, offer to audit each, and show their scores in a table
 * whose rows open that repo's own audit.
 */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import { gradeOf } from '../../audit/report';
import type { AuditReport } from '../../audit/report';
import { folderLabel, serverPathOf } from '../serverPath';

export interface RepositoriesActions {
  /** Open a folder's own audit in the panel. */
  audit(folder: string): void;
  /** Audit a folder without changing what the panel shows. */
  auditAside(folder: string): Promise<AuditReport>;
}

interface Row {
  score?: number;
  nothing?: boolean;
  error?: string;
}

export function RepositoriesView(props: {
  folder: string;
  repositories: string[];
  actions: RepositoriesActions;
  trans: TranslationBundle;
}): JSX.Element {
  const { folder, repositories, actions, trans } = props;
  const [rows, setRows] = React.useState<Record<string, Row> | undefined>(undefined);
  const auditEach = async () => {
    const done: Record<string, Row> = {};
    setRows({});
    // One at a time: each audit already keeps the server busy with its own requests.
    for (const repo of repositories) {
      try {
        const report = await actions.auditAside(serverPathOf(folder, repo));
        done[repo] = report.stats.files === 0 ? { nothing: true } : { score: report.score };
      } catch (err) {
        done[repo] = { error: err instanceof Error ? err.message : String(err) };
      }
      setRows({ ...done });
    }
  };
  const cell = (repo: string): string => {
    const row = rows?.[repo];
    if (!row) {
      return rows ? trans.__('auditing…') : '';
    }
    if (row.error) {
      return trans.__('could not be audited');
    }
    if (row.nothing) {
      return trans.__('nothing to audit');
    }
    return trans.__('%1/100, grade %2', row.score, gradeOf(row.score!));
  };
  return (
    <div className="jp-ReproAudit-notice jp-ReproAudit-repositories" role="note">
      <strong>{trans._n('This folder holds %1 repository.', 'This folder holds %1 repositories.', repositories.length)}</strong>{' '}
      {trans.__(
        'Each has its own README, dependency file or .git, and the folder has none: the score below treats them as one repo. Audit each on its own?'
      )}
      {rows === undefined && (
        <div>
          <button type="button" className="jp-mod-styled jp-mod-accept jp-ReproAudit-auditEach" onClick={() => void auditEach()}>
            {trans.__('Audit Each Repository')}
          </button>
        </div>
      )}
      <table className="jp-ReproAudit-repositoriesTable">
        <thead>
          <tr>
            <th scope="col">{trans.__('Repository')}</th>
            <th scope="col">{trans.__('Score')}</th>
          </tr>
        </thead>
        <tbody>
          {repositories.map(repo => (
            <tr key={repo} data-repository={repo} data-score={rows?.[repo]?.score}>
              <td>
                <button
                  type="button"
                  className="jp-ReproAudit-linkButton jp-ReproAudit-openRepository"
                  title={trans.__('Audit %1 on its own', folderLabel(serverPathOf(folder, repo)))}
                  onClick={() => actions.audit(serverPathOf(folder, repo))}
                >
                  {repo}
                </button>
              </td>
              <td className="jp-ReproAudit-repositoryScore" title={rows?.[repo]?.error}>
                {cell(repo)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
