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
