/**
 * Hardware notes and dependency pins from JupyterLab: read the repo's imports and the current files
 * through the Contents API, probe the environment, preview the diffs, and only on Apply write:
 * a new file only if it is still absent, an existing one only if unchanged since it was read.
 * Pins go to the file fix/pinsTarget chooses; for pyproject.toml or a Pipfile they are notes only.
 */
import { RepoFacts } from '../../audit/facts';
import { normalizeName } from '../../audit/deps/normalizeName';
import type { DeclaredPackage } from '../../audit/deps/types';
import { walkRepo } from '../../audit/walk';
import type { ImportedPackage } from '../../fix/pinsImports';
import { unifiedDiff } from '../../fix/diff';
import { hardwareJson, hardwareNotes } from '../../fix/hardwareNotes';
import { pinChangeText } from '../../fix/pins';
import { pinsReportText } from '../../fix/pinsReport';
import { pinsProbeInput, planRepoPins, RepoPinsPlan, RepoPinsView, repoPinsViewOf } from '../../fix/pinsRepoPlan';
import type { ProbeInput, ProbeResult } from '../../fix/probe/probeResult';
import { mergeRunTimes, RunTimesMeasurement, runTimeNotes, runTimesFromHardwareJson } from '../../fix/runTimes';
import { ContentsGetter, ContentsRepoReader } from '../readers/contentsReader';
import { findEntry } from '../contentsEntry';
import { serverPathOf } from '../serverPath';
import { FileContents, ReadSnapshot, readSnapshot, saveIfUnchanged } from './closedFile';
import type { FilePreview } from './SeedFixPreview';

export type EnvironmentFixKind = 'hardware' | 'pins';

/** One declared package's row (repo-relative path, 1-based line): a row's Fix pins that package only. */
export interface PinsRow {
  path: string;
  line: number;
}

export interface EnvironmentFixerDeps {
  contents: FileContents;
  /** What the repo at `folder` imports and which file pins go to (repoPinsViewOfFolder in the lab). */
  readRepo(folder: string): Promise<RepoPinsView>;
  probe(folder: string, input: ProbeInput): Promise<{ result?: ProbeResult; error?: string }>;
  /** Time the repo's notebooks for the hardware notes; undefined when the user chose not to run them. */
  measureRunTimes?(folder: string): Promise<RunTimesMeasurement | undefined>;
  /** Show the preview; true on Apply. */
  confirm(kind: EnvironmentFixKind, files: FilePreview[], notes: string[]): Promise<boolean>;
  reaudit(folder: string): void;
}

export interface EnvironmentFixOutcome {
  cancelled: boolean;
  /** Server paths written. */
  saved: string[];
  /** Server paths already up to date. */
  unchanged: string[];
  refused: { path: string; message: string }[];
  /** Plain sentences for the closing note. */
  notes: string[];
  /** A report that writes nothing (pins for pyproject.toml or a Pipfile): shown whole, to read and copy. */
  report?: { path: string; text: string };
}

interface PlannedWrite {
  path: string;
  snapshot?: ReadSnapshot;
  after: string;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Whether a Contents API error says the file is not there. */
function isMissing(err: unknown): boolean {
  const status = (err as { response?: { status?: number } })?.response?.status;
  return status === 404 || /^No such file/.test(messageOf(err));
}

// Existence is asked through the parent folders' listings (findEntry), so a first write logs no 404.
async function snapshotIfThere(contents: FileContents, path: string): Promise<ReadSnapshot | undefined> {
  if (!(await exists(contents, path))) {
    return undefined;
  }
  try {
    return await readSnapshot(contents, path);
  } catch (err) {
    if (isMissing(err)) {
      return undefined;
    }
    throw err;
  }
}

async function exists(contents: FileContents, path: string): Promise<boolean> {
  return (await findEntry(contents, path)) !== undefined;
}

/** What the repo imports and where its pins go, from the audit's own analysis of the files read through the Contents API. */
export async function repoPinsViewOfFolder(contents: ContentsGetter, folder: string): Promise<RepoPinsView> {
  const reader = new ContentsRepoReader(contents, folder);
  return repoPinsViewOf(new RepoFacts(reader, await walkRepo(reader)));
}

export class EnvironmentFixer {
  constructor(private readonly deps: EnvironmentFixerDeps) {}

  /** `row`: pin only the package declared there (pins only); without it, the whole repo. */
  async fix(folder: string, kind: EnvironmentFixKind, row?: PinsRow): Promise<EnvironmentFixOutcome> {
    const outcome: EnvironmentFixOutcome = { cancelled: false, saved: [], unchanged: [], refused: [], notes: [] };
    const { contents } = this.deps;
    const view = await this.deps.readRepo(folder);
    const { target } = view;
    let imports = view.imports;
    if (kind === 'pins' && row) {
      const declared = target.declared.find(p => p.path === row.path && p.line === row.line);
      if (!declared) {
        const message =
          `${row.path} line ${row.line} is not in ${target.path}, the file the build reads, so it is not pinned here: ` +
          'pin it there by hand, or use Pin All Dependencies for what the code imports.';
        outcome.refused.push({ path: serverPathOf(folder, row.path), message });
        return outcome;
      }
      imports = pinsOfRow(declared, imports);
    }
    const probe = await this.deps.probe(folder, pinsProbeInput(kind === 'pins' ? target : undefined, imports));
    if (!probe.result) {
      outcome.refused.push({ path: folder, message: `The environment probe failed: ${probe.error ?? 'no result'}` });
      return outcome;
    }
    const result = probe.result;
    outcome.notes.push(`Probed ${result.python.implementation} ${result.python.version} (${result.python.executable}).`);
    const writes: PlannedWrite[] = [];
    const changes: Record<string, string[]> = {};
    if (kind === 'hardware') {
      const mdPath = serverPathOf(folder, 'HARDWARE.md');
      const jsonPath = serverPathOf(folder, 'hardware.json');
      const md = await snapshotIfThere(contents, mdPath);
      const json = await snapshotIfThere(contents, jsonPath);
      const measurement = await this.deps.measureRunTimes?.(folder);
      const runTimes = mergeRunTimes(runTimesFromHardwareJson(json?.text), measurement?.measured ?? []);
      writes.push({ path: mdPath, snapshot: md, after: hardwareNotes(result, md?.text, runTimes) });
      writes.push({ path: jsonPath, snapshot: json, after: hardwareJson(result, runTimes) });
      outcome.notes.push(...runTimeNotes(measurement, runTimes.length > 0));
    } else {
      const snapshots = new Map<string, ReadSnapshot | undefined>();
      const readText = async (path: string) => {
        const snapshot = await snapshotIfThere(contents, serverPathOf(folder, path));
        snapshots.set(path, snapshot);
        return snapshot?.text;
      };
      let plan: RepoPinsPlan;
      try {
        plan = await planRepoPins(target, imports, result, readText);
      } catch (err) {
        plan = { edits: [], alreadyPinned: [], unpinned: [], error: messageOf(err) };
      }
      if (plan.error) {
        outcome.refused.push({ path: serverPathOf(folder, target.path), message: plan.error });
        return outcome;
      }
      for (const edit of plan.edits) {
        const path = serverPathOf(folder, edit.path);
        writes.push({ path, snapshot: snapshots.get(edit.path), after: edit.after });
        changes[path] = edit.changes.map(pinChangeText);
      }
      outcome.notes.push(...pinsNotes(target.path, plan));
      if (plan.report) {
        const probed = outcome.notes[0];
        outcome.report = { path: serverPathOf(folder, target.path), text: `${probed}\n\n${pinsReportText(target.path, plan.report)}` };
      }
    }
    const pending = writes.filter(w => w.snapshot?.text !== w.after);
    outcome.unchanged.push(...writes.filter(w => !pending.includes(w)).map(w => w.path));
    if (!pending.length) {
      return outcome;
    }
    const previews: FilePreview[] = writes.map(w => ({
      path: w.path,
      status: pending.includes(w) ? 'changes' : 'up-to-date',
      diff: pending.includes(w) ? previewDiff(w) : '',
      changes: changes[w.path] ?? [w.snapshot ? 'update' : 'create']
    }));
    if (!(await this.deps.confirm(kind, previews, outcome.notes))) {
      return { ...outcome, cancelled: true };
    }
    for (const w of pending) {
      try {
        await this.write(w);
        outcome.saved.push(w.path);
      } catch (err) {
        outcome.refused.push({ path: w.path, message: messageOf(err) });
      }
    }
    if (outcome.saved.length) {
      this.deps.reaudit(folder);
    }
    return outcome;
  }

  private async write(w: PlannedWrite): Promise<void> {
    const { contents } = this.deps;
    if (w.snapshot) {
      await saveIfUnchanged(contents, w.snapshot, w.after);
      return;
    }
    if (await exists(contents, w.path)) {
      throw new Error(`${w.path} appeared since the preview; nothing was written. Review the fix again.`);
    }
    await contents.save(w.path, { type: 'file', format: 'text', content: w.after });
  }
}

/**
 * What a row's Fix pins: the imports that package provides (by the audit's table; the probe's
 * mapping is consulted by the plan), or the package itself when no import names it.
 */
function pinsOfRow(declared: DeclaredPackage, imports: readonly ImportedPackage[]): ImportedPackage[] {
  const provided = imports.filter(i => i.distributions.map(normalizeName).includes(declared.normalized) || i.module === declared.normalized);
  return provided.length
    ? provided
    : [{ module: declared.name, distributions: [declared.normalized], path: declared.path, line: declared.line }];
}

/** The report (pyproject.toml, Pipfile) and what was already pinned or could not be. */
function pinsNotes(targetPath: string, plan: RepoPinsPlan): string[] {
  const notes: string[] = [];
  if (plan.report) {
    const pins = plan.report.pins.length ? plan.report.pins.join('; ') : 'none needed';
    notes.push(`${targetPath} declares the dependencies and is not edited. Pins for what the code imports: ${pins}.`);
  }
  if (plan.alreadyPinned.length) {
    notes.push(`Already pinned: ${plan.alreadyPinned.join(', ')}.`);
  }
  notes.push(...plan.unpinned.map(u => `Not pinned: ${u.module} (${u.reason}).`));
  if (plan.report) {
    notes.push(plan.report.lockAdvice);
  }
  return notes;
}

function previewDiff(w: PlannedWrite): string {
  const name = w.path.slice(w.path.lastIndexOf('/') + 1);
  return unifiedDiff(w.snapshot?.text ?? '', w.after, { oldName: w.snapshot ? `a/${name}` : '/dev/null', newName: `b/${name}` });
}
