/**
 * A notebook as the seed fixer reads it: its code cells joined (as the audit joins them) with the
 * fixer's own seed cell left empty, and offsets of the joined code mapped back to cell sources.
 */
import { analyzePython } from '../audit/python/analyze';
import { LineIndex } from '../audit/python/lineIndex';
import { notebookCode } from '../audit/notebook/code';
import type { NotebookCellInfo, ParsedNotebook } from '../audit/notebook/parse';
import type { FixableCode } from './fixableCode';
import { SEED_CELL_TAG } from './markers';
import { PythonSyntax } from './pythonSyntax';

export interface NotebookFixableCode extends FixableCode {
  kind: 'notebook';
  cells: readonly NotebookCellInfo[];
  /** Index of the fixer's seed cell, if the notebook has one. */
  seedCell?: number;
  /** The cell holding an offset of the joined code. */
  cellAt(offset: number): number | undefined;
  /** Offset in the joined code where cell `index` (or the first code cell after it) starts. */
  offsetOfCell(index: number): number;
}

/** The first code cell carrying the fixer's tag. */
export function seedCellOf(notebook: ParsedNotebook): number | undefined {
  return notebook.cells.find(c => c.cellType === 'code' && c.tags.includes(SEED_CELL_TAG))?.index;
}

export function notebookFixableCode(path: string, notebook: ParsedNotebook): NotebookFixableCode {
  const seedCell = seedCellOf(notebook);
  const cells = notebook.cells.map(c => (c.index === seedCell ? { ...c, source: '' } : c));
  const code = notebookCode({ ...notebook, cells });
  const source = code.source;
  const analysis = analyzePython(source);
  const syntax = new PythonSyntax(source);
  const lines = new LineIndex(source);
  const cellLines = new Map<number, LineIndex>();
  const cellLineStarts = (index: number): number[] => {
    let index_ = cellLines.get(index);
    if (!index_) {
      index_ = new LineIndex(notebook.cells[index].source);
      cellLines.set(index, index_);
    }
    return index_.starts;
  };
  /** Cell and offset in the cell's source of a joined offset. */
  const locate = (offset: number): { cell: number; offset: number } | undefined => {
    const line = lines.lineOf(offset);
    const at = code.locate(line);
    if (!at) {
      return undefined;
    }
    const column = offset - lines.starts[line - 1];
    return { cell: at.cell, offset: cellLineStarts(at.cell)[at.line - 1] + column };
  };
  const result: NotebookFixableCode = {
    path,
    kind: 'notebook',
    source,
    analysis,
    syntax,
    unit: {
      path,
      kind: 'notebook',
      analysis,
      evidence: line => {
        const at = code.locate(line);
        return at ? { path, cell: at.cell, line: at.line } : { path };
      }
    },
    eol: '\n',
    cells: notebook.cells,
    ...(seedCell !== undefined && { seedCell, existingBlock: notebook.cells[seedCell].source }),
    edit: (start, end, newText) => {
      const from = locate(start);
      // An end at a line break belongs to the line before it.
      const to = end === start ? from : locate(Math.max(start, end - 1));
      if (!from || !to || from.cell !== to.cell) {
        return undefined;
      }
      const toOffset = end === start ? from.offset : to.offset + 1;
      return { kind: 'text', path, cell: from.cell, range: { start: from.offset, end: toOffset }, newText };
    },
    statementStart: offset => lines.starts[lines.lineOf(offset) - 1],
    cellAt: offset => code.locate(lines.lineOf(offset))?.cell,
    offsetOfCell: index => {
      const span = code.cells.find(s => s.cell >= index);
      return span ? lines.starts[span.startLine - 1] ?? source.length : source.length;
    }
  };
  return result;
}
