/** Running the environment probe with a given Python interpreter, in the repo root, input on stdin. */
import { execFile } from 'child_process';
import { PROBE_SOURCE } from '../fix/probe/probeSource';
import { ProbeInput, ProbeResult, parseProbeOutput } from '../fix/probe/probeResult';

export const PROBE_TIMEOUT_MS = 60_000;

export async function runProbe(
  python: string,
  cwd: string,
  input: ProbeInput,
  timeoutMs = PROBE_TIMEOUT_MS
): Promise<{ result?: ProbeResult; error?: string }> {
  return new Promise(resolve => {
    const child = execFile(
      python,
      ['-c', PROBE_SOURCE],
      { cwd, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err && !stdout.trim()) {
          const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : err.killed ? `timed out after ${timeoutMs} ms` : err.message.split('\n')[0];
          resolve({ error: `could not run ${python}: ${why}${stderr.trim() ? ` (${stderr.trim().split('\n').pop()})` : ''}` });
          return;
        }
        resolve(parseProbeOutput(stdout));
      }
    );
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(JSON.stringify(input));
  });
}
