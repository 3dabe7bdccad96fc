/** The runs a study would start, listed before running: label, overrides, skipped cells, the plan's notes. */
import * as React from 'react';
import type { TranslationBundle } from '@jupyterlab/translation';
import type { Variant } from '../../ablation';
import type { StudyPreview } from './setupChoices';
import { cellNumber } from '../../audit/notebook/cellLabel';

/** 0-based cell indices as the 1-based numbers people see. */
export function cellList(cells: number[]): string {
  return cells.map(c => String(cellNumber(c))).join(', ');
}

function variantDetails(variant: Variant, trans: TranslationBundle): string {
  const parts: string[] = [];
  const overrides = Object.entries(variant.overrides);
  if (overrides.length) {
    parts.push(overrides.map(([name, value]) => `${name} = ${value === null ? 'None' : typeof value === 'boolean' ? (value ? 'True' : 'False') : JSON.stringify(value)}`).join(', '));
  }
  if (variant.skippedCells.length) {
    parts.push(trans.__('skips cells %1', cellList(variant.skippedCells)));
  }
  return parts.join('; ');
}

export function variantLabel(variant: { label: string; seed?: number | null }, trans: TranslationBundle): string {
  return variant.seed === undefined || variant.seed === null ? variant.label : trans.__('%1 (seed %2)', variant.label, variant.seed);
}

export function PlannedVariants(props: { preview: StudyPreview; trans: TranslationBundle }): JSX.Element | null {
  const { preview, trans } = props;
  if (!preview.plan) {
    return null;
  }
  const { variants, notes } = preview.plan;
  return (
    <section className="jp-ReproAudit-ablationPlan">
      <h3>{trans.__('Planned runs: %1', variants.length)}</h3>
      <ol>
        {variants.map(v => (
          <li key={v.id} data-variant-id={v.id}>
            <span className="jp-ReproAudit-ablationVariantLabel">{variantLabel(v, trans)}</span>{' '}
            <span className="jp-ReproAudit-ablationWhere">{variantDetails(v, trans)}</span>
          </li>
        ))}
      </ol>
      {notes.length > 0 && (
        <ul className="jp-ReproAudit-ablationNotes">
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
