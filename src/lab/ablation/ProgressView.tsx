/** Progress of a study, one row per variant run: its state, the cell it is at, how long it took. */
import * as React from 'react';
import type { TranslationBundle } from '@jupyterlab/translation';
import { variantLabel } from './PlannedRuns';
import type { VariantProgress, VariantState } from './types';
import { formatNumber } from '../../audit/numberText';

export interface ProgressViewProps {
  progress: readonly VariantProgress[];
  running: boolean;
  onCancel: () => void;
  trans: TranslationBundle;
}

function stateText(state: VariantState, trans: TranslationBundle): string {
  return {
    queued: trans.__('queued'),
    running: trans.__('running'),
    reused: trans.__('reused'),
    ok: trans.__('done'),
    error: trans.__('error'),
    cancelled: trans.__('cancelled')
  }[state];
}

function detailText(p: VariantProgress, trans: TranslationBundle): string {
  const parts: string[] = [];
  if (p.state === 'running' && p.cell !== undefined && p.total !== undefined) {
    parts.push(p.cell >= p.total ? trans.__('finishing…') : trans.__('code cell %1 of %2', p.cell + 1, p.total));
  }
  if (p.durationSeconds !== undefined) {
    parts.push(trans.__('%1 s', formatNumber(p.durationSeconds)));
  }
  return parts.join(' · ');
}

export function ProgressView(props: ProgressViewProps): JSX.Element {
  const { progress, running, onCancel, trans } = props;
  const finished = progress.filter(p => p.state !== 'queued' && p.state !== 'running').length;
  return (
    <section className="jp-ReproAudit-ablationProgress" role="status">
      <div className="jp-ReproAudit-ablationProgressHeader">
        <span>{trans.__('%1 of %2 runs finished', finished, progress.length)}</span>
        {running && (
          <button className="jp-mod-styled jp-mod-warn jp-ReproAudit-ablationCancel" onClick={onCancel}>
            {trans.__('Cancel')}
          </button>
        )}
      </div>
      <ol>
        {progress.map(p => (
          <li key={p.variant.id} className="jp-ReproAudit-ablationProgressRow" data-variant-id={p.variant.id} data-state={p.state}>
            <span className="jp-ReproAudit-ablationBadge">{stateText(p.state, trans)}</span>
            <span className="jp-ReproAudit-ablationVariantLabel">{variantLabel(p.variant, trans)}</span>
            <span className="jp-ReproAudit-ablationWhere">{detailText(p, trans)}</span>
            {p.message && <div className="jp-ReproAudit-ablationError">{p.message}</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
