/**
 * Compares two runs of one notebook cell by cell: same, different (with both texts), or error (a cell
 * that failed, timed out or never ran in either run). Numbers compare by value, exactly or within a
 * relative tolerance; images by hash; addresses, timestamps and timings are masked (normalize.ts).
 * Pure: no JupyterLab, DOM or Node import.
 */
import type { IOutput } from '@jupyterlab/nbformat';
import { outputsText } from './normalize';

/** How one cell ended in one run. */
export type CellRunStatus = 'ok' | 'error' | 'timeout' | 'cancelled' | 'kernel-died' | 'not-run';

export interface CellRun {
  /** Index of the cell among the code cells that were run (0-based). */
  index: number;
  status: CellRunStatus;
  outputs: IOutput[];
  /** A one-line reason when status is not 'ok'. */
  message?: string;
}

export interface CompareOptions {
  /** Largest relative difference between two numbers still counted as equal; 0 means exactly equal. */
  relativeTolerance?: number;
}

export type CellComparison =
  | { index: number; verdict: 'same'; text: string }
  | { index: number; verdict: 'different'; first: string; second: string }
  | { index: number; verdict: 'error'; message: string };

export interface RunsComparison {
  cells: CellComparison[];
  same: number;
  different: number;
  errors: number;
  /** 'different' when any cell differs; else 'error' when a cell failed; 'same' only when all ran alike. */
  verdict: 'same' | 'different' | 'error';
}

const NUMBER = /[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/g;

/** A text split into the parts between numbers and the numbers themselves. */
function splitNumbers(text: string): { words: string[]; numbers: string[] } {
  const words: string[] = [];
  const numbers: string[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    words.push(text.slice(last, match.index));
    numbers.push(match[0]);
    last = (match.index ?? 0) + match[0].length;
  }
  words.push(text.slice(last));
  return { words, numbers };
}

function numbersEqual(a: string, b: string, tolerance: number): boolean {
  if (a === b) {
    return true;
  }
  const x = Number(a);
  const y = Number(b);
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    return false;
  }
  if (x === y) {
    return true;
  }
  return tolerance > 0 && Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
}

/** Two normalised output texts are equal when their words match and their numbers agree. */
export function textsEqual(first: string, second: string, options: CompareOptions = {}): boolean {
  if (first === second) {
    return true;
  }
  const a = splitNumbers(first);
  const b = splitNumbers(second);
  if (a.numbers.length !== b.numbers.length || a.words.some((word, i) => word !== b.words[i])) {
    return false;
  }
  const tolerance = Math.max(0, options.relativeTolerance ?? 0);
  return a.numbers.every((n, i) => numbersEqual(n, b.numbers[i], tolerance));
}

/** Why a run of a cell did not finish normally, in a few words. */
function reason(run: CellRun): string {
  return run.message ?? (run.status === 'not-run' ? 'not reached (an earlier cell stopped the run)' : run.status);
}

function failure(run: CellRun | undefined, which: string): string | undefined {
  if (!run) {
    return `did not run in the ${which} run`;
  }
  return run.status === 'ok' ? undefined : `${which} run: ${reason(run)}`;
}

export function compareCell(
  index: number,
  first: CellRun | undefined,
  second: CellRun | undefined,
  options: CompareOptions = {}
): CellComparison {
  const problems = [failure(first, 'first'), failure(second, 'second')].filter((p): p is string => !!p);
  if (problems.length > 0) {
    // One message when both runs failed alike, so a deterministic error reads once.
    const alike = first && second && first.status === second.status && reason(first) === reason(second);
    return { index, verdict: 'error', message: alike ? `${reason(first)} (both runs)` : problems.join('; ') };
  }
  const a = outputsText(first!.outputs);
  const b = outputsText(second!.outputs);
  return textsEqual(a, b, options) ? { index, verdict: 'same', text: a } : { index, verdict: 'different', first: a, second: b };
}

/** Compares every cell either run reached. */
export function compareRuns(first: readonly CellRun[], second: readonly CellRun[], options: CompareOptions = {}): RunsComparison {
  const count = Math.max(first.length, second.length);
  const cells: CellComparison[] = [];
  for (let i = 0; i < count; i++) {
    cells.push(compareCell(i, first[i], second[i], options));
  }
  const same = cells.filter(c => c.verdict === 'same').length;
  const different = cells.filter(c => c.verdict === 'different').length;
  const errors = cells.filter(c => c.verdict === 'error').length;
  // A difference is the stronger news: it proves irreproducibility even if a later cell failed.
  const verdict = different > 0 ? 'different' : errors > 0 ? 'error' : 'same';
  return { cells, same, different, errors, verdict };
}
