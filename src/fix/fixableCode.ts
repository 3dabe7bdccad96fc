/**
 * A script or notebook as the seed fixer reads it: the Python it analyses (its own seed code left
 * out, so a second run sees what the first one saw), and how a range of that Python maps back to
 * an edit of the file (a script's text, or one notebook cell's source).
 */
import type { PyAnalysis } from '../audit/python/types';
import type { AnalysedUnit } from '../audit/seeds/analysedUnit';
import type { TextEdit } from './edits';
import type { PythonSyntax } from './pythonSyntax';

export interface FixableCode {
  path: string;
  kind: 'script' | 'notebook';
  /** The analysed Python: the script with its seed block blanked, or the code cells joined without the seed cell. */
  source: string;
  analysis: PyAnalysis;
  syntax: PythonSyntax;
  unit: AnalysedUnit;
  /** Line break to write ('\r\n' in a script written with them). */
  eol: string;
  /** The seed code the fixer wrote earlier: the script block (markers included) or the seed cell's source. */
  existingBlock?: string;
  /** The file edit for a range of `source`; undefined when the range does not map (it spans cells). */
  edit(start: number, end: number, newText: string): TextEdit | undefined;
  /** Offset in `source` of the first line of the top-level statement holding `offset`. */
  statementStart(offset: number): number;
}
