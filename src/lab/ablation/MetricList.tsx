/** The setup's metric list: each candidate with its direction and origin, and a field to add a name. */
import * as React from 'react';
import type { TranslationBundle } from '@jupyterlab/translation';
import type { Direction } from '../../ablation';
import { cellNumber } from '../../audit/notebook/cellLabel';
import { isMetricName, MetricChoice, SetupChoices, withMetricAdded, withMetricChanged } from './setupChoices';

function metricOrigin(metric: MetricChoice, trans: TranslationBundle): string {
  if (metric.origin === 'suggested') {
    return trans.__('assigned from %1 (cell %2, line %3)', metric.callee ?? '', cellNumber(metric.cell ?? 0), metric.line ?? 0);
  }
  return metric.origin === 'glued' ? trans.__('glued in the saved outputs') : trans.__('added by you');
}

function MetricRow(props: { metric: MetricChoice; onChange: (change: Partial<MetricChoice>) => void; trans: TranslationBundle }): JSX.Element {
  const { metric, onChange, trans } = props;
  return (
    <li className="jp-ReproAudit-ablationMetric" data-metric={metric.name} data-included={String(metric.included)}>
      <label>
        <input type="checkbox" checked={metric.included} onChange={e => onChange({ included: e.currentTarget.checked })} />
        <code>{metric.name}</code>
      </label>
      <select
        className="jp-ReproAudit-ablationDirection"
        aria-label={trans.__('Which way is better for %1', metric.name)}
        value={metric.direction}
        onChange={e => onChange({ direction: e.currentTarget.value as Direction })}
      >
        <option value="higher">{trans.__('higher is better')}</option>
        <option value="lower">{trans.__('lower is better')}</option>
      </select>
      <span className="jp-ReproAudit-ablationWhere">{metricOrigin(metric, trans)}</span>
    </li>
  );
}

function AddMetric(props: { onAdd: (name: string) => void; trans: TranslationBundle }): JSX.Element {
  const { onAdd, trans } = props;
  const [name, setName] = React.useState('');
  const add = () => {
    if (isMetricName(name)) {
      onAdd(name);
      setName('');
    }
  };
  return (
    <div className="jp-ReproAudit-ablationAddMetric">
      <input
        type="text"
        className="jp-mod-styled"
        aria-label={trans.__('Metric variable name')}
        placeholder={trans.__('variable or glued name, e.g. accuracy')}
        value={name}
        onChange={e => setName(e.currentTarget.value)}
        onKeyDown={e => e.key === 'Enter' && add()}
      />
      <button className="jp-mod-styled" disabled={!isMetricName(name)} onClick={add}>
        {trans.__('Add Metric')}
      </button>
    </div>
  );
}

export function MetricList(props: { choices: SetupChoices; onChoices: (choices: SetupChoices) => void; trans: TranslationBundle }): JSX.Element {
  const { choices, onChoices, trans } = props;
  return (
    <>
      {choices.metrics.length === 0 && (
        <p className="jp-ReproAudit-ablationEmpty" data-empty="metrics">
          {trans.__(
            'No metrics found. Add the name of a variable that holds a number at the end of the notebook (like accuracy), or record values with glue("accuracy", accuracy) after "Insert Glue Helper".'
          )}
        </p>
      )}
      {choices.metrics.length > 0 && (
        <ul>
          {choices.metrics.map(m => (
            <MetricRow key={m.name} metric={m} onChange={change => onChoices(withMetricChanged(choices, m.name, change))} trans={trans} />
          ))}
        </ul>
      )}
      <AddMetric onAdd={name => onChoices(withMetricAdded(choices, name))} trans={trans} />
    </>
  );
}
