/**
 * The Python modules' analysis shared between this thread and helpers that run the same analysis
 * elsewhere (the CLI's worker threads; in JupyterLab, the page beside the audit worker): batches of
 * about BATCH_CHARS go from one queue to whichever is free, and each result lands in its source's
 * slot, so the results are the same, in the same order, whoever analysed what. A helper that fails
 * leaves its batch, and the rest, to this thread.
 */
import { AnalysisResult, analysisResultOf } from './analyzer';

/** Large enough to amortise a message, small enough to keep every thread busy to the end. */
export const BATCH_CHARS = 64 * 1024;

export interface AnalysisHelpers {
  /** Batches the helpers may hold at once (one consumer of the queue each). */
  slots: number;
  /** Analyse one batch elsewhere; rejects when that helper is lost. */
  analyze(batch: string[]): Promise<AnalysisResult[]>;
  /** Give the event loop a turn, so that helpers' answers arrive and they get their next batch. */
  yieldTurn(): Promise<void>;
  /** Called once a helper failed: the caller stops asking it. */
  failed?(): void;
}

/** Indexes of `sources` in batches of about BATCH_CHARS, in order. */
export function batchesOf(sources: readonly string[]): number[][] {
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

export async function analyzeWithHelpers(sources: readonly string[], helpers: AnalysisHelpers): Promise<AnalysisResult[]> {
  const results: AnalysisResult[] = new Array(sources.length);
  const queue = batchesOf(sources);
  let next = 0;
  let helpersLost = false;
  const take = (): number[] | undefined => queue[next++];
  const here = (batch: number[]): void => batch.forEach(k => (results[k] = analysisResultOf(sources[k])));
  const helper = async (): Promise<void> => {
    while (!helpersLost) {
      const batch = take();
      if (!batch) {
        return;
      }
      try {
        const answers = await helpers.analyze(batch.map(k => sources[k]));
        batch.forEach((k, j) => (results[k] = answers[j]));
      } catch {
        // A lost helper (out of memory, killed, a page that went away): its batch and the rest are done here.
        helpersLost = true;
        helpers.failed?.();
        here(batch);
      }
    }
  };
  const thisThread = async (): Promise<void> => {
    for (let batch = take(); batch; batch = take()) {
      here(batch);
      await helpers.yieldTurn();
    }
  };
  await Promise.all([...Array.from({ length: helpers.slots }, helper), thisThread()]);
  return results;
}
