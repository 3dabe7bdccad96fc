/**
 * The results table: full model first, per metric the value (mean ± std over seeds) and its delta
 * from the full model, said better or worse by the metric's direction; failed runs show their error.
 */
import * as React from 'react';
import type { TranslationBundle } from '@jupyterlab/translation';
import { formatNumber, MetricCell, MetricSpec, ResultRow, ResultsTable, Study, StudyVariant } from '../../ablation';

export interface ResultsTableViewProps {
  table: ResultsTable;
  /** The study's runs: their errors and executed copies, by row. */
  study?: Study;
  /** Opens an executed copy (its path relative to the study folder). */
  onOpenNotebook?: (notebookPath: string) => void;
  trans: TranslationBundle;
}

export function valueText(cell: MetricCell | undefined): string {
  if (!cell || cell.mean === undefined) {
    return '—';
  }
  return cell.std === undefined ? formatNumber(cell.mean) : `${formatNumber(cell.mean)} ± ${formatNumber(cell.std)}`;
}

export function verdictOf(cell: MetricCell | undefined): 'better' | 'worse' | 'same' | '' {
  if (!cell || cell.delta === undefined) {
    return '';
  }
  return cell.better === undefined ? 'same' : cell.better ? 'better' : 'worse';
}

function verdictText(verdict: ReturnType<typeof verdictOf>, trans: TranslationBundle): string {
  return { better: trans.__('better'), worse: trans.__('worse'), same: trans.__('same'), '': '' }[verdict];
}

function metricHeader(metric: MetricSpec, trans: TranslationBundle): JSX.Element {
  const better = metric.direction === 'higher' ? trans.__('higher is better') : trans.__('lower is better');
  return (
    <th key={metric.name} data-metric={metric.name} title={better}>
      {metric.name} {metric.direction === 'higher' ? '↑' : '↓'}
    </th>
  );
}

function runProblem(run: StudyVariant, trans: TranslationBundle): string {
  const what = run.errors.length ? run.errors.join('; ') : { error: trans.__('failed'), cancelled: trans.__('cancelled'), skipped: trans.__('not run'), ok: '' }[run.status];
  return run.seed === null ? what : trans.__('seed %1: %2', run.seed, what);
}

function RowView(props: { row: ResultRow; table: ResultsTable; runs: StudyVariant[]; onOpenNotebook?: (path: string) => void; trans: TranslationBundle }): JSX.Element {
  const { row, table, runs, onOpenNotebook, trans } = props;
  const failed = runs.filter(r => r.status !== 'ok');
  const status = row.okRuns === row.runs ? 'ok' : row.okRuns === 0 ? 'error' : 'partial';
  return (
    <tr data-variant-id={row.variantId} data-status={status}>
      <th scope="row" className="jp-ReproAudit-ablationRowLabel">
        <span className="jp-ReproAudit-ablationVariantLabel">{row.label}</span>
        {row.okRuns < row.runs && <span className="jp-ReproAudit-ablationWhere"> {trans.__('(%1 of %2 runs ok)', row.okRuns, row.runs)}</span>}
        {failed.map(run => (
          <div key={run.id} className="jp-ReproAudit-ablationError">
            {runProblem(run, trans)}
          </div>
        ))}
      </th>
      {table.metrics.map(m => {
        const cell = row.cells[m.name];
        const verdict = verdictOf(cell);
        return (
          <React.Fragment key={m.name}>
            <td className="jp-ReproAudit-ablationValue" data-metric={m.name}>
              {valueText(cell)}
            </td>
            <td className="jp-ReproAudit-ablationDelta" data-metric={m.name} data-verdict={verdict}>
              {cell?.delta !== undefined && <span className="jp-ReproAudit-ablationDeltaNumber">{formatNumber(cell.delta, true)}</span>}
              {verdict && verdict !== 'same' && <span className="jp-ReproAudit-ablationVerdict"> {verdictText(verdict, trans)}</span>}
            </td>
          </React.Fragment>
        );
      })}
      {onOpenNotebook && (
        <td className="jp-ReproAudit-ablationCopies">
          {runs
            .filter(r => r.notebookPath)
            .map(r => (
              <button
                key={r.id}
                className="jp-mod-styled jp-ReproAudit-ablationOpenCopy"
                title={trans.__('Open the executed copy %1', r.notebookPath)}
                onClick={() => onOpenNotebook(r.notebookPath)}
              >
                {r.seed === null ? trans.__('Open') : trans.__('seed %1', r.seed)}
                {r.reusedFrom ? ` ${trans.__('(reused)')}` : ''}
              </button>
            ))}
        </td>
      )}
    </tr>
  );
}

export function ResultsTableView(props: ResultsTableViewProps): JSX.Element {
  const { table, study, onOpenNotebook, trans } = props;
  if (!table.rows.length) {
    return <p className="jp-ReproAudit-ablationEmpty">{trans.__('No variant finished, so there is nothing to compare.')}</p>;
  }
  // The box scrolls sideways on its own, so a wide table never widens the panel beside a notebook.
  return (
    <div className="jp-ReproAudit-ablationTableBox" role="region" aria-label={trans.__('Results table')} tabIndex={0}>
      <table className="jp-ReproAudit-ablationTable">
        <thead>
          <tr>
            <th>{trans.__('Variant')}</th>
            {table.metrics.map(m => (
              <React.Fragment key={m.name}>
                {metricHeader(m, trans)}
                <th data-metric={m.name}>{trans.__('Δ %1', m.name)}</th>
              </React.Fragment>
            ))}
            {onOpenNotebook && <th>{trans.__('Executed copy')}</th>}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(row => (
            <RowView
              key={row.variantId}
              row={row}
              table={table}
              runs={study?.variants.filter(v => v.baseId === row.variantId) ?? []}
              onOpenNotebook={onOpenNotebook}
              trans={trans}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
