/**
 * Worker-thread entry: analyses each batch of Python sources it is sent and answers with the
 * results, in order. Loaded by the CLI's worker pool (see workerAnalyzer.ts).
 */
import { parentPort } from 'worker_threads';
import { analysisResultOf } from '../audit/python/analyzer';

parentPort?.on('message', (sources: string[]) => {
  parentPort!.postMessage(sources.map(analysisResultOf));
});
