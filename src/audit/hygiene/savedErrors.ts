/**
 * Error outputs saved in a notebook: a traceback left in a cell means the notebook, as shared,
 * did not run through.
 */
import type { NotebookCellInfo } from '../notebook/parse';

export interface SavedError {
  /** 0-based cell index. */
  cell: number;
  /** "ValueError: bad shape". */
  text: string;
}

export function savedErrorsOf(cells: readonly NotebookCellInfo[]): SavedError[] {
  const errors: SavedError[] = [];
  for (const cell of cells) {
    for (const output of cell.outputs) {
      if (output.output_type !== 'error') {
        continue;
      }
      const name = typeof output.ename === 'string' ? output.ename : 'Error';
      const value = typeof output.evalue === 'string' ? output.evalue.split('\n')[0] : '';
      errors.push({ cell: cell.index, text: value ? `${name}: ${value}` : name });
    }
  }
  return errors;
}
