/**
 * Imports that come after other code in a notebook: a reader running the first cells does not learn
 * what the notebook needs, and a fresh kernel fails late instead of at once.
 */
import type { Evidence } from '../report';
import type { PyAnalysis, PyImport } from '../python/types';

export interface LateImport {
  module: string;
  evidence: Evidence;
}

/**
 * Module-level imports in a cell after the first cell holding other code (a call, an assignment, a
 * def or class), as the analysis has them, in source order. Imports sharing the cell with that first
 * code are fine. The imports fix (src/fix/importsPlan.ts) moves exactly these.
 */
export function lateImportFacts(analysis: PyAnalysis, cellOf: (line: number) => number): PyImport[] {
  const codeLines = [
    ...analysis.calls.map(c => c.line),
    ...analysis.assignments.map(a => a.line),
    ...analysis.functions.map(f => f.line)
  ];
  if (!codeLines.length) {
    return [];
  }
  const firstCodeCell = Math.min(...codeLines.map(cellOf));
  return analysis.imports.filter(i => i.scope === undefined && cellOf(i.line) > firstCodeCell).sort((a, b) => a.offset - b.offset);
}

export function lateImportsOf(analysis: PyAnalysis, locate: (line: number) => Evidence): LateImport[] {
  return lateImportFacts(analysis, line => locate(line).cell ?? 0).map(i => ({ module: i.module, evidence: locate(i.line) }));
}
