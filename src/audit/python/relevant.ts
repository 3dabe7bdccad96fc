/**
 * The audit's Python analysis: the prescan's statements parsed, facts mapped back to the source's
 * offsets. Imports, defs/classes and docstrings are complete; calls, assignments and strings are
 * those of the statements the prescan keeps (see prescan.ts).
 */
import { analyzePython } from './analyze';
import { LineIndex } from './lineIndex';
import { prescanPython } from './prescan';
import type { PyAnalysis } from './types';

/** Above this share of kept text, parsing the reduced text saves too little to be worth mapping. */
const FULL_PARSE_SHARE = 0.9;

export function analyzeRelevantPython(source: string): PyAnalysis {
  const scan = prescanPython(source);
  if (scan.kept >= FULL_PARSE_SHARE) {
    return analyzePython(source);
  }
  const analysis = analyzePython(scan.text);
  // Kept lines are verbatim and on the same line numbers: only their start offsets differ.
  const reduced = new LineIndex(scan.text).starts;
  const original = scan.lineStarts;
  const remap = (item: { line: number; offset: number }): void => {
    item.offset += original[item.line - 1] - reduced[item.line - 1];
  };
  analysis.imports.forEach(remap);
  analysis.calls.forEach(remap);
  analysis.assignments.forEach(remap);
  analysis.strings.forEach(remap);
  return analysis;
}
