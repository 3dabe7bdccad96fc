/** Running our own Python (the environment probe, the notebook timing) with a given interpreter, in the repo root, input on stdin. */
import { execFile } from 'child_process';
import { PROBE_SOURCE } from '../fix/probe/probeSource';
import { ProbeInput, ProbeResult, parseProbeOutput } from '../fix/probe/probeResult';
import { TIMING_SOURCE, parseTimingOutput } from '../fix/probe/timingSource';
import type { NotebookToTime, RunTimesMeasurement } from '../fix/runTimes';

export const PROBE_TIMEOUT_MS = 60_000;
/** Per notebook cell, as nbclient counts it; the whole timing run may take this per notebook at most. */
export const TIMING_CELL_TIMEOUT_S = 30 * 60;

/** Runs `python -c source` with `input` as JSON on stdin; resolves to its stdout, or why it could not run. */
function runPython(python: string, cwd: string, source: string, input: unknown, timeoutMs: number): Promise<{ stdout?: string; error?: string }> {
  return new Promise(resolve => {
    const child = execFile(
      python,
      ['-c', source],
      { cwd, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err && !stdout.trim()) {
          const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : err.killed ? `timed out after ${timeoutMs} ms` : err.message.split('\n')[0];
          resolve({ error: `could not run ${python}: ${why}${stderr.trim() ? ` (${stderr.trim().split('\n').pop()})` : ''}` });
          return;
        }
        resolve({ stdout });
      }
    );
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(JSON.stringify(input));
  });
}

export async function runProbe(
  python: string,
  cwd: string,
  input: ProbeInput,
  timeoutMs = PROBE_TIMEOUT_MS
): Promise<{ result?: ProbeResult; error?: string }> {
  const run = await runPython(python, cwd, PROBE_SOURCE, input, timeoutMs);
  return run.stdout === undefined ? { error: run.error } : parseProbeOutput(run.stdout);
}

/** Executes each notebook once with nbclient in that interpreter (paths relative to `cwd`) and times the runs. */
export async function runTiming(
  python: string,
  cwd: string,
  notebooks: readonly NotebookToTime[]
): Promise<{ result?: RunTimesMeasurement; error?: string }> {
  const input = { notebooks: notebooks.map(n => ({ path: n.path, kernel: n.kernelName })), timeout: TIMING_CELL_TIMEOUT_S };
  const run = await runPython(python, cwd, TIMING_SOURCE, input, TIMING_CELL_TIMEOUT_S * 1000 * Math.max(1, notebooks.length));
  return run.stdout === undefined ? { error: run.error } : parseTimingOutput(run.stdout);
}
