/** A probe result as from a CPU-only Linux machine without git, for the environment fixes' tests. */
import type { ProbeResult } from '../probe/probeResult';

export function probeFixture(overrides: Partial<ProbeResult> = {}): ProbeResult {
  return {
    probe: 1,
    os: { system: 'Linux', release: '6.1.0', version: '#1', platform: 'Linux-6.1.0-x86_64' },
    architecture: 'x86_64',
    python: { version: '3.11.7', implementation: 'CPython', executable: '/usr/bin/python3' },
    cpu: { model: 'AMD EPYC 7763', logical_cores: 8, available_cores: 4, physical_cores: null, physical_cores_reason: '/proc/cpuinfo lists no core ids' },
    ram_bytes: 16 * 2 ** 30,
    ram_reason: null,
    gpus: [],
    gpus_reason: 'nvidia-smi is not on PATH',
    torch: { available: false, reason: 'torch is not installed' },
    tensorflow: { available: false, reason: 'tensorflow is not installed' },
    cuda_version: null,
    cudnn_version: null,
    env: { PYTHONHASHSEED: '0', CUBLAS_WORKSPACE_CONFIG: null, OMP_NUM_THREADS: null, MKL_NUM_THREADS: null },
    versions: { numpy: '2.4.6' },
    missing_distributions: [],
    import_distributions: {},
    import_distributions_reason: null,
    git: { commit: null, dirty: null, reason: 'not a git repository (or no commit yet)' },
    ...overrides
  };
}
