/**
 * conda match specs as written in environment.yml: `numpy`, `numpy=1.26.4`, `numpy==1.26.4`,
 * `numpy=1.26.4=py311h_0`, `numpy 1.26.4`, `numpy>=1.20`, `conda-forge::numpy`, `numpy[version='1.26.4']`.
 */

import { normalizeName } from './normalizeName';
import type { DeclaredPackage } from './types';
export interface CondaSpec {
  name: string;
  /** Everything after the name, as written. */
  spec: string;
  pinned: boolean;
  channel?: string;
}

/** A version with at least major.minor.patch, no wildcard and no alternatives. */
function isFullVersion(version: string): boolean {
  return /^v?\d+(\.[0-9A-Za-z]+){2,}([._+-][0-9A-Za-z.+_-]*)?$/.test(version) && !/[*|,<>!]/.test(version);
}

function isExactVersion(version: string): boolean {
  return /^[0-9A-Za-z][0-9A-Za-z.+_!-]*$/.test(version);
}

/**
 * conda's `=1.26` matches 1.26.* (fuzzy), so only a full x.y.z, an epoch or a build string fixes the
 * package; `==` is exact whatever its length.
 */
function pinVerdict(written: string, build: string | undefined, exact: boolean): boolean {
  // An epoch (`1!152.2018`) appears only in versions copied from an installed environment: exact.
  const epoch = /^\d+!/.exec(written);
  const version = epoch ? written.slice(epoch[0].length) : written;
  if (!version || /[*|,<>!~]/.test(version)) {
    return false;
  }
  if (epoch) {
    return isExactVersion(version);
  }
  if (exact) {
    return isExactVersion(version);
  }
  return isFullVersion(version) || (!!build && build !== '*' && isExactVersion(version));
}

export function parseCondaSpec(text: string): CondaSpec | { error: string } {
  let source = text.trim();
  let channel: string | undefined;
  const channelAt = source.lastIndexOf('::');
  if (channelAt >= 0) {
    channel = source.slice(0, channelAt);
    source = source.slice(channelAt + 2).trim();
  }
  const name = /^([A-Za-z0-9_][A-Za-z0-9_.-]*)/.exec(source);
  if (!name) {
    return { error: `not a valid conda package spec: "${text.trim()}"` };
  }
  const rest = source.slice(name[1].length).trim();
  const result = (pinned: boolean): CondaSpec => {
    const spec: CondaSpec = { name: name[1], spec: rest, pinned };
    if (channel) {
      spec.channel = channel;
    }
    return spec;
  };
  if (!rest) {
    return result(false);
  }
  if (rest.startsWith('[')) {
    // Bracket form: numpy[version='1.26.4', build=py311h_0]
    const version = /version\s*=\s*['"]?([^'",\]]+)/.exec(rest)?.[1]?.trim() ?? '';
    const build = /build\s*=\s*['"]?([^'",\]]+)/.exec(rest)?.[1]?.trim();
    const exact = version.startsWith('==');
    return result(pinVerdict(version.replace(/^==?/, ''), build, exact));
  }
  if (/^\s/.test(source.slice(name[1].length)) && !/^[=<>!~]/.test(rest)) {
    // Space-separated form: "numpy 1.26.4 py311h_0".
    const [version, build] = rest.split(/\s+/);
    return result(pinVerdict(version.replace(/^==/, ''), build, rest.startsWith('==')));
  }
  if (rest.startsWith('==')) {
    const [version, build] = rest.slice(2).trim().split('=');
    return result(pinVerdict(version.trim(), build, true));
  }
  if (rest.startsWith('=')) {
    const [version, build] = rest.slice(1).trim().split('=');
    return result(pinVerdict(version.trim(), build?.trim(), false));
  }
  if (/^(>=|<=|>|<|!=|~=)/.test(rest)) {
    return result(false);
  }
  return { error: `not a valid conda package spec: "${text.trim()}"` };
}

/** A declared conda package from its parsed spec. */
export function condaPackage(spec: CondaSpec, path: string, line: number): DeclaredPackage {
  return {
    name: spec.name,
    normalized: normalizeName(spec.name),
    spec: spec.spec,
    path,
    line,
    pinned: spec.pinned,
    ecosystem: 'conda'
  };
}
