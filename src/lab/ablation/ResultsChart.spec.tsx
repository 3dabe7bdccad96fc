/**
 * @jest-environment @jupyterlab/testing/lib/jest-env.js
 */
/** The bar chart: a bar per variant and shown metric, heights proportional to values, text only. */
import * as React from 'react';
import { resultsTable } from '../../ablation';
import { chartLayout, fittedViewBox, niceStep } from './chartLayout';
import { ResultsChart } from './ResultsChart';
import { EVIL, TABLE, trans } from './__tests__/fixtures';
import { choose, render, texts } from './__tests__/render';

function bars(host: Element) {
  return [...host.querySelectorAll('svg.jp-ReproAudit-ablationChart rect[data-variant-id][data-metric]')].map(rect => ({
    variant: rect.getAttribute('data-variant-id'),
    metric: rect.getAttribute('data-metric'),
    height: Number(rect.getAttribute('height')),
    y: Number(rect.getAttribute('y')),
    title: rect.querySelector('title')?.textContent
  }));
}

describe('ResultsChart', () => {
  it('draws one bar per variant with a value, for the picked metric', () => {
    const view = render(<ResultsChart table={TABLE} trans={trans} />);
    const shown = bars(view.host);
    expect(shown.map(b => [b.variant, b.metric])).toEqual([
      ['full', 'accuracy'],
      ['no-STANDARDIZE', 'accuracy']
    ]);
    expect(shown[0].height / shown[1].height).toBeCloseTo(0.9 / 0.6, 10);
    // Bars stand on the same baseline.
    expect(shown[0].y + shown[0].height).toBeCloseTo(shown[1].y + shown[1].height, 10);
    expect(shown.map(b => b.title)).toEqual(['Full model — accuracy: 0.900', 'without scale features — accuracy: 0.600 (Δ -0.300)']);
    expect(texts(view.host, '.jp-ReproAudit-ablationBarValue')).toEqual(['0.900', '0.600']);
    expect(view.host.querySelectorAll('svg g.jp-ReproAudit-ablationGroup').length).toBe(3);
    expect(texts(view.host, '.jp-ReproAudit-ablationNoValue')).toEqual(['no value']);
    expect(texts(view.host, '.jp-ReproAudit-ablationAxisLabel')).toEqual(['accuracy', 'Variant']);
    view.unmount();
  });

  it('shows every metric side by side when asked, with a legend', () => {
    const view = render(<ResultsChart table={TABLE} trans={trans} />);
    choose(view.host.querySelector('.jp-ReproAudit-ablationPicker select') as HTMLSelectElement, '\u0000all');
    const shown = bars(view.host);
    expect(shown.map(b => `${b.variant}/${b.metric}`)).toEqual(['full/accuracy', 'full/loss', 'no-STANDARDIZE/accuracy', 'no-STANDARDIZE/loss']);
    const [fullAcc, fullLoss, noAcc, noLoss] = shown.map(b => b.height);
    expect([fullLoss / fullAcc, noAcc / fullAcc, noLoss / fullAcc].map(r => Number(r.toFixed(10)))).toEqual([
      Number((0.5 / 0.9).toFixed(10)),
      Number((0.6 / 0.9).toFixed(10)),
      Number((0.4 / 0.9).toFixed(10))
    ]);
    expect(texts(view.host, '.jp-ReproAudit-ablationLegend li')).toEqual(['accuracy', 'loss']);
    choose(view.host.querySelector('.jp-ReproAudit-ablationPicker select') as HTMLSelectElement, 'loss');
    expect(bars(view.host).map(b => b.metric)).toEqual(['loss', 'loss']);
    view.unmount();
  });

  it('keeps labels as text, with the full label in a <title>', () => {
    const view = render(<ResultsChart table={TABLE} trans={trans} />);
    expect(view.host.querySelector('svg b, svg img')).toBeNull();
    const label = view.host.querySelector('g[data-variant-id="no-select_features"] .jp-ReproAudit-ablationGroupLabel');
    expect(label?.querySelector('title')?.textContent).toBe(`without ${EVIL}`);
    expect(label?.lastChild?.textContent).toBe('without <b>bold</b><img…');
    view.unmount();
  });

  it('renders nothing without metrics', () => {
    const view = render(<ResultsChart table={{ metrics: [], rows: [] }} trans={trans} />);
    expect(view.host.innerHTML).toBe('');
    view.unmount();
  });
});

describe('chartLayout', () => {
  it('puts zero on a nice axis below negative values too, heights proportional to |value|', () => {
    const table = resultsTable(
      [
        { variantId: 'full', label: 'Full', status: 'ok', metrics: { r2: 0.5 } },
        { variantId: 'no-A', label: 'without A', status: 'ok', metrics: { r2: -0.25 } }
      ],
      [{ name: 'r2', direction: 'higher' }]
    );
    const layout = chartLayout(table, ['r2']);
    expect(layout.ticks.map(t => t.value)).toEqual([-0.4, -0.2, 0, 0.2, 0.4, 0.6]);
    const [full, without] = layout.bars;
    expect(full.height / without.height).toBeCloseTo(2, 10);
    expect(full.y + full.height).toBeCloseTo(layout.zeroY, 10);
    expect(without.y).toBeCloseTo(layout.zeroY, 10);
  });

  it('chooses steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([niceStep(1), niceStep(0.9), niceStep(10), niceStep(0.03), niceStep(0)]).toEqual([0.25, 0.25, 2.5, 0.01, 1]);
  });

  it('grows the viewBox to hold what was drawn beyond the layout, never shrinking it', () => {
    const layout = { width: 300, height: 328 };
    // Nothing measured yet (or a hidden chart measuring zero): the layout's box.
    expect(fittedViewBox(layout, undefined)).toEqual({ x: 0, y: 0, width: 300, height: 328 });
    expect(fittedViewBox(layout, { x: 0, y: 0, width: 0, height: 0 })).toEqual({ x: 0, y: 0, width: 300, height: 328 });
    // A long slanted label past the right and bottom edges, a wide tick number past the left one.
    expect(fittedViewBox(layout, { x: -12.5, y: 10, width: 340, height: 350 })).toEqual({ x: -17, y: 0, width: 349, height: 364 });
    // Everything inside: unchanged.
    expect(fittedViewBox(layout, { x: 8, y: 12, width: 200, height: 300 })).toEqual({ x: 0, y: 0, width: 300, height: 328 });
  });
});
