/**
 * A README table that maps notebooks or scripts to the paper's figures and tables ("| Figure 3 |
 * fig3.ipynb |"): it says what to run for each result and which result it makes, so it counts as both
 * the reproduce steps and the results.
 */
import type { DocOutline } from './outline';

export interface FigureMap {
  /** 1-based line of the table. */
  line: number;
  /** Rows that pair a code file with a figure or table. */
  rows: number;
}

const FIGURE = /\b(?:fig(?:ure)?s?\.?|tab(?:le)?s?\.?)\s*(?:S?\d+|[IVX]+\b)/i;
/** A notebook or script name (a letter in its name, so that "1.5.m" is no MATLAB file). */
const CODE_FILE = /[\w./-]*[A-Za-z_][\w-]*\.(?:ipynb|py|R|Rmd|jl|sh|m)\b/;

export function findFigureMap(outline: DocOutline): FigureMap | undefined {
  for (const table of outline.tables) {
    let rows = 0;
    for (let line = table.line; line <= table.endLine; line++) {
      const text = outline.lines[line - 1] ?? '';
      if (FIGURE.test(text) && CODE_FILE.test(text)) {
        rows++;
      }
    }
    if (rows) {
      return { line: table.line, rows };
    }
  }
  return undefined;
}
