/**
 * Each Python notebook's code cells parsed once, as Jupyter compiles them (one cell at a time), and
 * shared: the notebook-run check reads the trees, and the notebook's Python unit takes its facts from
 * them (see python/units.ts) instead of parsing the joined cells a second time.
 */
import type { Tree } from '@lezer/common';
import { parser } from '@lezer/python';
import { defineFact } from '../facts';
import { LineIndex } from '../python/lineIndex';
import { parserText } from '../python/parserQuirks';
import { throwIfAborted } from '../walk';
import { NotebookCode, isPythonNotebook, notebookCode } from './code';
import { NOTEBOOKS } from './facts';
import type { ParsedNotebook } from './parse';

export interface ParsedCell {
  /** 0-based index in the notebook's cell list. */
  cell: number;
  /** The cell's code as parsed (see parserText), from `base` to the next cell in the joined source. */
  source: string;
  /** The same span of the joined source as written. */
  text: string;
  tree: Tree;
  /** Offset and 1-based line of the joined source where the cell starts. */
  base: number;
  startLine: number;
  /** Indentation IPython strips from every line (the first non-blank line's). */
  indent: number;
  isMagicLine(line: number): boolean;
}

export interface NotebookCells {
  code: NotebookCode;
  cells: ParsedCell[];
}

/** Parse each code cell of a notebook on its own. */
export function parseCells(notebook: ParsedNotebook, code: NotebookCode = notebookCode(notebook)): NotebookCells {
  const lines = new LineIndex(code.source);
  // Jupyter compiles each cell on its own: an unclosed bracket ends with its cell.
  const cells = code.cells.map(span => {
    const base = lines.starts[span.startLine - 1] ?? code.source.length;
    const end = lines.starts[span.startLine - 1 + span.lineCount] ?? code.source.length;
    const text = code.source.slice(base, end);
    const source = parserText(text);
    const raw = notebook.cells[span.cell].source.split('\n');
    const isMagicLine = (line: number): boolean => /^\s*[%!]/.test(raw[line - 1] ?? '');
    // IPython drops leading blank lines, then strips the first line's indentation from every line.
    const first = raw.find(l => l.trim()) ?? '';
    const indent = first.length - first.trimStart().length;
    return { cell: span.cell, tree: parser.parse(source), source, text, base, startLine: span.startLine, indent, isMagicLine };
  });
  return { code, cells };
}

/** Give the event loop (worker answers, a browser's UI) a turn this often. */
const YIELD_EVERY_MS = 20;

/** Per path, every Python notebook that could be read, its cells parsed. Stops when the audit is cancelled. */
export const NOTEBOOK_CELLS = defineFact<Map<string, NotebookCells>>('notebook-cells', async facts => {
  const notebooks = await facts.get(NOTEBOOKS);
  const parsed = new Map<string, NotebookCells>();
  let sliceStart = Date.now();
  for (const file of notebooks) {
    if (!file.notebook || !isPythonNotebook(file.notebook)) {
      continue;
    }
    if (Date.now() - sliceStart > YIELD_EVERY_MS) {
      await new Promise(resolve => setTimeout(resolve, 0));
      throwIfAborted(facts.signal);
      sliceStart = Date.now();
    }
    parsed.set(file.path, parseCells(file.notebook));
  }
  return parsed;
});
