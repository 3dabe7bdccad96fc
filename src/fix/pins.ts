/**
 * New requirements.txt text with `==` pins for exactly the packages the repo imports, at the
 * versions the probed interpreter has installed. Every line is kept: comments, markers, extras,
 * includes, URLs, hashes and existing pins stay byte for byte; an unpinned requirement of an
 * imported package gets its version spec replaced by `==version`; imported packages no line
 * declares are added at the end under a comment.
 */
import { parseRequirementsTxt } from '../audit/deps/requirementsTxt';
import type { DeclaredPackage } from '../audit/deps/types';
import type { ImportedPackage } from './pinsImports';
import { candidatesOf, PinsProbe, versionIn } from './pinsProbe';

export type { PinsProbe } from './pinsProbe';

export const ADDED_PINS_COMMENT = '# Pinned by repro-audit fix pins: imported by the code, installed in the probed environment';

export interface PinChange {
  module: string;
  distribution: string;
  version: string;
  /** 1-based line in the new text. */
  line: number;
  kind: 'pinned-in-place' | 'added';
  /** The pin as written when it is not `distribution==version` (conda's `numpy=1.26.4`). */
  written?: string;
}

/** How a change reads in a summary: the pin as the file now says it. */
export function pinChangeText(change: PinChange): string {
  return `${change.kind === 'added' ? 'added' : 'pinned'} ${change.written ?? `${change.distribution}==${change.version}`} (import ${change.module})`;
}

export interface PinsPlan {
  text: string;
  changes: PinChange[];
  /** Imported packages already pinned (or fixed by a URL/hash) in this file. */
  alreadyPinned: string[];
  /** Imported packages left as they are, each with why. */
  unpinned: Array<{ module: string; reason: string }>;
}

/** The spec after a name and its extras, up to a marker, a comment or a per-requirement option. */
const NAME_AND_SPEC = /^(\s*[A-Za-z0-9][A-Za-z0-9._-]*(?:\s*\[[^\]]*\])?)([^;#]*?)(\s*(?:;|#|\s--?[A-Za-z]|$)[\s\S]*)$/;

/**
 * A requirement that is just `name[extras] spec ; markers # comment` with its spec replaced by
 * `==version`; undefined for anything else (includes, URLs, continuations), which is left alone.
 */
export function pinnedRequirementText(physical: string, version: string): string | undefined {
  if (/\\\s*$/.test(physical) || /^\s*-/.test(physical) || /@|:\/\//.test(physical.split('#')[0])) {
    return undefined;
  }
  const match = NAME_AND_SPEC.exec(physical);
  if (!match) {
    return undefined;
  }
  return `${match[1]}==${version}${match[3]}`;
}

export function planPins(
  requirements: string,
  imported: readonly ImportedPackage[],
  probe: PinsProbe,
  path = 'requirements.txt'
): PinsPlan {
  const declared = parseRequirementsTxt(requirements, path).packages;
  const eol = requirements.includes('\r\n') ? '\r\n' : '\n';
  const lines = requirements.length ? requirements.split(/\r?\n/) : [];
  const finalBreak = lines.length > 0 && lines[lines.length - 1] === '';
  if (finalBreak) {
    lines.pop();
  }
  const plan: PinsPlan = { text: requirements, changes: [], alreadyPinned: [], unpinned: [] };
  const added: Array<{ module: string; distribution: string; version: string }> = [];
  for (const pkg of imported) {
    const candidates = candidatesOf(pkg, probe);
    const lineOf: DeclaredPackage | undefined = declared.find(d => candidates.includes(d.normalized));
    if (lineOf) {
      if (lineOf.pinned) {
        plan.alreadyPinned.push(pkg.module);
        continue;
      }
      const version = versionIn(probe.versions, lineOf.name);
      if (!version) {
        plan.unpinned.push({ module: pkg.module, reason: `${lineOf.name} (line ${lineOf.line}) is not installed in the probed environment` });
        continue;
      }
      const edited = pinnedRequirementText(lines[lineOf.line - 1] ?? '', version);
      if (edited === undefined) {
        plan.unpinned.push({ module: pkg.module, reason: `line ${lineOf.line} (${lineOf.name}) is not a plain requirement to edit; pin it by hand to ${version}` });
        continue;
      }
      lines[lineOf.line - 1] = edited;
      plan.changes.push({ module: pkg.module, distribution: lineOf.name, version, line: lineOf.line, kind: 'pinned-in-place' });
      continue;
    }
    const installed = candidates.map(c => ({ distribution: c, version: versionIn(probe.versions, c) })).find(c => c.version);
    if (!installed?.version) {
      plan.unpinned.push({ module: pkg.module, reason: `no distribution providing ${pkg.module} is installed in the probed environment` });
      continue;
    }
    if (!added.some(a => a.distribution === installed.distribution)) {
      added.push({ module: pkg.module, distribution: installed.distribution, version: installed.version });
    }
  }
  if (added.length) {
    if (lines.length && lines[lines.length - 1].trim()) {
      lines.push('');
    }
    lines.push(ADDED_PINS_COMMENT);
    for (const a of added) {
      lines.push(`${a.distribution}==${a.version}`);
      plan.changes.push({ ...a, line: lines.length, kind: 'added' });
    }
  }
  if (plan.changes.length) {
    plan.text = lines.join(eol) + (finalBreak || added.length ? eol : '');
  }
  return plan;
}
