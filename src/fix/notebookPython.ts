/**
 * A notebook as the imports and paths fixes read it: its code cells joined as the audit joins them
 * (IPython syntax neutralised line for line), the Python facts and syntax tree of that code, and the
 * way back from a place in the joined code to a cell, a line and an offset in that cell's own source.
 * Only lines that neutralising left unchanged are Python the fixes may edit: a magic or `!shell` line
 * is never touched.
 */
import type { SyntaxNode } from '@lezer/common';
import { NotebookCode, isPythonNotebook, notebookCode } from '../audit/notebook/code';
import { ParsedNotebook, parseNotebook } from '../audit/notebook/parse';
import { analyzePython } from '../audit/python/analyze';
import { LineIndex } from '../audit/python/lineIndex';
import type { PyAnalysis } from '../audit/python/types';
import { PythonSyntax } from './pythonSyntax';

/** A place in one cell: 0-based cell index, 0-based line in the cell, offset in the cell's source. */
export interface CellPlace {
  cell: number;
  line: number;
  offset: number;
}

export class NotebookPython {
  readonly code: NotebookCode;
  readonly analysis: PyAnalysis;
  readonly syntax: PythonSyntax;
  private readonly lines: LineIndex;
  private readonly cellLineStarts = new Map<number, LineIndex>();

  constructor(
    readonly path: string,
    readonly notebook: ParsedNotebook
  ) {
    this.code = notebookCode(notebook);
    this.analysis = analyzePython(this.code.source);
    this.syntax = new PythonSyntax(this.code.source);
    this.lines = new LineIndex(this.code.source);
  }

  get source(): string {
    return this.code.source;
  }

  /** A cell's source lines as written (a last empty line after a final newline dropped, as the join does). */
  cellLines(cell: number): string[] {
    const lines = this.notebook.cells[cell].source.split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '') {
      lines.pop();
    }
    return lines;
  }

  /** 1-based line of the joined code holding `offset`. */
  lineOf(offset: number): number {
    return this.lines.lineOf(offset);
  }

  /** Offset in the joined code where its 1-based `line` starts. */
  lineStart(line: number): number {
    return this.lines.starts[line - 1] ?? this.source.length;
  }

  /** The text of a 1-based line of the joined code, without its line break. */
  joinedLine(line: number): string {
    const start = this.lineStart(line);
    const end = this.source.indexOf('\n', start);
    return this.source.slice(start, end < 0 ? undefined : end);
  }

  /** Whether a line of the joined code is the cell's own line, unchanged: Python, not IPython syntax. */
  isPythonLine(line: number): boolean {
    const at = this.code.locate(line);
    return !!at && this.cellLines(at.cell)[at.line - 1] === this.joinedLine(line);
  }

  /** Offset in cell `cell`'s source where its 0-based `line` starts (the source's length past its end). */
  cellLineStart(cell: number, line: number): number {
    let index = this.cellLineStarts.get(cell);
    if (!index) {
      index = new LineIndex(this.notebook.cells[cell].source);
      this.cellLineStarts.set(cell, index);
    }
    return index.starts[line] ?? this.notebook.cells[cell].source.length;
  }

  /** The cell place of an offset of the joined code, on a Python line only. */
  placeOf(offset: number): CellPlace | undefined {
    const line = this.lineOf(offset);
    const at = this.code.locate(line);
    if (!at || !this.isPythonLine(line)) {
      return undefined;
    }
    const column = offset - this.lineStart(line);
    return { cell: at.cell, line: at.line - 1, offset: this.cellLineStart(at.cell, at.line - 1) + column };
  }

  /** The top-level statement of the joined code holding `offset`. */
  topLevelStatement(offset: number): SyntaxNode | undefined {
    for (let c = this.syntax.tree.topNode.firstChild; c; c = c.nextSibling) {
      if (c.from <= offset && offset < c.to) {
        return c;
      }
    }
    return undefined;
  }
}

export type NotebookPythonOrReason = { python: NotebookPython } | { reason: string };

/** Parse a notebook's JSON for a fix: a reason when it is not a Python nbformat-4 notebook. */
export function notebookPythonOf(path: string, text: string): NotebookPythonOrReason {
  const parsed = parseNotebook(text);
  if (!parsed.notebook) {
    return { reason: parsed.error ?? 'not a notebook' };
  }
  if (parsed.notebook.nbformat < 4) {
    return { reason: 'nbformat 3 notebook: open and save it in Jupyter to upgrade it first' };
  }
  if (!isPythonNotebook(parsed.notebook)) {
    return { reason: `not a Python notebook (${parsed.notebook.language})` };
  }
  return { python: new NotebookPython(path, parsed.notebook) };
}
