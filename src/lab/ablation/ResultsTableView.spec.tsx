/**
 * @jest-environment @jupyterlab/testing/lib/jest-env.js
 */
/** The results table: full model first, values and deltas as text, better/worse by direction, errors shown. */
import * as React from 'react';
import { resultsTable } from '../../ablation';
import { ResultsTableView } from './ResultsTableView';
import { EVIL, STUDY, studyVariant, TABLE, trans } from './__tests__/fixtures';
import { click, render, texts } from './__tests__/render';

describe('ResultsTableView', () => {
  it('puts the full model first, with values, deltas and verdicts per metric', () => {
    const opened: string[] = [];
    const view = render(<ResultsTableView table={TABLE} study={STUDY} onOpenNotebook={p => opened.push(p)} trans={trans} />);
    const rows = [...view.host.querySelectorAll('tbody tr')];
    expect(rows.map(r => r.getAttribute('data-variant-id'))).toEqual(['full', 'no-STANDARDIZE', 'no-select_features']);
    expect(rows.map(r => r.getAttribute('data-status'))).toEqual(['ok', 'ok', 'error']);
    expect(texts(view.host, 'thead th')).toEqual(['Variant', 'accuracy ↑', 'Δ accuracy', 'loss ↓', 'Δ loss', 'Executed copy']);
    expect(texts(rows[0], 'td.jp-ReproAudit-ablationValue')).toEqual(['0.900', '0.500']);
    expect(texts(rows[0], 'td.jp-ReproAudit-ablationDelta')).toEqual(['', '']);
    expect(texts(rows[1], 'td.jp-ReproAudit-ablationValue')).toEqual(['0.600', '0.400']);
    expect(texts(rows[1], 'td.jp-ReproAudit-ablationDelta')).toEqual(['-0.300 worse', '-0.100 better']);
    expect([...rows[1].querySelectorAll('td.jp-ReproAudit-ablationDelta')].map(td => td.getAttribute('data-verdict'))).toEqual(['worse', 'better']);
    expect(texts(rows[2], 'td.jp-ReproAudit-ablationValue')).toEqual(['—', '—']);
    expect(texts(rows[1], '.jp-ReproAudit-ablationOpenCopy')).toEqual(['Open (reused)']);
    click(rows[1].querySelector('.jp-ReproAudit-ablationOpenCopy'));
    expect(opened).toEqual(['no-STANDARDIZE.ipynb']);
    view.unmount();
  });

  it('shows a failed run\'s error as text', () => {
    const view = render(<ResultsTableView table={TABLE} study={STUDY} trans={trans} />);
    expect(view.host.querySelector('b, img')).toBeNull();
    const failed = view.host.querySelector('tr[data-variant-id="no-select_features"]') as Element;
    expect(failed.querySelector('.jp-ReproAudit-ablationVariantLabel')?.textContent).toBe(`without ${EVIL}`);
    expect(texts(failed, '.jp-ReproAudit-ablationError')).toEqual([`NameError: name 'X' is not defined ${EVIL}`]);
    expect(failed.querySelector('.jp-ReproAudit-ablationWhere')?.textContent).toBe(' (0 of 1 runs ok)');
    // No open callback: no executed-copy column.
    expect(texts(view.host, 'thead th')).not.toContain('Executed copy');
    view.unmount();
  });

  it('shows mean ± std over seeds, and which seed failed', () => {
    const table = resultsTable(
      [
        { variantId: 'full', label: 'Full model', seed: 1, status: 'ok', metrics: { acc: 0.8 } },
        { variantId: 'full', label: 'Full model', seed: 2, status: 'ok', metrics: { acc: 0.9 } },
        { variantId: 'no-A', label: 'without A', seed: 1, status: 'ok', metrics: { acc: 0.7 } },
        { variantId: 'no-A', label: 'without A', seed: 2, status: 'error', metrics: {} }
      ],
      [{ name: 'acc', direction: 'higher' }]
    );
    const study = {
      ...STUDY,
      variants: [
        studyVariant('full-seed1', { baseId: 'full', seed: 1 }),
        studyVariant('full-seed2', { baseId: 'full', seed: 2 }),
        studyVariant('no-A-seed1', { baseId: 'no-A', seed: 1 }),
        studyVariant('no-A-seed2', { baseId: 'no-A', seed: 2, status: 'cancelled', errors: [] })
      ]
    };
    const view = render(<ResultsTableView table={table} study={study} onOpenNotebook={() => undefined} trans={trans} />);
    expect(texts(view.host, 'tr[data-variant-id="full"] td.jp-ReproAudit-ablationValue')).toEqual(['0.850 ± 0.0707']);
    expect(texts(view.host, 'tr[data-variant-id="no-A"] td.jp-ReproAudit-ablationDelta')).toEqual(['-0.150 worse']);
    expect(view.host.querySelector('tr[data-variant-id="no-A"]')?.getAttribute('data-status')).toBe('partial');
    expect(texts(view.host, 'tr[data-variant-id="no-A"] .jp-ReproAudit-ablationError')).toEqual(['seed 2: cancelled']);
    expect(texts(view.host, 'tr[data-variant-id="full"] .jp-ReproAudit-ablationOpenCopy')).toEqual(['seed 1', 'seed 2']);
    view.unmount();
  });

  it('says when no variant finished', () => {
    const view = render(<ResultsTableView table={{ metrics: [], rows: [] }} trans={trans} />);
    expect(view.host.textContent).toBe('No variant finished, so there is nothing to compare.');
    view.unmount();
  });
});
