/**
 * A notebook's code cells joined, in cell order, into one Python source with a map from each of
 * its lines back to the cell and the line within that cell.
 */
import type { ParsedNotebook } from './parse';
import { pythonLinesOfCell } from './magics';

/** Where a line of the joined code comes from: 0-based cell index, 1-based line in the cell. */
export interface CellLine {
  cell: number;
  line: number;
}

/** One code cell's place in the joined source. */
export interface CodeCellSpan {
  /** 0-based index in the notebook's cell list. */
  cell: number;
  /** 1-based line of the joined source where the cell starts. */
  startLine: number;
  lineCount: number;
}

export interface NotebookCode {
  /** The code cells' Python, IPython syntax neutralised, each cell ending with a newline. */
  source: string;
  cells: CodeCellSpan[];
  /** The cell and cell line of a 1-based line of `source`; undefined past its end. */
  locate(line: number): CellLine | undefined;
}

/** Kernel languages that run Python (IPython included). */
export function isPythonNotebook(notebook: ParsedNotebook): boolean {
  if (notebook.language) {
    return /^i?python/.test(notebook.language);
  }
  if (notebook.kernelName) {
    // 'python3', 'conda-env-x-py', 'pysparkkernel': without a language, the kernel name tells.
    return /py/i.test(notebook.kernelName);
  }
  return true;
}

/** The joined Python of a notebook's code cells; empty when the notebook is not a Python one. */
export function notebookCode(notebook: ParsedNotebook): NotebookCode {
  const python = isPythonNotebook(notebook);
  const parts: string[] = [];
  const cells: CodeCellSpan[] = [];
  const cellOfLine: number[] = [];
  let lineCount = 0;
  for (const cell of python ? notebook.cells : []) {
    if (cell.cellType !== 'code') {
      continue;
    }
    const lines = cell.source.split('\n');
    if (lines[lines.length - 1] === '') {
      lines.pop();
    }
    const span = { cell: cell.index, startLine: lineCount + 1, lineCount: lines.length };
    cells.push(span);
    for (const line of pythonLinesOfCell(lines)) {
      parts.push(line, '\n');
      cellOfLine.push(cells.length - 1);
    }
    lineCount += lines.length;
  }
  const locate = (line: number): CellLine | undefined => {
    const spanIndex = cellOfLine[line - 1];
    if (spanIndex === undefined) {
      return undefined;
    }
    const span = cells[spanIndex];
    return { cell: span.cell, line: line - span.startLine + 1 };
  };
  return { source: parts.join(''), cells, locate };
}
