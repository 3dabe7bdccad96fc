/**
 * What the environment probe says about the packages to pin: installed versions by distribution,
 * and which distributions provide an import. Shared by every pin file format.
 */
import { normalizeName } from '../audit/deps/normalizeName';
import type { ImportedPackage } from './pinsImports';

export interface PinsProbe {
  /** Installed versions by distribution name (any spelling). */
  versions: Record<string, string>;
  /** Top-level import name -> distributions that install it. */
  import_distributions: Record<string, string[]>;
}

export function versionIn(versions: Record<string, string>, name: string): string | undefined {
  const wanted = normalizeName(name);
  const key = Object.keys(versions).find(k => normalizeName(k) === wanted);
  return key === undefined ? undefined : versions[key];
}

/** Candidate distributions of an import: what the environment says first, then the audit's table. */
export function candidatesOf(pkg: ImportedPackage, probe: PinsProbe): string[] {
  const fromProbe = probe.import_distributions[pkg.module] ?? [];
  return [...new Set([...fromProbe, ...pkg.distributions].map(normalizeName))];
}

/** The first candidate distribution the environment has installed, with its version. */
export function installedCandidate(pkg: ImportedPackage, probe: PinsProbe): { distribution: string; version: string } | undefined {
  for (const distribution of candidatesOf(pkg, probe)) {
    const version = versionIn(probe.versions, distribution);
    if (version) {
      return { distribution, version };
    }
  }
  return undefined;
}
