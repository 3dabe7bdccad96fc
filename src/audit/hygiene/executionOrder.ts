/**
 * Whether a notebook's saved execution counts show one clean top-to-bottom run: counts 1..n on the
 * code cells, in cell order, none skipped. Pimentel et al. found 36% of notebooks run out of order.
 */
import type { NotebookCellInfo } from '../notebook/parse';

export type ExecutionOrder =
  | { kind: 'no-code' }
  /** No code cell has a count: outputs cleared, or never run. */
  | { kind: 'never-run' }
  | { kind: 'in-order'; cells: number }
  /** A count not above the one before it: cells were run in another order than shown. */
  | { kind: 'out-of-order'; cell: number; count: number; previous: number }
  /** Counts rise but skip, do not start at 1, or a code cell was left unrun. */
  | { kind: 'gap'; cell: number; detail: string };

/**
 * A cell's count as evidence of a run: Jupyter counts from 1, so a saved 0 (Colab's mark of a cell
 * not run in the saved session) says the cell was not run, not that it ran first.
 */
function runCountOf(cell: NotebookCellInfo): number | null {
  return cell.executionCount === 0 ? null : cell.executionCount;
}

export function executionOrderOf(cells: readonly NotebookCellInfo[]): ExecutionOrder {
  // Jupyter never gives an empty cell a count, so empty cells say nothing about the order.
  const code = cells.filter(c => c.cellType === 'code' && c.source.trim());
  if (!code.length) {
    return { kind: 'no-code' };
  }
  if (code.every(c => runCountOf(c) === null)) {
    return { kind: 'never-run' };
  }
  let previous: number | undefined;
  for (const cell of code) {
    const count = runCountOf(cell);
    if (count === null) {
      continue;
    }
    if (previous !== undefined && count <= previous) {
      return { kind: 'out-of-order', cell: cell.index, count, previous };
    }
    previous = count;
  }
  let expected = 1;
  for (const cell of code) {
    const count = runCountOf(cell);
    if (count === null) {
      return { kind: 'gap', cell: cell.index, detail: 'a code cell was not run' };
    }
    if (count !== expected) {
      const detail =
        expected === 1 ? `counts start at ${count}, not 1` : `count jumps from ${expected - 1} to ${count}`;
      return { kind: 'gap', cell: cell.index, detail };
    }
    expected++;
  }
  return { kind: 'in-order', cells: code.length };
}

/** Every run-order problem of a notebook, not only the first: how far it is from one clean run. */
export interface RunOrderProblems {
  /** Run cells whose count is not above the one before them (0-based cell indexes). */
  outOfOrder: number[];
  /** Code cells left unrun between run ones. */
  unrunBetween: number[];
  /** Places where the counts skip (a late start counts as one). */
  skips: number;
}

export function runOrderProblemsOf(cells: readonly NotebookCellInfo[]): RunOrderProblems {
  const code = cells.filter(c => c.cellType === 'code' && c.source.trim());
  const run = code.filter(c => runCountOf(c) !== null);
  const problems: RunOrderProblems = { outOfOrder: [], unrunBetween: [], skips: 0 };
  if (!run.length) {
    return problems;
  }
  const first = run[0].index;
  const last = run[run.length - 1].index;
  problems.unrunBetween = code.filter(c => runCountOf(c) === null && c.index > first && c.index < last).map(c => c.index);
  let previous = 0;
  for (const cell of run) {
    const count = runCountOf(cell)!;
    if (count <= previous) {
      problems.outOfOrder.push(cell.index);
    } else if (count !== previous + 1) {
      problems.skips++;
    }
    previous = count;
  }
  return problems;
}

function cellList(cells: readonly number[]): string {
  const shown = cells.slice(0, 5).map(c => c + 1).join(', ');
  return cells.length > 5 ? `${shown}, ...` : shown;
}

/** One line: every problem counted, e.g. "3 cells run out of order (cells 4, 7, 9); counts skip 2 times". */
export function runOrderSummary(problems: RunOrderProblems): string {
  const parts: string[] = [];
  const { outOfOrder, unrunBetween, skips } = problems;
  if (outOfOrder.length) {
    parts.push(`${outOfOrder.length} cell${outOfOrder.length === 1 ? '' : 's'} run out of order (cell ${cellList(outOfOrder)})`);
  }
  if (unrunBetween.length) {
    parts.push(`${unrunBetween.length} cell${unrunBetween.length === 1 ? '' : 's'} never run between run ones (cell ${cellList(unrunBetween)})`);
  }
  if (skips) {
    parts.push(`counts skip ${skips} time${skips === 1 ? '' : 's'}`);
  }
  return parts.join('; ');
}
