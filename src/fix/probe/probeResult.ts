/** What the environment probe prints (see probeSource.ts), and reading it back safely. */

export interface ProbeGpu {
  name: string;
  memory: string;
  driver: string;
}

export interface FrameworkInfo {
  available: boolean;
  reason?: string;
  version?: string;
  cuda_available?: boolean;
  cuda_version?: string | null;
  cudnn_version?: string | number | null;
  devices?: unknown[];
}

export interface ProbeResult {
  probe: number;
  os: { system: string | null; release: string | null; version: string | null; platform: string };
  architecture: string | null;
  python: { version: string; implementation: string; executable: string };
  cpu: {
    model: string | null;
    logical_cores: number | null;
    available_cores: number | null;
    physical_cores: number | null;
    physical_cores_reason: string | null;
  };
  ram_bytes: number | null;
  ram_reason: string | null;
  gpus: ProbeGpu[];
  gpus_reason: string | null;
  torch: FrameworkInfo;
  tensorflow: FrameworkInfo;
  cuda_version: string | null;
  cudnn_version: string | number | null;
  env: Record<string, string | null>;
  /** Installed version of each distribution asked about, or mapped from an import. */
  versions: Record<string, string>;
  missing_distributions: string[];
  /** Top-level import name -> distributions that install it (packages_distributions). */
  import_distributions: Record<string, string[]>;
  import_distributions_reason: string | null;
  git: { commit: string | null; dirty: boolean | null; reason: string | null };
}

/** The probe's stdin: which distributions to report versions of, which imports to map to distributions. */
export interface ProbeInput {
  distributions: string[];
  imports: string[];
}

/** The probe's output read back: the result, or why it cannot be used. */
export function parseProbeOutput(stdout: string): { result?: ProbeResult; error?: string } {
  const last = stdout.trim().split('\n').pop() ?? '';
  let data: unknown;
  try {
    data = JSON.parse(last);
  } catch {
    return { error: `the probe printed no JSON (${JSON.stringify(stdout.slice(0, 120))})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { error: 'the probe printed JSON that is not an object' };
  }
  const record = data as Record<string, unknown>;
  if (typeof record.error === 'string') {
    return { error: `the probe failed: ${record.error}` };
  }
  if (typeof record.python !== 'object' || typeof record.cpu !== 'object' || typeof record.versions !== 'object') {
    return { error: 'the probe output lacks python, cpu or versions' };
  }
  return { result: data as ProbeResult };
}
