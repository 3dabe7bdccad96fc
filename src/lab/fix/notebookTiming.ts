/**
 * Run times for the hardware notes: each of the repo's notebooks run once, top to bottom, in a fresh
 * kernel (never the user's), timed from the first cell's start to the last cell's end. Only runs
 * that complete give a time; the user is asked first, since this runs the repo's code.
 */
import type { ServiceManager } from '@jupyterlab/services';
import { RepoFacts } from '../../audit/facts';
import { NOTEBOOKS } from '../../audit/notebook/facts';
import { cellLabel } from '../../audit/notebook/cellLabel';
import { walkRepo } from '../../audit/walk';
import { NotebookToTime, notebooksToTime, RunTimesMeasurement } from '../../fix/runTimes';
import { ContentsGetter, ContentsRepoReader } from '../readers/contentsReader';
import { MissingKernelSpecError, runNotebook } from '../kernel/runner';
import { serverPathOf } from '../serverPath';

/** Generous: a training notebook may take a while per cell; Cancel in the notification stops it. */
export const TIMING_CELL_TIMEOUT_MS = 30 * 60_000;

/** The notebooks of the repo at `folder` (server path) worth timing, read through the Contents API. */
export async function repoNotebooksToTime(contents: ContentsGetter, folder: string, defaultKernel: string): Promise<NotebookToTime[]> {
  const reader = new ContentsRepoReader(contents, folder);
  const facts = new RepoFacts(reader, await walkRepo(reader));
  return notebooksToTime(await facts.get(NOTEBOOKS), defaultKernel);
}

/** Runs each notebook once in a fresh kernel at its folder and times the runs that complete. */
export async function timeNotebooks(
  serviceManager: ServiceManager.IManager,
  folder: string,
  notebooks: readonly NotebookToTime[],
  signal?: AbortSignal
): Promise<RunTimesMeasurement> {
  const result: RunTimesMeasurement = { measured: [], failed: [] };
  for (const notebook of notebooks) {
    if (signal?.aborted) {
      result.failed.push({ path: notebook.path, reason: 'cancelled' });
      continue;
    }
    let started: number | undefined;
    let ended: number | undefined;
    try {
      const run = await runNotebook(serviceManager, {
        path: serverPathOf(folder, notebook.path),
        cells: notebook.cells,
        kernelName: notebook.kernelName,
        cellTimeoutMs: TIMING_CELL_TIMEOUT_MS,
        signal,
        name: `Repro audit timing of ${notebook.path}`,
        onProgress: (index, total) => {
          if (index === 0) {
            started = performance.now();
          }
          if (index === total) {
            ended = performance.now();
          }
        }
      });
      if (run.outcome === 'completed' && started !== undefined && ended !== undefined) {
        result.measured.push({
          path: notebook.path,
          seconds: (ended - started) / 1000,
          codeCells: notebook.cells.length,
          kernel: notebook.kernelName,
          measuredAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z')
        });
      } else {
        const index = run.failedCell === undefined ? undefined : (notebook.cellIndices?.[run.failedCell] ?? run.failedCell);
        const at = index !== undefined ? ` at ${cellLabel(index)}` : '';
        result.failed.push({ path: notebook.path, reason: `stopped${at}: ${run.message ?? run.outcome}` });
      }
    } catch (err) {
      if (!(err instanceof MissingKernelSpecError)) {
        throw err;
      }
      result.failed.push({ path: notebook.path, reason: err.message });
    }
  }
  return result;
}
