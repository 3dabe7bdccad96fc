/**
 * `fix pins` for a whole repo, the same in the CLI and the lab: what to ask the probe, and then the
 * new text of the chosen file (plus the requirements files an environment.yml pulls in with `-r`),
 * or for pyproject.toml/Pipfile a report. The caller reads files, shows diffs and writes guardedly.
 */
import type { RepoFacts } from '../audit/facts';
import { importsNotDeclared } from '../audit/deps/codeImports';
import { candidatesOf } from './pinsProbe';
import type { PinsProbe } from './pinsProbe';
import { PinChange, planPins } from './pins';
import { planEnvironmentPins } from './pinsEnvironmentYml';
import { ImportedPackage, importedPackages } from './pinsImports';
import { pinsReport, PinsReport } from './pinsReport';
import { PinsTarget, pinsTargetOf } from './pinsTarget';
import type { ProbeInput } from './probe/probeResult';

export interface PinsFileEdit {
  /** Repo-relative. */
  path: string;
  /** undefined: the file does not exist yet. */
  before?: string;
  after: string;
  changes: PinChange[];
}

export interface RepoPinsPlan {
  /** Files to write; one whose `after` equals `before` is up to date. Empty for a report. */
  edits: PinsFileEdit[];
  alreadyPinned: string[];
  unpinned: Array<{ module: string; reason: string }>;
  /** For pyproject.toml and Pipfile: the pins to make by hand or with a lock tool. */
  report?: PinsReport;
  /** Why nothing can be written (broken YAML...). */
  error?: string;
}

/** What fix pins (and fix hardware, which ignores the target) needs from a walked repo. */
export interface RepoPinsView {
  imports: ImportedPackage[];
  target: PinsTarget;
}

export async function repoPinsViewOf(facts: RepoFacts): Promise<RepoPinsView> {
  return { imports: importedPackages(await importsNotDeclared(facts, new Set())), target: await pinsTargetOf(facts) };
}

/** The probe's question: versions of what the target declares (no target: hardware) and of every candidate of the imports. */
export function pinsProbeInput(target: PinsTarget | undefined, imports: readonly ImportedPackage[]): ProbeInput {
  const declared = target?.declared.map(p => p.name) ?? [];
  const distributions = [...new Set([...declared, ...imports.flatMap(i => i.distributions)])];
  return { distributions, imports: imports.map(i => i.module) };
}

/** `readText` resolves to undefined for a missing file and rejects for one it cannot read as text. */
export async function planRepoPins(
  target: PinsTarget,
  imports: readonly ImportedPackage[],
  probe: PinsProbe,
  readText: (path: string) => Promise<string | undefined>
): Promise<RepoPinsPlan> {
  if (target.kind === 'report') {
    const report = pinsReport(target.format, target.declared, imports, probe);
    return { edits: [], alreadyPinned: report.alreadyPinned, unpinned: report.unpinned, report };
  }
  const before = await readText(target.path);
  if (target.kind === 'requirements') {
    const plan = planPins(before ?? '', imports, probe, target.path);
    // Nothing this machine could pin (not installed here, or R packages only): no empty file is made.
    const edits = before === undefined && plan.changes.length === 0 ? [] : [{ path: target.path, before, after: plan.text, changes: plan.changes }];
    return { edits, alreadyPinned: plan.alreadyPinned, unpinned: plan.unpinned };
  }
  if (before === undefined) {
    return { edits: [], alreadyPinned: [], unpinned: [], error: `${target.path} is gone since the repo was read; nothing was pinned` };
  }
  const elsewhere = target.declared.filter(p => p.path !== target.path);
  const plan = planEnvironmentPins(before, imports, probe, { path: target.path, declaredElsewhere: elsewhere.map(p => p.normalized) });
  if (plan.error) {
    return { edits: [], alreadyPinned: [], unpinned: [], error: plan.error };
  }
  const result: RepoPinsPlan = {
    edits: [{ path: target.path, before, after: plan.text, changes: plan.changes }],
    alreadyPinned: [...plan.alreadyPinned],
    unpinned: [...plan.unpinned]
  };
  // Packages the pip section pulls in with `-r` are pinned where they are written.
  for (const included of target.included) {
    const declaredHere = new Set(elsewhere.filter(p => p.path === included).map(p => p.normalized));
    const importsHere = imports.filter(i => candidatesOf(i, probe).some(c => declaredHere.has(c)));
    const text = await readText(included);
    if (text === undefined || !importsHere.length) {
      continue;
    }
    const sub = planPins(text, importsHere, probe, included);
    result.edits.push({ path: included, before: text, after: sub.text, changes: sub.changes });
    result.alreadyPinned.push(...sub.alreadyPinned.filter(m => !result.alreadyPinned.includes(m)));
    result.unpinned.push(...sub.unpinned);
  }
  return result;
}
