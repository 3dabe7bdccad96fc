/**
 * A variant's executed copy, filled in after its run the way papermill leaves one: outputs and
 * execution counts on the cells that ran, `metadata.papermill` per cell (completed / failed /
 * pending) and on the notebook (times, duration, exception). Pure: no JupyterLab import.
 */
import type { CellToRun } from '../../ablation';
import type { NotebookRun } from '../kernel/runner';

type Json = Record<string, unknown>;

export interface RunTimes {
  /** ISO times the variant's run began (before its kernel started) and ended (after it shut down). */
  startedAt: string;
  finishedAt: string;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function seconds(start: string, end: string): number | null {
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) ? ms / 1000 : null;
}

function papermillOf(cell: Json): Json {
  const metadata = isObject(cell.metadata) ? cell.metadata : {};
  const papermill = isObject(metadata.papermill) ? metadata.papermill : {};
  const filled: Json = { duration: null, end_time: null, exception: null, start_time: null, status: 'pending', ...papermill };
  cell.metadata = { ...metadata, papermill: filled };
  return filled;
}

/**
 * The injected notebook (from injectVariant) with `run`'s results written in; `cellsToRun[i]` is
 * the cell `run.cells[i]` ran. The input is not modified.
 */
export function executedCopy(injected: Json, cellsToRun: readonly CellToRun[], run: NotebookRun, times: RunTimes): Json {
  const notebook = JSON.parse(JSON.stringify(injected)) as Json;
  const cells = (Array.isArray(notebook.cells) ? notebook.cells : []).filter(isObject);
  let failed = false;
  cellsToRun.forEach((toRun, i) => {
    const result = run.cells[i];
    const cell = cells[toRun.cell];
    if (!result || !cell || result.status === 'not-run') {
      return;
    }
    const ok = result.status === 'ok';
    failed ||= !ok;
    cell.outputs = JSON.parse(JSON.stringify(result.outputs));
    cell.execution_count = result.executionCount ?? null;
    Object.assign(papermillOf(cell), {
      start_time: result.startedAt ?? null,
      end_time: result.finishedAt ?? null,
      duration: result.durationSeconds ?? null,
      // papermill sets False when a cell starts and True when it raises.
      exception: !ok,
      status: ok ? 'completed' : 'failed'
    });
  });
  // As papermill does at the end: cells before the first one that did not complete are completed; the rest stay pending.
  const firstCodeNotOk = cellsToRun.findIndex((_, i) => run.cells[i]?.status !== 'ok');
  const anyRan = run.cells.some(cell => cell.status !== 'not-run');
  const stopAt = !anyRan ? 0 : firstCodeNotOk === -1 ? cells.length : cellsToRun[firstCodeNotOk].cell;
  cells.forEach((cell, index) => {
    const papermill = papermillOf(cell);
    if (index < stopAt && papermill.status === 'pending') {
      papermill.status = 'completed';
    }
  });
  const metadata = isObject(notebook.metadata) ? notebook.metadata : {};
  const papermill = isObject(metadata.papermill) ? metadata.papermill : {};
  const ablation = isObject(metadata.ablation) ? metadata.ablation : {};
  notebook.metadata = {
    ...metadata,
    papermill: {
      ...papermill,
      start_time: times.startedAt,
      end_time: times.finishedAt,
      duration: seconds(times.startedAt, times.finishedAt),
      exception: failed ? true : null
    },
    ablation: { ...ablation, outcome: run.outcome, ...(run.message !== undefined && { message: run.message }) }
  };
  return notebook;
}
