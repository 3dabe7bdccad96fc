/**
 * The leakage analysis of one unit: a script, or a notebook's code cells in order (each cell parsed on its own,
 * as Jupyter compiles it; magics are already blanked by the notebook reader without shifting lines). Leaks come
 * back with their place in the unit's source (line, and cell for notebooks) and the flow in words.
 */
import type { Tree } from '@lezer/common';
import { parser } from '@lezer/python';
import type { CellLine, NotebookCode } from '../notebook/code';
import { cellLineLabel } from '../notebook/cellLabel';
import { LineIndex } from '../python/lineIndex';
import { parserText } from '../python/parserQuirks';
import { Leak, LeakageInterpreter } from './interpreter';

/** A leak at its place: the unit's 1-based line (and, in a notebook, the cell and the cell's line). */
export interface PlacedLeak extends Leak {
  line: number;
  cell?: CellLine;
}

/** Finds the repo module `dotted` imported from `fromPath`, with its text. */
export type ModuleSource = (fromPath: string, dotted: string) => { path: string; source: string } | undefined;

export interface LeakageUnit {
  path: string;
  /** The script's text, or the notebook's joined code. */
  source: string;
  /** For notebooks: the joined code, whose cells are parsed one by one. */
  notebook?: NotebookCode;
  /** For notebooks: each cell's tree when the audit has parsed them already (notebook/cellTrees.ts), in cell order. */
  cellTrees?: readonly Tree[];
}

export function leaksOf(unit: LeakageUnit, modules: ModuleSource): PlacedLeak[] {
  const lines = new LineIndex(unit.source);
  const locate = (offset: number): CellLine | undefined => unit.notebook?.locate(lines.lineOf(offset));
  const describe = (offset: number): string => {
    const at = locate(offset);
    return at ? cellLineLabel(at.cell, at.line) : `line ${lines.lineOf(offset)}`;
  };
  const interpreter = new LeakageInterpreter({ describe, module: modules }, { path: unit.path, source: unit.source, names: new Map() });
  const pieces = unit.notebook
    ? unit.notebook.cells.map(span => {
        const base = lines.starts[span.startLine - 1] ?? unit.source.length;
        const end = lines.starts[span.startLine - 1 + span.lineCount] ?? unit.source.length;
        return { base, text: unit.source.slice(base, end) };
      })
    : [{ base: 0, text: unit.source }];
  pieces.forEach((piece, index) => {
    interpreter.run(unit.cellTrees?.[index] ?? parser.parse(parserText(piece.text)), piece.text, piece.base);
  });
  return interpreter.leaks
    .map(leak => {
      const cell = locate(leak.at);
      return { ...leak, line: lines.lineOf(leak.at), ...(cell && { cell }) };
    })
    .sort((a, b) => a.at - b.at);
}
