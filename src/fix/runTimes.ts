/**
 * Run times measured on the probed machine: each notebook run once, top to bottom, in a fresh kernel.
 * They complete the hardware notes (the NeurIPS checklist asks for the time of execution beside the
 * compute) with a figure measured rather than typed in, and survive a rerun that does not re-measure.
 */
import type { NotebookFile } from '../audit/notebook/facts';
import { formatNumber } from '../audit/numberText';

export interface MeasuredRunTime {
  /** The notebook, relative to the repository root. */
  path: string;
  /** Wall time from the first cell's start to the last cell's end (kernel start-up excluded). */
  seconds: number;
  codeCells: number;
  kernel: string;
  /** ISO date-time of the measurement. */
  measuredAt: string;
}

/** A notebook that was timed but did not run to the end: no time is written for it. */
export interface FailedRunTime {
  path: string;
  reason: string;
}

/** What a timing pass gave: the runs that completed, and why the others give no time. */
export interface RunTimesMeasurement {
  measured: MeasuredRunTime[];
  failed: FailedRunTime[];
}

/** A notebook to time, relative to the repo root. */
export interface NotebookToTime {
  path: string;
  kernelName: string;
  /** Its non-empty code cells, in order. */
  cells: string[];
  /** Each of those cells' index among all the notebook's cells (for messages, which count all cells). */
  cellIndices?: number[];
}

/**
 * The repo's notebooks worth timing: parsed, with code; executed copies (papermill's or an ablation
 * run's, which carry `metadata.papermill`) are outputs, not the study, and are left out.
 */
export function notebooksToTime(notebooks: readonly NotebookFile[], defaultKernel: string): NotebookToTime[] {
  const found: NotebookToTime[] = [];
  for (const file of notebooks) {
    const notebook = file.notebook;
    if (!notebook || 'papermill' in (notebook.metadata as Record<string, unknown>)) {
      continue;
    }
    const code = notebook.cells.filter(c => c.cellType === 'code' && c.source.trim());
    const cells = code.map(c => c.source);
    if (cells.length) {
      found.push({ path: file.path, kernelName: notebook.kernelName ?? defaultKernel, cells, cellIndices: code.map(c => c.index) });
    }
  }
  return found;
}

/** `3.2 seconds`, `4.5 minutes`, `2.1 hours`: units the hardware check and a reader both take. */
export function formatDuration(seconds: number): string {
  if (seconds < 90) {
    return `${formatNumber(seconds)} seconds`;
  }
  if (seconds < 90 * 60) {
    return `${formatNumber(seconds / 60)} minutes`;
  }
  return `${formatNumber(seconds / 3600)} hours`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** The Markdown table of measured run times (empty string when there are none). */
export function runTimesTable(times: readonly MeasuredRunTime[]): string {
  if (!times.length) {
    return '';
  }
  return [
    'Run times measured on this machine (each notebook once, top to bottom, in a fresh kernel):',
    '',
    '| Notebook | Run time | Code cells | Kernel | Measured |',
    '| --- | --- | --- | --- | --- |',
    ...times.map(t => `| ${cell(t.path)} | ${formatDuration(t.seconds)} | ${t.codeCells} | ${cell(t.kernel)} | ${cell(t.measuredAt)} |`)
  ].join('\n');
}

function isRunTime(value: unknown): value is MeasuredRunTime {
  const t = value as Partial<MeasuredRunTime> | null;
  return (
    typeof t === 'object' &&
    t !== null &&
    typeof t.path === 'string' &&
    typeof t.seconds === 'number' &&
    Number.isFinite(t.seconds) &&
    t.seconds >= 0 &&
    typeof t.codeCells === 'number' &&
    typeof t.kernel === 'string' &&
    typeof t.measuredAt === 'string'
  );
}

/** The run times an earlier hardware.json recorded; anything unreadable counts as none. */
export function runTimesFromHardwareJson(text: string | undefined): MeasuredRunTime[] {
  if (!text) {
    return [];
  }
  try {
    const value = (JSON.parse(text) as { run_times?: unknown }).run_times;
    return Array.isArray(value) ? value.filter(isRunTime) : [];
  } catch {
    return [];
  }
}

/** New measurements replace earlier ones of the same notebook; the rest are kept, sorted by path. */
export function mergeRunTimes(earlier: readonly MeasuredRunTime[], measured: readonly MeasuredRunTime[]): MeasuredRunTime[] {
  const byPath = new Map(earlier.map(t => [t.path, t]));
  for (const t of measured) {
    byPath.set(t.path, t);
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** What the timing pass measured, what it could not, and what is left to the user. */
export function runTimeNotes(measurement: RunTimesMeasurement | undefined, anyRunTime: boolean): string[] {
  const notes = (measurement?.measured ?? []).map(t => `Timed ${t.path}: ${formatDuration(t.seconds)} in a fresh ${t.kernel} kernel.`);
  notes.push(...(measurement?.failed ?? []).map(f => `Not timed: ${f.path} (${f.reason}).`));
  if (!anyRunTime) {
    notes.push(
      `No run time yet: let the hardware fix time the notebooks (Write Hardware Notes, or repro-audit fix hardware --time-notebooks), or state the training time in the section "Training time and the hardware behind the paper's numbers" of HARDWARE.md.`
    );
  }
  return notes;
}
