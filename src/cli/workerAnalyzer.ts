/**
 * The CLI's Python analysis on every core: on repos with enough Python to pay for it, this thread
 * and `threads - 1` worker threads take batches of about BATCH_CHARS from one queue until it is
 * empty; on small repos, this thread alone. Each result lands in its source's slot, so the results
 * are the same, in the same order, whichever thread analysed what. Workers start on first need and
 * stop at `close()`; a worker that fails leaves its batch, and the rest, to this thread.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnalysisResult, PythonAnalyzer, analysisResultOf } from '../audit/python/analyzer';
import { analyzeWithHelpers } from '../audit/python/sharedAnalysis';
import { WorkerPool } from './workerPool';

export interface WorkerAnalyzerOptions {
  /** Threads in all, this one included; the number of cores by default. 1: no worker. */
  threads?: number;
  /** Below this much Python (UTF-16 code units), workers cost more than they save. */
  minChars?: number;
  /** The compiled worker script; pythonWorker.js beside this file by default. */
  script?: string;
}

/**
 * A worker answers its first batch ~40 ms after it is asked for (thread start, loading the parser),
 * on the other core, while this thread analyses; half a megabyte of Python takes ~100 ms to analyse
 * here, so from there on the worker's share is more than its start-up costs.
 */
export const DEFAULT_MIN_CHARS = 512 * 1024;
/** Batches in flight per worker: the next one waits in the worker while this thread is busy analysing. */
const WORKER_DEPTH = 2;

export interface ClosableAnalyzer extends PythonAnalyzer {
  /** Terminate the workers, if any were started. */
  close(): Promise<void>;
}

/** Let the event loop deliver the workers' answers (and hand them their next batch). */
const yieldToEventLoop = (): Promise<void> => new Promise(resolve => setImmediate(resolve));

/** The number of threads the CLI uses: REPRO_AUDIT_THREADS when set to a positive number, else every core. */
export function threadsFromEnv(value: string | undefined): number {
  const asked = Number(value);
  return Number.isInteger(asked) && asked >= 1 ? asked : os.cpus().length;
}

export function createWorkerAnalyzer(options: WorkerAnalyzerOptions = {}): ClosableAnalyzer {
  const threads = Math.max(1, options.threads ?? os.cpus().length);
  const minChars = options.minChars ?? DEFAULT_MIN_CHARS;
  const script = options.script ?? path.join(__dirname, 'pythonWorker.js');
  let pool: WorkerPool<string[], AnalysisResult[]> | undefined;
  let poolFailed = false;

  return {
    async analyzeAll(sources) {
      const chars = sources.reduce((n, s) => n + s.length, 0);
      // Run from sources (ts-jest) there is no compiled worker script: analyse here.
      if (threads < 2 || chars < minChars || poolFailed || !fs.existsSync(script)) {
        return sources.map(analysisResultOf);
      }
      pool ??= new WorkerPool(script, threads - 1, WORKER_DEPTH);
      const workers = pool;
      return analyzeWithHelpers(sources, {
        slots: workers.size * WORKER_DEPTH,
        analyze: batch => workers.run(batch),
        yieldTurn: yieldToEventLoop,
        failed: () => (poolFailed = true)
      });
    },
    async close() {
      await pool?.close();
      pool = undefined;
    }
  };
}
