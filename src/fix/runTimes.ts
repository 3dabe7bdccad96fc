/**
 * Run times measured on the probed machine: each notebook run once, top to bottom, in a fresh kernel.
 * They complete the hardware notes (the NeurIPS checklist asks for the time of execution beside the
 * compute) with a figure measured rather than typed in, and survive a rerun that does not re-measure.
 */

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

/** `3.2 seconds`, `4.5 minutes`, `2.1 hours`: units the hardware check and a reader both take. */
export function formatDuration(seconds: number): string {
  if (seconds < 90) {
    return `${seconds.toFixed(1)} seconds`;
  }
  if (seconds < 90 * 60) {
    return `${(seconds / 60).toFixed(1)} minutes`;
  }
  return `${(seconds / 3600).toFixed(1)} hours`;
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
