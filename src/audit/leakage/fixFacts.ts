/**
 * The leakage analysis of one file's text, as the fix needs it: the leaks with their statements' nodes, and the
 * ways back from the analysed code (a notebook's joined cells) to each cell's own source.
 */
import type { SyntaxNode } from '@lezer/common';
import { CellLine, isPythonNotebook, notebookCode } from '../notebook/code';
import { parseNotebook } from '../notebook/parse';
import { PlacedLeak, leaksOf } from './analyse';

export interface FileLeakage {
  leaks: PlacedLeak[];
  /** The analysed code: the script's text, or the notebook's code cells joined. */
  unitSource: string;
  /** The cell and cell line of a 1-based line of `unitSource` (notebooks only). */
  locate(line: number): CellLine | undefined;
  /** A notebook cell's source as saved. */
  cellSource(cell: number): string;
  /** The text of a statement node whose start is at `at` in `unitSource`. */
  textOf(at: number, node: SyntaxNode): string;
}

/** The file's leaks, or why it cannot be analysed. */
export function analyseForFix(path: string, text: string): FileLeakage | string {
  if (!path.toLowerCase().endsWith('.ipynb')) {
    return {
      leaks: leaksOf({ path, source: text }, () => undefined),
      unitSource: text,
      locate: () => undefined,
      cellSource: () => text,
      textOf: (at, node) => text.slice(at, at + node.to - node.from)
    };
  }
  const parsed = parseNotebook(text);
  if (!parsed.notebook) {
    return parsed.error ?? 'not a notebook';
  }
  if (parsed.notebook.nbformat < 4) {
    return 'nbformat 3 notebook: open and save it in Jupyter to upgrade it first';
  }
  if (!isPythonNotebook(parsed.notebook)) {
    return `not a Python notebook (${parsed.notebook.language})`;
  }
  const notebook = parsed.notebook;
  const code = notebookCode(notebook);
  return {
    leaks: leaksOf({ path, source: code.source, notebook: code }, () => undefined),
    unitSource: code.source,
    locate: line => code.locate(line),
    cellSource: cell => notebook.cells[cell]?.source ?? '',
    textOf: (at, node) => code.source.slice(at, at + node.to - node.from)
  };
}
