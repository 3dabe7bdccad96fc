/**
 * In the audit worker: the Python modules' analysis shared with the page. Once the reads are done the
 * page's main thread waits for the report, idle, on a machine with a second core; so on repos with
 * much Python the page analyses batches too (about 64K characters each, a few tens of milliseconds of
 * its main thread at a time, far below a long task that freezes it), as the CLI's worker threads do.
 * Below PAGE_MIN_CHARS the messages cost more than they save; a page that fails to answer leaves the
 * rest to the worker.
 */
import { PythonAnalyzer, analysisResultOf } from '../../audit/python/analyzer';
import { analyzeWithHelpers } from '../../audit/python/sharedAnalysis';
import type { RemoteReader } from './remoteReader';

export const PAGE_MIN_CHARS = 256 * 1024;
/** Batches the page holds at once: the next one waits there while it answers the last. */
const PAGE_SLOTS = 2;

/** A turn of the worker's event loop with no timer clamping: the page's answers arrive meanwhile. */
function yieldTurn(): Promise<void> {
  return new Promise(resolve => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function pageAssistedAnalyzer(page: Pick<RemoteReader, 'analyze'>, minChars = PAGE_MIN_CHARS): PythonAnalyzer {
  let pageLost = false;
  return {
    async analyzeAll(sources) {
      const chars = sources.reduce((n, s) => n + s.length, 0);
      if (pageLost || chars < minChars) {
        return sources.map(analysisResultOf);
      }
      return analyzeWithHelpers(sources, {
        slots: PAGE_SLOTS,
        analyze: batch => page.analyze(batch),
        yieldTurn,
        failed: () => (pageLost = true)
      });
    }
  };
}
