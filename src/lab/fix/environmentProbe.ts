/**
 * The environment probe run in a fresh kernel (never the user's, never repo code): one cell that
 * hands the probe its input as a literal (kernels run with stdin off) and then runs our probe source.
 */
import type { ServiceManager } from '@jupyterlab/services';
import { PROBE_SOURCE } from '../../fix/probe/probeSource';
import { ProbeInput, ProbeResult, parseProbeOutput } from '../../fix/probe/probeResult';
import { runNotebook } from '../kernel/runner';

export const PROBE_KERNEL = 'python3';
export const PROBE_TIMEOUT_MS = 60_000;

/** The one cell: stdin replaced by the input as a JSON string literal (valid Python), then the probe. */
export function probeCell(input: ProbeInput): string {
  const literal = JSON.stringify(JSON.stringify(input));
  return `import io as _repro_io, sys as _repro_sys\n_repro_sys.stdin = _repro_io.StringIO(${literal})\n${PROBE_SOURCE}`;
}

/** The cell's stdout, joined. */
function stdoutOf(outputs: readonly { output_type: string; name?: unknown; text?: unknown }[]): string {
  return outputs
    .filter(o => o.output_type === 'stream' && o.name === 'stdout')
    .map(o => (Array.isArray(o.text) ? o.text.join('') : String(o.text ?? '')))
    .join('');
}

/** Runs the probe in a fresh kernel whose working directory is `folder` (server path). */
export async function probeInKernel(
  serviceManager: ServiceManager.IManager,
  folder: string,
  input: ProbeInput,
  kernelName = PROBE_KERNEL
): Promise<{ result?: ProbeResult; error?: string }> {
  const run = await runNotebook(serviceManager, {
    // Only its folder matters: the kernel starts there.
    path: folder ? `${folder}/repro-audit-probe.ipynb` : 'repro-audit-probe.ipynb',
    cells: [probeCell(input)],
    kernelName,
    cellTimeoutMs: PROBE_TIMEOUT_MS,
    name: 'Repro audit environment probe'
  });
  if (run.outcome !== 'completed') {
    return { error: run.message ?? `the probe did not complete (${run.outcome})` };
  }
  return parseProbeOutput(stdoutOf(run.cells[0]?.outputs ?? []));
}
