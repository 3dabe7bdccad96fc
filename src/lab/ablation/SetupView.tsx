/**
 * The study's setup: the toggles found (include or leave out), the metrics (suggested, glued, added;
 * which way is better), combinations and seeds, and the variants Run would start. Text only.
 */
import * as React from 'react';
import type { TranslationBundle } from '@jupyterlab/translation';
import { MetricList } from './MetricList';
import { PlannedVariants } from './PlannedRuns';
import type { NotebookFacts, RunBlocker, SeedsProblem, SetupChoices, StudyPreview } from './setupChoices';
import { ToggleList } from './ToggleList';

export interface SetupViewProps {
  facts: NotebookFacts;
  choices: SetupChoices;
  preview: StudyPreview;
  onChoices: (choices: SetupChoices) => void;
  onRun: () => void;
  onReload?: () => void;
  trans: TranslationBundle;
}

export function seedsProblemText(problem: SeedsProblem, trans: TranslationBundle): string {
  switch (problem.kind) {
    case 'not-integer':
      return trans.__('"%1" is not a whole number. Seeds are integers separated by commas, like 0, 1, 2.', problem.token);
    case 'out-of-range':
      return trans.__('Seed %1 is out of range: seeds go from 0 to 4294967295.', problem.token);
    case 'duplicate':
      return trans.__('Seed %1 is listed twice.', problem.token);
  }
}

function blockerText(blocker: RunBlocker, facts: NotebookFacts, trans: TranslationBundle): string | undefined {
  switch (blocker) {
    case 'unreadable':
      return trans.__('Could not read the notebook: %1', facts.parseError ?? '');
    case 'no-toggle-included':
      return trans.__('Include at least one toggle to compare with the full notebook.');
    case 'no-metric':
      return trans.__('Choose at least one metric to compare.');
    // Said where it happens: the empty toggle list and the seeds field.
    case 'no-toggles':
    case 'bad-seeds':
      return undefined;
  }
}

export function SetupView(props: SetupViewProps): JSX.Element {
  const { facts, choices, preview, onChoices, onRun, onReload, trans } = props;
  const setup = facts.setup;
  const blockers = preview.blockers.map(b => blockerText(b, facts, trans)).filter((t): t is string => !!t);
  const runs = preview.plan?.variants.length ?? 0;
  return (
    <div className="jp-ReproAudit-ablationSetup">
      <section className="jp-ReproAudit-ablationToggles">
        <h3>
          {trans.__('Toggles')}
          {onReload && (
            <button className="jp-mod-styled jp-ReproAudit-ablationReload" onClick={onReload}>
              {trans.__('Refresh')}
            </button>
          )}
        </h3>
        {setup && <ToggleList toggles={setup.toggles} warnings={setup.warnings} choices={choices} onChoices={onChoices} trans={trans} />}
      </section>
      <section className="jp-ReproAudit-ablationMetrics">
        <h3>{trans.__('Metrics')}</h3>
        <MetricList choices={choices} onChoices={onChoices} trans={trans} />
      </section>
      <section className="jp-ReproAudit-ablationOptions">
        <h3>{trans.__('Options')}</h3>
        <label>
          <input type="checkbox" checked={choices.combinations} onChange={e => onChoices({ ...choices, combinations: e.currentTarget.checked })} />
          {trans.__('All combinations (also switch off two or more toggles at once)')}
        </label>
        <label className="jp-ReproAudit-ablationSeeds">
          {trans.__('Seeds')}
          <input
            type="text"
            className="jp-mod-styled"
            placeholder={trans.__('e.g. 0, 1, 2 (empty: one run per variant)')}
            value={choices.seedsText}
            aria-invalid={!!preview.seedsProblem}
            onChange={e => onChoices({ ...choices, seedsText: e.currentTarget.value })}
          />
        </label>
        {preview.seedsProblem && (
          <p className="jp-ReproAudit-ablationInvalid" role="alert">
            {seedsProblemText(preview.seedsProblem, trans)}
          </p>
        )}
      </section>
      <PlannedVariants preview={preview} trans={trans} />
      {blockers.length > 0 && (
        <ul className="jp-ReproAudit-ablationBlockers">
          {blockers.map((b, i) => (
            <li key={i}>{b}</li>
          ))}
        </ul>
      )}
      <button className="jp-mod-styled jp-mod-accept jp-ReproAudit-ablationRun" disabled={!preview.plan || preview.blockers.length > 0} onClick={onRun}>
        {trans.__('Run %1 Variants…', runs)}
      </button>
    </div>
  );
}