/**
 * The audit's Python analysis: the prescan's statements parsed, facts mapped back to the source's
 * lines and offsets. Imports, defs/classes and docstrings are complete; calls, assignments and
 * strings are those of the statements the prescan keeps (see prescan.ts).
 */
import { analyzePython } from './analyze';
import { CompactPrescan, compactPrescan } from './compactPrescan';
import { LineIndex } from './lineIndex';
import { LineSelection, keptShare, sameShapedText, selectPythonLines } from './prescan';
import { REPLACEMENT_MARK } from './strings';
import type { PyAnalysis } from './types';

/** Above this share of kept text, parsing the reduced text saves too little to be worth mapping. */
const FULL_PARSE_SHARE = 0.9;

export function analyzeRelevantPython(source: string): PyAnalysis {
  const selection = selectPythonLines(source);
  if (keptShare(source, selection) >= FULL_PARSE_SHARE) {
    return analyzePython(source);
  }
  const scan = compactPrescan(source, selection);
  const analysis = analyzePython(scan.text);
  if (analysis.syntaxErrors.length || stringSpansDroppedLines(analysis, scan)) {
    // Where the parser and the prescan read the text differently, the left-out lines may have
    // mattered (where an error is reported, what a string holds): parse the same-shaped text instead.
    return analyzeSameShaped(source, selection);
  }
  // Kept lines are verbatim: only their line numbers and start offsets differ.
  const { sourceLine, textLineStarts, lineStarts } = scan;
  const remap = (item: { line: number; offset: number }): void => {
    const k = item.line - 1;
    item.offset += lineStarts[sourceLine[k]] - textLineStarts[k];
    item.line = sourceLine[k] + 1;
  };
  analysis.imports.forEach(remap);
  analysis.calls.forEach(remap);
  analysis.assignments.forEach(remap);
  analysis.strings.forEach(remap);
  analysis.asserts.forEach(remap);
  analysis.functions.forEach(f => (f.line = sourceLine[f.line - 1] + 1));
  return analysis;
}

/**
 * The facts analyzeRelevantPython gives for `source`, taken from a full analysis of it (cells parsed
 * once for another check, see notebook/cellTrees.ts): calls, assignments, strings and asserts of the
 * statements the prescan keeps; imports and defs, which it always keeps, all. Changes `analysis`.
 */
export function relevantFactsOf(analysis: PyAnalysis, source: string): PyAnalysis {
  const selection = selectPythonLines(source);
  if (keptShare(source, selection) >= FULL_PARSE_SHARE) {
    return analysis;
  }
  const kept = (item: { line: number }): boolean => selection.keep[item.line - 1] === 1;
  analysis.calls = analysis.calls.filter(kept);
  analysis.assignments = analysis.assignments.filter(kept);
  analysis.strings = analysis.strings.filter(kept);
  analysis.asserts = analysis.asserts.filter(kept);
  return analysis;
}

/**
 * A multi-line string of the compact text whose lines are not consecutive lines of the source. A
 * value with an f-string's replacement mark may hide line breaks of the field: taken as spanning.
 */
export function stringSpansDroppedLines(analysis: PyAnalysis, scan: CompactPrescan): boolean {
  const { sourceLine } = scan;
  return analysis.strings.some(s => {
    let breaks = 0;
    for (let i = s.value.indexOf('\n'); i !== -1; i = s.value.indexOf('\n', i + 1)) {
      breaks++;
    }
    const k = s.line - 1;
    return breaks > 0 && (s.value.includes(REPLACEMENT_MARK) || sourceLine[k + breaks] - sourceLine[k] !== breaks);
  });
}

/** The analysis of the prescan's text with dropped lines emptied: every line where it was. */
function analyzeSameShaped(source: string, selection: LineSelection): PyAnalysis {
  const scan = sameShapedText(source, selection);
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
  analysis.asserts.forEach(remap);
  return analysis;
}
