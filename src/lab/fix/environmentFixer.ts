/**
 * Hardware notes and dependency pins from JupyterLab: read the repo's imports and the current files
 * through the Contents API, probe the environment, preview the diffs, and only on Apply write:
 * a new file only if it is still absent, an existing one only if unchanged since it was read.
 */
import { RepoFacts } from '../../audit/facts';
import { parseRequirementsTxt } from '../../audit/deps/requirementsTxt';
import { PYTHON_UNITS } from '../../audit/python/units';
import { walkRepo } from '../../audit/walk';
import { unifiedDiff } from '../../fix/diff';
import { hardwareJson, hardwareNotes } from '../../fix/hardwareNotes';
import { planPins } from '../../fix/pins';
import { ImportedPackage, importedPackages } from '../../fix/pinsImports';
import type { ProbeInput, ProbeResult } from '../../fix/probe/probeResult';
import { mergeRunTimes, RunTimesMeasurement, runTimeNotes, runTimesFromHardwareJson } from '../../fix/runTimes';
import { ContentsGetter, ContentsRepoReader } from '../contentsReader';
import { serverPathOf } from '../serverPath';
import { FileContents, ReadSnapshot, readSnapshot, saveIfUnchanged } from './closedFile';
import type { FilePreview } from './SeedFixPreview';

export type EnvironmentFixKind = 'hardware' | 'pins';

export interface EnvironmentFixerDeps {
  contents: FileContents;
  /** The third-party packages the repo at `folder` imports (repoImportsOf in the lab). */
  repoImports(folder: string): Promise<ImportedPackage[]>;
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

async function snapshotIfThere(contents: FileContents, path: string): Promise<ReadSnapshot | undefined> {
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
  try {
    await contents.get(path, { content: false });
    return true;
  } catch (err) {
    if (isMissing(err)) {
      return false;
    }
    throw err;
  }
}

/** What the repo imports, from the audit's own analysis of the files read through the Contents API. */
export async function repoImportsOf(contents: ContentsGetter, folder: string): Promise<ImportedPackage[]> {
  const reader = new ContentsRepoReader(contents, folder);
  const facts = new RepoFacts(reader, await walkRepo(reader));
  return importedPackages(await facts.get(PYTHON_UNITS), facts);
}

export class EnvironmentFixer {
  constructor(private readonly deps: EnvironmentFixerDeps) {}

  async fix(folder: string, kind: EnvironmentFixKind): Promise<EnvironmentFixOutcome> {
    const outcome: EnvironmentFixOutcome = { cancelled: false, saved: [], unchanged: [], refused: [], notes: [] };
    const { contents } = this.deps;
    const imports = await this.deps.repoImports(folder);
    const requirementsPath = serverPathOf(folder, 'requirements.txt');
    const requirements = kind === 'pins' ? await snapshotIfThere(contents, requirementsPath) : undefined;
    const declared = requirements ? parseRequirementsTxt(requirements.text, 'requirements.txt').packages.map(p => p.name) : [];
    const distributions = [...new Set([...declared, ...imports.flatMap(i => i.distributions)])];
    const probe = await this.deps.probe(folder, { distributions, imports: imports.map(i => i.module) });
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
      const plan = planPins(requirements?.text ?? '', imports, result);
      writes.push({ path: requirementsPath, snapshot: requirements, after: plan.text });
      changes[requirementsPath] = plan.changes.map(
        c => `${c.kind === 'added' ? 'added' : 'pinned'} ${c.distribution}==${c.version} (import ${c.module})`
      );
      if (plan.alreadyPinned.length) {
        outcome.notes.push(`Already pinned: ${plan.alreadyPinned.join(', ')}.`);
      }
      for (const u of plan.unpinned) {
        outcome.notes.push(`Not pinned: ${u.module} (${u.reason}).`);
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

function previewDiff(w: PlannedWrite): string {
  const name = w.path.slice(w.path.lastIndexOf('/') + 1);
  return unifiedDiff(w.snapshot?.text ?? '', w.after, { oldName: w.snapshot ? `a/${name}` : '/dev/null', newName: `b/${name}` });
}
