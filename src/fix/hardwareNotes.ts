/**
 * HARDWARE.md and hardware.json from an environment probe. The generated table sits between marker
 * comments and is replaced on a rerun; everything else in the file, above all the user's section on
 * training time and the paper's hardware, is kept as it is.
 */
import type { ProbeResult } from './probe/probeResult';
import { ShareableProbe, shareableProbe } from './probe/shareable';
import { MeasuredRunTime, runTimesTable } from './runTimes';
import { formatNumber } from '../audit/numberText';

export const HARDWARE_BEGIN = '<!-- repro-audit:hardware begin (generated; reruns replace up to the end marker) -->';
export const HARDWARE_END = '<!-- repro-audit:hardware end -->';
export const USER_SECTION_HEADING = "## Training time and the hardware behind the paper's numbers";

// No example durations here: the hardware check would take them for the user's statement.
const USER_SECTION = [
  USER_SECTION_HEADING,
  '',
  '<!-- Yours to fill in; `repro-audit fix hardware` never changes this section. -->',
  '',
  '- Training time (wall clock, and on which hardware): _to fill in_',
  "- Hardware the paper's numbers came from, if not the machine above: _to fill in_",
  ''
].join('\n');

function gib(bytes: number): string {
  return `${formatNumber(bytes / 2 ** 30)} GiB`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function orNone(value: string | number | null | undefined, reason?: string | null): string {
  if (value === null || value === undefined || value === '') {
    return reason ? `none (${reason})` : 'none';
  }
  return String(value);
}

function coresText(cpu: ShareableProbe['cpu']): string {
  const parts = [
    cpu.available_cores !== null && cpu.available_cores !== undefined ? `${cpu.available_cores} available` : undefined,
    `physical: ${orNone(cpu.physical_cores, cpu.physical_cores_reason)}`
  ].filter(Boolean);
  return `${orNone(cpu.logical_cores)} cores (logical; ${parts.join(', ')})`;
}

function gpuText(probe: ShareableProbe): string {
  if (probe.gpus.length) {
    return probe.gpus.map(g => `${g.name} (${g.memory} memory, driver ${g.driver})`).join('; ');
  }
  return orNone(null, probe.gpus_reason);
}

function frameworkText(info: ShareableProbe['torch']): string {
  if (!info.available) {
    return orNone(null, info.reason);
  }
  const devices = (info.devices ?? []).map(d => (typeof d === 'string' ? d : (d as { name?: string }).name ?? '?'));
  const cuda = info.cuda_available === false ? ', CUDA not available' : '';
  return `${info.version ?? '?'}${cuda}${devices.length ? `, devices: ${devices.join(', ')}` : ''}`;
}

function gitText(git: ShareableProbe['git']): string {
  if (!git.commit) {
    return orNone(null, git.reason);
  }
  return `${git.commit}${git.dirty === true ? ' (uncommitted changes)' : git.dirty === false ? ' (clean)' : ''}`;
}

/** The generated part of HARDWARE.md, markers included: no local paths or user names (see shareable.ts). */
export function hardwareTable(measured: ProbeResult, runTimes: readonly MeasuredRunTime[] = []): string {
  const probe = shareableProbe(measured);
  const rows: Array<[string, string]> = [
    ['OS', `${orNone(probe.os.system)} ${probe.os.release ?? ''}`],
    ['Architecture', orNone(probe.architecture)],
    ['Python', `${probe.python.implementation} ${probe.python.version}`],
    ['CPU', orNone(probe.cpu.model, 'not reported by the platform or /proc/cpuinfo')],
    ['CPU cores', coresText(probe.cpu)],
    ['RAM', probe.ram_bytes ? `${gib(probe.ram_bytes)} RAM` : orNone(null, probe.ram_reason)],
    ['GPUs', gpuText(probe)],
    ['CUDA / cuDNN', `${orNone(probe.cuda_version)} / ${orNone(probe.cudnn_version)}`],
    ['PyTorch', frameworkText(probe.torch)],
    ['TensorFlow', frameworkText(probe.tensorflow)],
    ...Object.entries(probe.env).map(([k, v]): [string, string] => [k, v === null ? 'not set' : `\`${v}\``]),
    ['Git commit', gitText(probe.git)]
  ];
  const versions = Object.entries(probe.versions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [
    HARDWARE_BEGIN,
    '',
    'Machine and environment the probe ran in (`repro-audit fix hardware`):',
    '',
    '| Item | Value |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`)
  ];
  if (runTimes.length) {
    lines.push('', runTimesTable(runTimes));
  }
  if (versions.length) {
    lines.push('', '| Package | Version |', '| --- | --- |', ...versions.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`));
  }
  lines.push('', HARDWARE_END);
  return lines.join('\n');
}

/**
 * The new HARDWARE.md: `existing` with its generated block replaced, or with one added (after the
 * title, before the user's section when there is one); a new file when there is no `existing`.
 */
export function hardwareNotes(probe: ProbeResult, existing?: string, runTimes: readonly MeasuredRunTime[] = []): string {
  const table = hardwareTable(probe, runTimes);
  if (existing === undefined || !existing.trim()) {
    return `# Hardware\n\n${table}\n\n${USER_SECTION}`;
  }
  const begin = existing.indexOf(HARDWARE_BEGIN);
  const end = begin >= 0 ? existing.indexOf(HARDWARE_END, begin) : -1;
  if (begin >= 0 && end >= 0) {
    const updated = existing.slice(0, begin) + table + existing.slice(end + HARDWARE_END.length);
    return updated.includes(USER_SECTION_HEADING) ? updated : `${updated.replace(/\n*$/, '\n\n')}${USER_SECTION}`;
  }
  // A HARDWARE.md the user wrote: keep every line, add the table (and the section if missing) at the end.
  const kept = existing.replace(/\n*$/, '\n\n');
  return existing.includes(USER_SECTION_HEADING) ? `${kept}${table}\n` : `${kept}${table}\n\n${USER_SECTION}`;
}

/**
 * hardware.json: the probe's findings, with where they came from, and any measured run times; the
 * interpreter as implementation and version, with no local paths or user names (see shareable.ts).
 */
export function hardwareJson(probe: ProbeResult, runTimes: readonly MeasuredRunTime[] = []): string {
  const measured = runTimes.length ? { run_times: runTimes } : {};
  return JSON.stringify({ generated_by: 'repro-audit fix hardware', ...shareableProbe(probe), ...measured }, null, 2) + '\n';
}
