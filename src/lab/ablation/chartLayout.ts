/**
 * Geometry of the results bar chart: one group per variant, one bar per shown metric, on a shared
 * linear axis with "nice" ticks that always includes zero, so bar heights are proportional to values.
 */
import type { ResultsTable } from '../../ablation';

export const CHART_GEOMETRY = { plotHeight: 200, top: 24, left: 64, right: 140, bottom: 104, barGap: 4, groupGap: 28 };

export interface ChartBar {
  variantId: string;
  metric: string;
  /** Position of the metric among those shown (its colour). */
  series: number;
  value: number;
  std?: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartGroup {
  variantId: string;
  label: string;
  /** Centre of the group on the x axis. */
  center: number;
  /** Metrics of the group without a value. */
  missing: string[];
}

export interface ChartLayout {
  width: number;
  height: number;
  /** y of the value 0 (the bars' baseline). */
  zeroY: number;
  ticks: { value: number; y: number }[];
  bars: ChartBar[];
  groups: ChartGroup[];
  yOf: (value: number) => number;
}

/** A step of 1, 2, 2.5 or 5 times a power of ten giving about four intervals over the range. */
export function niceStep(range: number): number {
  if (!(range > 0) || !Number.isFinite(range)) {
    return 1;
  }
  const rough = range / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  return ([1, 2, 2.5, 5, 10].map(f => f * magnitude).find(step => step >= rough) ?? 10 * magnitude) as number;
}

export function chartLayout(table: ResultsTable, metrics: readonly string[]): ChartLayout {
  const g = CHART_GEOMETRY;
  const barWidth = metrics.length === 1 ? 48 : 28;
  const groupWidth = metrics.length * barWidth + Math.max(0, metrics.length - 1) * g.barGap + g.groupGap;
  const values = table.rows.flatMap(row =>
    metrics.flatMap(m => {
      const cell = row.cells[m];
      return cell?.mean !== undefined && Number.isFinite(cell.mean) ? [cell.mean + (cell.std ?? 0), cell.mean - (cell.std ?? 0)] : [];
    })
  );
  const rawLo = Math.min(0, ...values);
  const rawHi = Math.max(0, ...values);
  const step = niceStep(rawHi - rawLo);
  const lo = Math.floor(rawLo / step) * step;
  const hi = rawHi === rawLo ? lo + step : Math.ceil(rawHi / step) * step;
  const yOf = (value: number) => g.top + (g.plotHeight * (hi - value)) / (hi - lo);
  const zeroY = yOf(0);
  const ticks: { value: number; y: number }[] = [];
  for (let i = 0; lo + i * step <= hi + step / 1e6; i++) {
    const value = Number((lo + i * step).toPrecision(12));
    ticks.push({ value, y: yOf(value) });
  }
  const bars: ChartBar[] = [];
  const groups: ChartGroup[] = table.rows.map((row, r) => {
    const start = g.left + r * groupWidth + g.groupGap / 2;
    const missing: string[] = [];
    metrics.forEach((metric, series) => {
      const cell = row.cells[metric];
      if (cell?.mean === undefined || !Number.isFinite(cell.mean)) {
        missing.push(metric);
        return;
      }
      const y = yOf(cell.mean);
      bars.push({
        variantId: row.variantId,
        metric,
        series,
        value: cell.mean,
        std: cell.std,
        x: start + series * (barWidth + g.barGap),
        y: Math.min(y, zeroY),
        width: barWidth,
        height: Math.abs(zeroY - y)
      });
    });
    return { variantId: row.variantId, label: row.label, center: start + (groupWidth - g.groupGap) / 2, missing };
  });
  return {
    // The right margin holds the slanted variant labels of the last groups.
    width: g.left + table.rows.length * groupWidth + g.right,
    height: g.top + g.plotHeight + g.bottom,
    zeroY,
    ticks,
    bars,
    groups,
    yOf
  };
}

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The chart's viewBox once its text is measured: the layout's box grown to hold every drawn thing (long
 * or slanted variant labels, wide tick numbers, values over the tallest bar) with `pad` to spare, so no
 * label is cut whatever its length or the theme's font. Whole units, so it settles after one measure.
 */
export function fittedViewBox(layout: Pick<ChartLayout, 'width' | 'height'>, drawn: ViewBox | undefined, pad = 4): ViewBox {
  if (!drawn || !(drawn.width > 0) || !(drawn.height > 0)) {
    return { x: 0, y: 0, width: layout.width, height: layout.height };
  }
  const left = Math.floor(Math.min(0, drawn.x - pad));
  const top = Math.floor(Math.min(0, drawn.y - pad));
  const right = Math.ceil(Math.max(layout.width, drawn.x + drawn.width + pad));
  const bottom = Math.ceil(Math.max(layout.height, drawn.y + drawn.height + pad));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
