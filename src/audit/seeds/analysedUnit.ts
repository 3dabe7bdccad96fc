/**
 * What the seeds logic needs of a Python unit (a script, or a notebook's code cells joined): the
 * shape of PYTHON_UNITS' entries, restated so the logic can be tested on hand-built analyses.
 */
import type { PyAnalysis } from '../python/types';
import type { Evidence } from '../report';

export interface AnalysedUnit {
  path: string;
  kind: 'script' | 'notebook';
  analysis: PyAnalysis;
  /** Where a line of the analysed source is in the repo (cell and cell line for notebooks). */
  evidence(line: number): Evidence;
}
