/**
 * The results table: one row per variant (full model first), per metric the mean over seeds, its
 * standard deviation and the delta from the full model; exported as Markdown or CSV.
 */
import { formatNumber } from '../audit/numberText';
import type { Direction } from './suggest';

/** The one number format for people (three significant digits), re-exported for the ablation views. */
export { formatNumber };

export interface VariantOutcome {
  /** The variant's id without the seed suffix: runs of one variant over seeds share it. */
  variantId: string;
  label: string;
  seed?: number;
  status: 'ok' | 'error' | 'cancelled' | 'skipped';
  metrics: Record<string, number>;
}

export interface MetricSpec {
  name: string;
  direction: Direction;
}

export interface MetricCell {
  mean?: number;
  /** Sample standard deviation over seeds (n - 1); undefined with fewer than two values. */
  std?: number;
  n: number;
  /** mean - the full model's mean. */
  delta?: number;
  /** The delta goes the good way for this metric (undefined when no delta or zero). */
  better?: boolean;
}

export interface ResultRow {
  variantId: string;
  label: string;
  /** Runs that finished with status ok, over runs. */
  okRuns: number;
  runs: number;
  cells: Record<string, MetricCell>;
}

export interface ResultsTable {
  metrics: MetricSpec[];
  rows: ResultRow[];
}

function meanAndStd(values: number[]): { mean?: number; std?: number } {
  if (!values.length) {
    return {};
  }
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  if (values.length < 2) {
    return { mean };
  }
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, std: Math.sqrt(variance) };
}

/** Build the table from every run; `fullId` names the full model's variant ('full'). */
export function resultsTable(outcomes: readonly VariantOutcome[], metrics: readonly MetricSpec[], fullId = 'full'): ResultsTable {
  const groups = new Map<string, VariantOutcome[]>();
  for (const o of outcomes) {
    groups.set(o.variantId, [...(groups.get(o.variantId) ?? []), o]);
  }
  const ids = [...groups.keys()].sort((a, b) => (a === fullId ? -1 : b === fullId ? 1 : 0));
  const rows: ResultRow[] = ids.map(id => {
    const runs = groups.get(id) as VariantOutcome[];
    const ok = runs.filter(r => r.status === 'ok');
    const cells: Record<string, MetricCell> = {};
    for (const m of metrics) {
      const values = ok.map(r => r.metrics[m.name]).filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
      cells[m.name] = { ...meanAndStd(values), n: values.length };
    }
    return { variantId: id, label: runs[0].label, okRuns: ok.length, runs: runs.length, cells };
  });
  const full = rows.find(r => r.variantId === fullId);
  for (const row of rows) {
    for (const m of metrics) {
      const cell = row.cells[m.name];
      const base = full?.cells[m.name].mean;
      if (row !== full && cell.mean !== undefined && base !== undefined) {
        cell.delta = cell.mean - base;
        if (cell.delta !== 0) {
          cell.better = m.direction === 'higher' ? cell.delta > 0 : cell.delta < 0;
        }
      }
    }
  }
  return { metrics: [...metrics], rows };
}

function valueText(cell: MetricCell): string {
  if (cell.mean === undefined) {
    return '—';
  }
  return cell.std === undefined ? formatNumber(cell.mean) : `${formatNumber(cell.mean)} ± ${formatNumber(cell.std)}`;
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}

function arrow(direction: Direction): string {
  return direction === 'higher' ? '↑' : '↓';
}

/** The table as GitHub-flavoured Markdown. */
export function resultsMarkdown(table: ResultsTable): string {
  const header = ['Variant', ...table.metrics.flatMap(m => [`${m.name} ${arrow(m.direction)}`, `Δ ${m.name}`])];
  const lines = [header, header.map(() => '---')].map(cells => `| ${cells.map(markdownCell).join(' | ')} |`);
  for (const row of table.rows) {
    const label = row.okRuns < row.runs ? `${row.label} (${row.okRuns}/${row.runs} runs ok)` : row.label;
    const cells = [label, ...table.metrics.flatMap(m => [valueText(row.cells[m.name]), formatNumber(row.cells[m.name].delta, true)])];
    lines.push(`| ${cells.map(markdownCell).join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}

/** RFC 4180 quoting; text that a spreadsheet would run as a formula gets a leading quote. */
function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? "'" + text : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvNumber(x: number | undefined): string {
  return x === undefined ? '' : String(x);
}

/** The table as CSV: full-precision numbers, one mean/std/n/delta column group per metric. */
export function resultsCsv(table: ResultsTable): string {
  const header = ['variant', 'label', 'ok_runs', 'runs', ...table.metrics.flatMap(m => [m.name, `${m.name}_std`, `${m.name}_n`, `${m.name}_delta`])];
  const lines = [header.map(csvText).join(',')];
  for (const row of table.rows) {
    const fields = [csvText(row.variantId), csvText(row.label), String(row.okRuns), String(row.runs)];
    for (const m of table.metrics) {
      const c = row.cells[m.name];
      fields.push(csvNumber(c.mean), csvNumber(c.std), String(c.n), csvNumber(c.delta));
    }
    lines.push(fields.join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
