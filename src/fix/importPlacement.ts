/**
 * Where imports go in a notebook, for the imports fix (moved imports) and the paths fix (`import
 * pathlib`): the first code cell that holds Python, after its own header (a docstring, imports, and
 * IPython lines such as `%matplotlib inline` or `%pip install x`). Why not the very first code cell:
 * a magics-only cell may be a cell magic (`%%bash`, `%%capture`) whose body is not Python, and a
 * `%pip install` cell must run before the imports of what it installs, so the imports go below it.
 * A cell opening with a cell magic (`%%time`) is skipped too: nothing may come before its first line.
 * `from __future__` imports go first in the cell (after a docstring and other future imports, before
 * any magic line, which IPython turns into a call), as Python accepts them only there.
 */
import type { SyntaxNode } from '@lezer/common';
import type { TextEdit } from './edits';
import { SEED_CELL_TAG } from './markers';
import type { NotebookPython } from './notebookPython';
import { meaningful } from './pythonSyntax';

export interface ImportPlace {
  cell: number;
  /** 0-based line of the cell before which ordinary imports are inserted (the line count: at the end). */
  line: number;
  /** 0-based line before which `from __future__` imports are inserted. */
  futureLine: number;
  /** Offset in the joined code where ordinary imports land: code from here on runs after them. */
  joinedOffset: number;
  /** The cell has code right at `line` (a blank line then separates inserted imports from it). */
  codeFollows: boolean;
}

/** An import statement, or a line of imports only (`import os; import sys`). */
export function isImportStatement(node: SyntaxNode): boolean {
  return (
    node.name === 'ImportStatement' ||
    (node.name === 'StatementGroup' && meaningful(node).every(c => c.name === 'ImportStatement' || c.name === ';'))
  );
}

function isDocstring(node: SyntaxNode): boolean {
  return node.name === 'ExpressionStatement' && meaningful(node).every(c => c.name === 'String');
}

/** The statement imports from `__future__` (by the analysis's facts, not the text). */
export function isFutureImport(python: NotebookPython, node: SyntaxNode): boolean {
  const inside = python.analysis.imports.filter(i => i.offset >= node.from && i.offset < node.to);
  return inside.length > 0 && inside.every(i => i.module === '__future__');
}

function isBlankOrComment(line: string): boolean {
  const trimmed = line.trim();
  return !trimmed || trimmed.startsWith('#');
}

/**
 * The first code cell holding a Python statement and not opening with a cell magic. The seed fix's own
 * cell is never it: that fix rewrites its cell whole on a rerun, which would drop imports put there.
 */
export function importTargetCell(python: NotebookPython): number | undefined {
  for (const span of python.code.cells) {
    if (python.notebook.cells[span.cell].tags.includes(SEED_CELL_TAG)) {
      continue;
    }
    const lines = python.cellLines(span.cell);
    const first = lines.find(l => l.trim());
    if (first === undefined || first.trimStart().startsWith('%%')) {
      continue;
    }
    for (let i = 0; i < span.lineCount; i++) {
      if (python.isPythonLine(span.startLine + i) && !isBlankOrComment(lines[i])) {
        return span.cell;
      }
    }
  }
  return undefined;
}

/** Where imports go in `cell` (a code cell of the joined code). */
export function importPlaceIn(python: NotebookPython, cell: number): ImportPlace {
  const span = python.code.cells.find(s => s.cell === cell)!;
  const lines = python.cellLines(cell);
  let headerEnd = 0;
  let futureEnd = 0;
  let futuresOnly = true;
  let first = true;
  let codeFollows = false;
  for (let i = 0; i < span.lineCount; ) {
    const joined = span.startLine + i;
    if (isBlankOrComment(lines[i])) {
      i++;
      continue;
    }
    if (!python.isPythonLine(joined)) {
      futuresOnly = false;
      headerEnd = ++i;
      first = false;
      continue;
    }
    const start = python.lineStart(joined) + (lines[i].length - lines[i].trimStart().length);
    const statement = python.topLevelStatement(start);
    if (!statement) {
      codeFollows = true;
      break;
    }
    const header = isImportStatement(statement) || (first && isDocstring(statement));
    if (!header) {
      codeFollows = true;
      break;
    }
    const endLine = Math.min(python.lineOf(Math.max(statement.from, statement.to - 1)) - span.startLine + 1, span.lineCount);
    if (futuresOnly && (isFutureImport(python, statement) || (first && isDocstring(statement)))) {
      futureEnd = endLine;
    } else {
      futuresOnly = false;
    }
    headerEnd = Math.max(endLine, i + 1);
    i = headerEnd;
    first = false;
  }
  return {
    cell,
    line: headerEnd,
    futureLine: futureEnd,
    joinedOffset: python.lineStart(span.startLine + headerEnd),
    codeFollows: codeFollows && headerEnd === 0
  };
}

/**
 * The edit inserting whole lines before 0-based line `line` of a cell: the cell's other bytes stay
 * as they are (a last line without a line break keeps having none).
 */
export function insertLines(python: NotebookPython, cell: number, line: number, block: string[], blankAfter: boolean): TextEdit {
  const source = python.notebook.cells[cell].source;
  const at = python.cellLineStart(cell, line);
  const text = block.join('\n');
  let newText: string;
  if (at >= source.length && source.length > 0 && !source.endsWith('\n')) {
    newText = '\n' + text;
  } else if (at >= source.length) {
    newText = text + (source.length ? '\n' : '');
  } else {
    newText = text + '\n' + (blankAfter ? '\n' : '');
  }
  return { kind: 'text', path: python.path, cell, range: { start: at, end: at }, newText };
}

/** The edit removing whole lines `from`..`to` (0-based, inclusive) of a cell, line breaks included. */
export function removeLines(python: NotebookPython, cell: number, from: number, to: number): TextEdit {
  const source = python.notebook.cells[cell].source;
  let start = python.cellLineStart(cell, from);
  let end = python.cellLineStart(cell, to + 1);
  // Lines removed from the top of a cell take the blank lines under them along: a cell does not start blank.
  if (start === 0) {
    const lines = python.cellLines(cell);
    let next = to + 1;
    while (next < lines.length - 1 && !lines[next].trim()) {
      next++;
    }
    end = python.cellLineStart(cell, next);
  }
  // The cell's last line has no line break of its own: take the one before it instead.
  if (end >= source.length && !source.endsWith('\n') && start > 0) {
    start--;
  }
  return { kind: 'text', path: python.path, cell, range: { start, end: Math.min(end, source.length) }, newText: '' };
}
