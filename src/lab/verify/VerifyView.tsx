/**
 * The verification's result: progress and Cancel while running, then a summary and each code cell as
 * same / different / error, the differing texts side by side. Text only; --jp-* CSS variables.
 */
import * as React from 'react';
import type { TranslationBundle } from '@jupyterlab/translation';
import type { CellComparison } from '../../verify/compare';
import { cellNumber } from '../../audit/notebook/cellLabel';
import type { VerificationState } from './verification';

export interface VerifyViewProps {
  path: string;
  kernelName: string;
  sources: readonly string[];
  /** Each code cell's index among all the notebook's cells: labels count all cells (cellLabel.ts). */
  cellIndices?: readonly number[];
  state: VerificationState;
  onCancel: () => void;
  trans: TranslationBundle;
}

function firstLine(source: string): string {
  const line = source.split('\n').find(l => l.trim() !== '') ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function summary(state: VerificationState, trans: TranslationBundle): string {
  const c = state.comparison;
  if (state.phase === 'failed') {
    return trans.__('Could not verify: %1', state.message ?? '');
  }
  if (state.phase === 'cancelled') {
    return trans.__('Cancelled: the kernels were shut down.');
  }
  if (!c) {
    return '';
  }
  const total = c.cells.length;
  if (c.verdict === 'same') {
    return trans.__('Same: all %1 code cells gave the same output in both runs.', total);
  }
  if (c.verdict === 'different') {
    return trans.__('Different: %1 of %2 code cells gave different output in the two runs.', c.different, total);
  }
  return trans.__('Error: the runs did not complete, so reproducibility is not proven.');
}

function CellRow(props: { cell: CellComparison; notebookIndex: number; source: string; trans: TranslationBundle }): JSX.Element {
  const { cell, notebookIndex, source, trans } = props;
  const label = { same: trans.__('same'), different: trans.__('different'), error: trans.__('error') }[cell.verdict];
  return (
    <li className="jp-ReproVerify-cell" data-verdict={cell.verdict} data-cell={cell.index}>
      <div className="jp-ReproVerify-cellHeader">
        <span className="jp-ReproVerify-badge">{label}</span>
        <span className="jp-ReproVerify-cellName">{trans.__('Cell %1', cellNumber(notebookIndex))}</span>
        <code className="jp-ReproVerify-code">{firstLine(source)}</code>
      </div>
      {cell.verdict === 'different' && (
        <div className="jp-ReproVerify-diff">
          <div>
            <div className="jp-ReproVerify-runLabel">{trans.__('Run 1')}</div>
            <pre className="jp-ReproVerify-first">{cell.first}</pre>
          </div>
          <div>
            <div className="jp-ReproVerify-runLabel">{trans.__('Run 2')}</div>
            <pre className="jp-ReproVerify-second">{cell.second}</pre>
          </div>
        </div>
      )}
      {cell.verdict === 'error' && <div className="jp-ReproVerify-cellMessage">{cell.message}</div>}
    </li>
  );
}

export function VerifyView(props: VerifyViewProps): JSX.Element {
  const { path, kernelName, sources, state, onCancel, trans } = props;
  const notebookIndex = (codeIndex: number): number => props.cellIndices?.[codeIndex] ?? codeIndex;
  const running = state.phase === 'running';
  return (
    <div className="jp-ReproVerify-body" data-phase={state.phase} data-verdict={state.comparison?.verdict ?? ''}>
      <h2 className="jp-ReproVerify-title">{trans.__('Verify reproducibility: %1', path)}</h2>
      <p className="jp-ReproVerify-about">
        {trans.__('Ran top to bottom twice, each time in a fresh "%1" kernel in the notebook\'s folder.', kernelName)}
      </p>
      {running && (
        <div className="jp-ReproVerify-progress" role="status">
          <span>
            {state.cell >= state.totalCells
              ? trans.__('Run %1 of 2: finishing…', state.run)
              : trans.__(
                  'Run %1 of 2: cell %2 (code cell %3 of %4)…',
                  state.run,
                  cellNumber(notebookIndex(state.cell)),
                  state.cell + 1,
                  state.totalCells
                )}
          </span>
          <button className="jp-mod-styled jp-mod-warn jp-ReproVerify-cancel" onClick={onCancel}>
            {trans.__('Cancel')}
          </button>
        </div>
      )}
      {!running && (
        <p className="jp-ReproVerify-summary" data-verdict={state.comparison?.verdict ?? state.phase}>
          {summary(state, trans)}
        </p>
      )}
      {!running && state.message && state.phase === 'done' && <p className="jp-ReproVerify-message">{state.message}</p>}
      {state.comparison && (
        <ol className="jp-ReproVerify-cells">
          {state.comparison.cells.map(cell => (
            <CellRow
              key={cell.index}
              cell={cell}
              notebookIndex={notebookIndex(cell.index)}
              source={sources[cell.index] ?? ''}
              trans={trans}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
