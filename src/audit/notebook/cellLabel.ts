/**
 * How every text for people numbers a notebook's cells: from 1, counting all cells (markdown and
 * raw ones too), as a person counts them down the notebook. The JSON report's `cell` stays the
 * 0-based index in the notebook's cell list; this is the one place that turns one into the other.
 */

/** The number a person gives the cell at 0-based `index` in the notebook's list of all cells. */
export function cellNumber(index: number): number {
  return index + 1;
}

/** 'cell 4' for the cell at index 3; 'Cell 4' to start a sentence. */
export function cellLabel(index: number, capital = false): string {
  return `${capital ? 'Cell' : 'cell'} ${cellNumber(index)}`;
}

/** 'cell 4, line 2': a line (1-based) within the cell at index 3. */
export function cellLineLabel(index: number, line: number | undefined): string {
  return line === undefined ? cellLabel(index) : `${cellLabel(index)}, line ${line}`;
}
