/**
 * Where the Python analysis runs: in this thread by default; a host (the CLI) may hand it to worker
 * threads. Sources go in batches so that a worker's message costs are paid once per batch.
 */
import { analyzeRelevantPython } from './relevant';
import type { PyAnalysis } from './types';

/** One source's analysis, or why the parser failed on it. */
export interface AnalysisResult {
  analysis?: PyAnalysis;
  error?: string;
}

export interface PythonAnalyzer {
  /** The analyses of `sources`, in the same order. */
  analyzeAll(sources: readonly string[]): Promise<AnalysisResult[]>;
}

/** Analyse one source, turning a parser failure into a result rather than a throw. */
export function analysisResultOf(source: string): AnalysisResult {
  try {
    return { analysis: analyzeRelevantPython(source) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
