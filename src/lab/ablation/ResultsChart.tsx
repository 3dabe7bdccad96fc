/**
 * The results as a bar chart in plain SVG: one group per variant, one bar per shown metric (one
 * metric or all, picked above the chart), values on the bars, a <title> per bar. Text only; the
 * colours are --jp-* variables set in style/ablation.css, so both themes work.
 */
import * as React from 'react';
import type { TranslationBundle } from '@jupyterlab/translation';
import { formatNumber, ResultsTable } from '../../ablation';
import { CHART_GEOMETRY, ChartBar, ViewBox, chartLayout, fittedViewBox } from './chartLayout';
import { ABLATION_CHART_CLASS } from './ids';

export interface ResultsChartProps {
  table: ResultsTable;
  trans: TranslationBundle;
}

const ALL = '\u0000all';
const SERIES_COLOURS = 6;

function shortened(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function barTitle(bar: ChartBar, label: string, delta: number | undefined, trans: TranslationBundle): string {
  const value = bar.std === undefined ? formatNumber(bar.value) : `${formatNumber(bar.value)} ± ${formatNumber(bar.std)}`;
  return delta === undefined ? trans.__('%1 — %2: %3', label, bar.metric, value) : trans.__('%1 — %2: %3 (Δ %4)', label, bar.metric, value, formatNumber(delta, true));
}

/**
 * Where a bar's value goes: centred over (or under) a wide bar of a lone metric; turned to read upwards
 * along narrow side-by-side bars, so that the values of neighbouring bars never run into each other.
 */
function valuePlacement(bar: ChartBar, above: boolean, upright: boolean): React.SVGProps<SVGTextElement> {
  const x = bar.x + bar.width / 2;
  if (upright) {
    const y = above ? bar.y - 4 : bar.y + bar.height + 4;
    return { x, y, textAnchor: above ? 'start' : 'end', dominantBaseline: 'middle', transform: `rotate(-90 ${x} ${y})` };
  }
  return { x, y: above ? bar.y - 4 : bar.y + bar.height + 12, textAnchor: 'middle' };
}

export function ResultsChart(props: ResultsChartProps): JSX.Element | null {
  const { table, trans } = props;
  const [picked, setPicked] = React.useState<string>(table.metrics[0]?.name ?? ALL);
  const svg = React.useRef<SVGSVGElement>(null);
  const [drawn, setDrawn] = React.useState<ViewBox>();
  // Measure what was drawn (labels in the theme's font) and grow the viewBox to hold it all.
  React.useLayoutEffect(() => {
    const box = svg.current && typeof svg.current.getBBox === 'function' ? svg.current.getBBox() : undefined;
    const next = box && { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) };
    if (next && (next.x !== drawn?.x || next.y !== drawn?.y || next.width !== drawn?.width || next.height !== drawn?.height)) {
      setDrawn(next);
    }
  });
  if (!table.metrics.length || !table.rows.length) {
    return null;
  }
  const known = picked === ALL || table.metrics.some(m => m.name === picked);
  const shown = picked === ALL || !known ? table.metrics.map(m => m.name) : [picked];
  const layout = chartLayout(table, shown);
  const g = CHART_GEOMETRY;
  const labels = new Map(table.rows.map(r => [r.variantId, r.label]));
  const plotRight = layout.width - g.right;
  const yLabel = shown.length === 1 ? shown[0] : trans.__('value');
  const view = fittedViewBox(layout, drawn);
  const upright = shown.length > 1;
  return (
    <figure className="jp-ReproAudit-ablationFigure">
      {table.metrics.length > 1 && (
        <label className="jp-ReproAudit-ablationPicker">
          {trans.__('Metric')}{' '}
          <select value={known ? picked : ALL} onChange={e => setPicked(e.currentTarget.value)}>
            {table.metrics.map(m => (
              <option key={m.name} value={m.name}>
                {m.name}
              </option>
            ))}
            <option value={ALL}>{trans.__('All metrics')}</option>
          </select>
        </label>
      )}
      <svg
        ref={svg}
        className={ABLATION_CHART_CLASS}
        width={view.width}
        height={view.height}
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        role="img"
        aria-label={trans.__('Bar chart of %1 per variant', shown.join(', '))}
        data-metrics={shown.join(',')}
      >
        {layout.ticks.map(t => (
          <g key={t.value} className="jp-ReproAudit-ablationTick">
            <line x1={g.left} x2={plotRight} y1={t.y} y2={t.y} className="jp-ReproAudit-ablationGrid" />
            <text x={g.left - 6} y={t.y} textAnchor="end" dominantBaseline="middle">
              {formatNumber(t.value)}
            </text>
          </g>
        ))}
        <line x1={g.left} x2={g.left} y1={g.top} y2={g.top + g.plotHeight} className="jp-ReproAudit-ablationAxis" />
        <line x1={g.left} x2={plotRight} y1={layout.zeroY} y2={layout.zeroY} className="jp-ReproAudit-ablationAxis" />
        <text
          className="jp-ReproAudit-ablationAxisLabel"
          transform={`translate(14 ${g.top + g.plotHeight / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {yLabel}
        </text>
        <text className="jp-ReproAudit-ablationAxisLabel" x={(g.left + plotRight) / 2} y={layout.height - 6} textAnchor="middle">
          {trans.__('Variant')}
        </text>
        {layout.groups.map(group => (
          <g key={group.variantId} className="jp-ReproAudit-ablationGroup" data-variant-id={group.variantId}>
            {layout.bars
              .filter(b => b.variantId === group.variantId)
              .map(bar => {
                const delta = table.rows.find(r => r.variantId === bar.variantId)?.cells[bar.metric]?.delta;
                const above = bar.value >= 0;
                return (
                  <g key={bar.metric}>
                    <rect
                      className={`jp-ReproAudit-ablationBar jp-ReproAudit-ablationSeries${bar.series % SERIES_COLOURS}`}
                      data-variant-id={bar.variantId}
                      data-metric={bar.metric}
                      data-value={bar.value}
                      x={bar.x}
                      y={bar.y}
                      width={bar.width}
                      height={bar.height}
                    >
                      <title>{barTitle(bar, labels.get(bar.variantId) ?? bar.variantId, delta, trans)}</title>
                    </rect>
                    {bar.std !== undefined && (
                      <line
                        className="jp-ReproAudit-ablationErrorBar"
                        x1={bar.x + bar.width / 2}
                        x2={bar.x + bar.width / 2}
                        y1={layout.yOf(bar.value - bar.std)}
                        y2={layout.yOf(bar.value + bar.std)}
                      />
                    )}
                    <text
                      className="jp-ReproAudit-ablationBarValue"
                      {...valuePlacement(bar, above, upright)}
                    >
                      {formatNumber(bar.value)}
                    </text>
                  </g>
                );
              })}
            {group.missing.length > 0 && (
              <text className="jp-ReproAudit-ablationNoValue" x={group.center} y={layout.zeroY - 4} textAnchor="middle">
                {trans.__('no value')}
              </text>
            )}
            <text
              className="jp-ReproAudit-ablationGroupLabel"
              transform={`translate(${group.center} ${g.top + g.plotHeight + 14}) rotate(25)`}
              textAnchor="start"
            >
              <title>{group.label}</title>
              {shortened(group.label, 24)}
            </text>
          </g>
        ))}
      </svg>
      {shown.length > 1 && (
        <ul className="jp-ReproAudit-ablationLegend">
          {shown.map((name, i) => (
            <li key={name}>
              <span className={`jp-ReproAudit-ablationSwatch jp-ReproAudit-ablationSeries${i % SERIES_COLOURS}`} />
              {name}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
