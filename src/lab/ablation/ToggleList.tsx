/** The setup's toggle list: each toggle with its label, name and where it is; the setup's warnings; the empty state. */
import * as React from 'react';
import type { TranslationBundle } from '@jupyterlab/translation';
import type { SetupWarning, Toggle } from '../../ablation';
import { cellNumber } from '../../audit/notebook/cellLabel';
import { isPlannable, SetupChoices, withToggleIncluded } from './setupChoices';
import { cellList } from './PlannedRuns';

function toggleWhere(toggle: Toggle, trans: TranslationBundle): string {
  const parts: string[] = [];
  if (toggle.parameter) {
    parts.push(trans.__('parameters cell, line %1', toggle.parameter.line));
  }
  if (toggle.componentCells.length) {
    parts.push(trans.__('cells tagged ablation:%1: %2', toggle.name, cellList(toggle.componentCells)));
  }
  if (toggle.offOnlyCells.length) {
    parts.push(trans.__('stand-in cells (ablation-off:%1): %2', toggle.name, cellList(toggle.offOnlyCells)));
  }
  return parts.join('; ');
}

function warningText(warning: SetupWarning, trans: TranslationBundle): string {
  if (warning.cell !== undefined && warning.line !== undefined) {
    return trans.__('%1 (cell %2, line %3)', warning.message, cellNumber(warning.cell), warning.line);
  }
  return warning.cell !== undefined ? trans.__('%1 (cell %2)', warning.message, cellNumber(warning.cell)) : warning.message;
}

function EmptyToggles(props: { trans: TranslationBundle }): JSX.Element {
  const { trans } = props;
  return (
    <div className="jp-ReproAudit-ablationEmpty" data-empty="toggles">
      <p>{trans.__('No ablation toggles in this notebook yet. A study runs the notebook once as written and once with each toggle switched off. To add one:')}</p>
      <ul>
        <li>
          {trans.__(
            '"Add Ablation Toggle…" (command palette or a cell\'s context menu) adds a line like STANDARDIZE = True  # scale features to the cell tagged parameters; use the name in your code.'
          )}
        </li>
        <li>
          {trans.__(
            '"Tag Cell as Ablation Component…" tags the selected cell ablation:<name>; that cell is skipped in the variant without <name>.'
          )}
        </li>
      </ul>
      <p>{trans.__('Then press Refresh.')}</p>
    </div>
  );
}

function ToggleRow(props: { toggle: Toggle; included: boolean; onChange: (included: boolean) => void; trans: TranslationBundle }): JSX.Element {
  const { toggle, included, onChange, trans } = props;
  const plannable = isPlannable(toggle);
  return (
    <li className="jp-ReproAudit-ablationToggle" data-toggle={toggle.name} data-included={String(plannable && included)}>
      <label>
        <input type="checkbox" checked={plannable && included} disabled={!plannable} onChange={e => onChange(e.currentTarget.checked)} />
        <span className="jp-ReproAudit-ablationToggleLabel">{toggle.label}</span>
        {toggle.label !== toggle.name && <code className="jp-ReproAudit-ablationToggleName">{toggle.name}</code>}
      </label>
      <span className="jp-ReproAudit-ablationWhere">{toggleWhere(toggle, trans)}</span>
    </li>
  );
}

export function ToggleList(props: {
  toggles: readonly Toggle[];
  warnings: readonly SetupWarning[];
  choices: SetupChoices;
  onChoices: (choices: SetupChoices) => void;
  trans: TranslationBundle;
}): JSX.Element {
  const { toggles, warnings, choices, onChoices, trans } = props;
  return (
    <>
      {toggles.length === 0 && <EmptyToggles trans={trans} />}
      {toggles.length > 0 && (
        <ul>
          {toggles.map(t => (
            <ToggleRow
              key={t.name}
              toggle={t}
              included={!choices.excludedToggles.includes(t.name)}
              onChange={included => onChoices(withToggleIncluded(choices, t.name, included))}
              trans={trans}
            />
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="jp-ReproAudit-ablationWarnings">
          {warnings.map((w, i) => (
            <li key={i}>{warningText(w, trans)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
