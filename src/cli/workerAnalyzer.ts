/**
 * The CLI's Python analyzer: on repos with enough Python to pay for it, the analysis runs on a pool
 * of worker threads (one per core), sources sent in batches of about BATCH_BYTES; on small repos,
 * in this thread. Workers start on first need and stop at `close()`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnalysisResult, PythonAnalyzer, analysisResultOf } from '../audit/python/analyzer';
import { WorkerPool } from './workerPool';

export interface WorkerAnalyzerOptions {
  /** Worker threads at most; the number of cores by default. */
  threads?: number;
  /** Below this much Python (UTF-16 code units), workers cost more than they save. */
  minChars?: number;
  /** The compiled worker script; pythonWorker.js beside this file by default. */
  script?: string;
}

/** Starting a worker costs some 30-60 ms; half a megabyte of Python takes ~100 ms to analyse. */
const DEFAULT_MIN_CHARS = 512 * 1024;
/** Large enough to amortise a message, small enough to keep both cores busy to the end. */
const BATCH_CHARS = 128 * 1024;

export interface ClosableAnalyzer extends PythonAnalyzer {
  /** Terminate the workers, if any were started. */
  close(): Promise<void>;
}

function batchesOf(sources: readonly string[]): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let chars = 0;
  sources.forEach((source, k) => {
    current.push(k);
    chars += source.length;
    if (chars >= BATCH_CHARS) {
      batches.push(current);
      current = [];
      chars = 0;
    }
  });
  if (current.length) {
    batches.push(current);
  }
  return batches;
}

export function createWorkerAnalyzer(options: WorkerAnalyzerOptions = {}): ClosableAnalyzer {
  const threads = Math.max(1, options.threads ?? os.cpus().length);
  const minChars = options.minChars ?? DEFAULT_MIN_CHARS;
  const script = options.script ?? path.join(__dirname, 'pythonWorker.js');
  let pool: WorkerPool<string[], AnalysisResult[]> | undefined;

  const inThisThread = (sources: readonly string[]): AnalysisResult[] => sources.map(analysisResultOf);

  return {
    async analyzeAll(sources) {
      const chars = sources.reduce((n, s) => n + s.length, 0);
      // Run from sources (ts-jest) there is no compiled worker script: analyse here.
      if (threads < 2 || chars < minChars || !fs.existsSync(script)) {
        return inThisThread(sources);
      }
      pool ??= new WorkerPool(script, threads);
      const results: AnalysisResult[] = new Array(sources.length);
      await Promise.all(
        batchesOf(sources).map(async batch => {
          const answers = await pool!.run(batch.map(k => sources[k]));
          batch.forEach((k, j) => (results[k] = answers[j]));
        })
      );
      return results;
    },
    async close() {
      await pool?.close();
      pool = undefined;
    }
  };
}
