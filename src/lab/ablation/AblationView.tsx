/**
 * The ablation panel's content for each phase: the setup (with the latest stored study), the
 * progress with Cancel, then the results (table, chart, exports) of a run or of a stored study.
 * Every phase says something: never a blank panel, even when the notebook is gone.
 */
import * as React from 'react';
import type { TranslationBundle } from '@jupyterlab/translation';
import type { AblationState } from './ablationModel';
import { ProgressView } from './ProgressView';
import { ResultsChart } from './ResultsChart';
import { ResultsTableView } from './ResultsTableView';
import type { AblationSettings } from './settings';
import { previewStudy, SetupChoices } from './setupChoices';
import { SetupView } from './SetupView';
import { StoredStudiesView } from './StoredStudiesView';

export interface AblationActions {
  onChoices: (choices: SetupChoices) => void;
  onRun: () => void;
  onCancel: () => void;
  onReload?: () => void;
  onBackToSetup: () => void;
  /** Shows the latest stored study's results (read from study.json). */
  onShowStored?: () => void;
  onExport: (format: 'markdown' | 'csv') => void;
  onOpenFolder: () => void;
  /** Opens an executed copy (path relative to the study folder). */
  onOpenNotebook: (notebookPath: string) => void;
}

export interface AblationViewProps {
  state: AblationState;
  kernelName: string;
  settings: AblationSettings;
  actions: AblationActions;
  trans: TranslationBundle;
}

function Results(props: AblationViewProps): JSX.Element | null {
  const { state, actions, trans } = props;
  const result = state.result;
  if (!result) {
    return null;
  }
  const runs = result.study.variants;
  const ok = runs.filter(v => v.status === 'ok').length;
  const reused = runs.filter(v => v.reusedFrom).length;
  return (
    <section className="jp-ReproAudit-ablationResults">
      <h3>{trans.__('Results')}</h3>
      {state.resultOrigin === 'stored' && (
        <p className="jp-ReproAudit-ablationStoredOrigin">
          {trans.__('Read from the stored study.json of run %1: nothing was run.', result.folder.split('/').pop() ?? result.folder)}
        </p>
      )}
      <p className="jp-ReproAudit-ablationSummary" data-ok={ok} data-runs={runs.length}>
        {reused
          ? trans.__('%1 of %2 runs ok (%3 reused from an earlier study of the same code). Stored in %4.', ok, runs.length, reused, result.folder)
          : trans.__('%1 of %2 runs ok. Stored in %3.', ok, runs.length, result.folder)}
      </p>
      {result.notes.length > 0 && (
        <ul className="jp-ReproAudit-ablationNotes">
          {result.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      <ResultsTableView table={result.table} study={result.study} onOpenNotebook={actions.onOpenNotebook} trans={trans} />
      <ResultsChart table={result.table} trans={trans} />
      <div className="jp-ReproAudit-ablationButtons">
        <button className="jp-mod-styled jp-ReproAudit-ablationExportMarkdown" onClick={() => actions.onExport('markdown')}>
          {trans.__('Export Markdown')}
        </button>
        <button className="jp-mod-styled jp-ReproAudit-ablationExportCsv" onClick={() => actions.onExport('csv')}>
          {trans.__('Export CSV')}
        </button>
        <button className="jp-mod-styled jp-ReproAudit-ablationOpenFolder" onClick={actions.onOpenFolder}>
          {trans.__('Open Study Folder')}
        </button>
      </div>
    </section>
  );
}

function PhaseMessage(props: { state: AblationState; trans: TranslationBundle }): JSX.Element | null {
  const { state, trans } = props;
  if (state.phase === 'cancelled') {
    return <p className="jp-ReproAudit-ablationSummary">{trans.__('Cancelled: the kernels were shut down.')}</p>;
  }
  if (state.phase === 'failed') {
    return <p className="jp-ReproAudit-ablationFailure">{trans.__('The study could not run: %1', state.message ?? '')}</p>;
  }
  return null;
}

/** A restored (or stale) panel whose notebook was moved, renamed or deleted: said plainly. */
function MissingNotebook(props: { path: string; onReload?: () => void; trans: TranslationBundle }): JSX.Element {
  const { path, onReload, trans } = props;
  return (
    <div className="jp-ReproAudit-ablationMissing" role="alert">
      <p>
        {trans.__(
          'The notebook %1 is not there any more: it was moved, renamed or deleted. Open the ablation study again from the notebook where it is now, or close this panel.',
          path
        )}
      </p>
      {onReload && (
        <button className="jp-mod-styled jp-ReproAudit-ablationReload" onClick={onReload}>
          {trans.__('Look Again')}
        </button>
      )}
    </div>
  );
}

export function AblationView(props: AblationViewProps): JSX.Element {
  const { state, kernelName, settings, actions, trans } = props;
  const { phase, facts } = state;
  const finished = phase === 'done' || phase === 'failed' || phase === 'cancelled';
  return (
    <div className="jp-ReproAudit-ablationBody" data-phase={phase}>
      <h2 className="jp-ReproAudit-ablationTitle">{trans.__('Ablation study: %1', facts.path)}</h2>
      <p className="jp-ReproAudit-ablationAbout">
        {trans.__(
          'Each variant runs top to bottom in a fresh "%1" kernel in the notebook\'s folder, %2 at a time; cells may run for up to %3 s.',
          kernelName,
          settings.concurrency,
          settings.cellTimeoutSeconds
        )}
      </p>
      {phase === 'setup' && facts.missing && <MissingNotebook path={facts.path} onReload={actions.onReload} trans={trans} />}
      {phase === 'setup' && (
        <StoredStudiesView lookup={state.stored} facts={facts} onShow={() => actions.onShowStored?.()} trans={trans} />
      )}
      {phase === 'setup' && !facts.missing && (
        <SetupView
          facts={facts}
          choices={state.choices}
          preview={previewStudy(facts, state.choices, settings)}
          onChoices={actions.onChoices}
          onRun={actions.onRun}
          onReload={actions.onReload}
          trans={trans}
        />
      )}
      <PhaseMessage state={state} trans={trans} />
      {(phase === 'running' || ((phase === 'cancelled' || phase === 'failed') && state.progress.length > 0)) && (
        <ProgressView progress={state.progress} running={phase === 'running'} onCancel={actions.onCancel} trans={trans} />
      )}
      {finished && <Results {...props} />}
      {finished && (
        <button className="jp-mod-styled jp-ReproAudit-ablationBack" onClick={actions.onBackToSetup}>
          {state.resultOrigin === 'stored' ? trans.__('Back to Setup') : trans.__('Change Setup and Run Again')}
        </button>
      )}
    </div>
  );
}
