/**
 * Fixing from JupyterLab (seeds by default; preprocessing leakage; the notebooks' imports and paths with their
 * own planner):
 * plan each file (open documents from their model, others from the Contents API), preview every diff,
 * and only on Apply write: open documents through their shared model (one undo step, left unsaved),
 * closed files through a guarded Contents API save. After a save the audited folder is audited again.
 */
import type { RepoSeedContext } from './repoUnits';
// Types only: the planners and their Python parser load on the first fix, not at JupyterLab's start.
import type { NotebookFixPlan, SeedPlan } from '../../fix';
import type { BaselinePlan } from '../../fix/baselineCell';
import { FileContents, ReadSnapshot, readSnapshot, saveIfUnchanged } from './closedFile';
import type { FixUndo, OpenDocument } from './openDocument';
import type { FilePreview } from './SeedFixPreview';

export interface SeedFixerDeps {
  contents: FileContents;
  /** The open, editable document at a server path, if any. */
  findOpen(path: string): OpenDocument | undefined;
  /** The seed for files that have none (the `seed` setting); seeds only. */
  defaultSeed?(): number;
  /** The repo's units and declared packages; seeds only. */
  repoUnits?(folder: string): Promise<RepoSeedContext>;
  /** Show the preview; true on Apply. */
  confirm(files: FilePreview[], notes: string[], fix: FixKind): Promise<boolean>;
  reaudit(folder: string): void;
}

/** What a fix did, per server path: for notifications, the command's result and the UI tests. */
export interface SeedFixOutcome {
  cancelled: boolean;
  /** Written to disk. */
  saved: string[];
  /** Edited in an open document (unsaved; one undo step of the document reverts each). */
  edited: string[];
  /** Of `edited`, the scripts (Edit → Undo in their editor reverts); the rest are notebooks. */
  editedScripts?: string[];
  /**
   * Reverts the edits of open documents, each only while it is still that document's latest undo
   * step; not data (a command's JSON result leaves it out).
   */
  undo?: () => { reverted: string[]; kept: string[] };
  /** Nothing to change, with the plan's status (and its notes: what was left, and why). */
  unchanged: { path: string; status: string; reason?: string; notes?: string[] }[];
  /** Not written, with why. */
  refused: { path: string; message: string }[];
}

/** Which fix: the seeds one, the preprocessing-leakage one, or the baseline cell (same preview, same ways of applying). */
export type FixKind = 'seeds' | 'leakage' | 'baseline';

/** The files to fix: server paths with the repo-relative path the planner and diff use. */
export interface FixScope {
  /** The audited folder (server path): repo units come from it and it is audited again. */
  folder: string;
  files: { path: string; repoPath: string }[];
  /** Audit the folder again after applying (false when the file lies outside any audit). */
  reaudit: boolean;
  /** The seeds fix when absent. */
  fix?: FixKind;
}

/** What a fix plans for one file. */
export type FilePlan = SeedPlan | NotebookFixPlan | BaselinePlan;

/** How a fix plans: once per fix, read what the folder's plans need, then plan each file (repo-relative path). */
export interface FixPlanner {
  prepare(folder: string): Promise<(file: { path: string; text: string }) => FilePlan>;
}

interface Planned {
  path: string;
  plan: FilePlan;
  text: string;
  open?: OpenDocument;
  /** The open document's fingerprint when previewed. */
  fingerprint?: string;
  snapshot?: ReadSnapshot;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export class SeedFixer {
  constructor(private readonly deps: SeedFixerDeps) {}

  /** Plans seeds: the repo's own modules and declared versions read once, then each file. */
  private readonly seedPlanner: FixPlanner = {
    prepare: async folder => {
      const { planSeedFix } = await import('../../fix');
      const repo = this.deps.repoUnits ? await this.deps.repoUnits(folder) : { units: [], declared: [] };
      const defaultSeed = this.deps.defaultSeed?.();
      return file => planSeedFix(file, { defaultSeed, repoUnits: repo.units, declared: repo.declared });
    }
  };

  /** The other kinds' planners: each reads one file on its own. */
  private readonly planners: Record<FixKind, FixPlanner> = {
    seeds: this.seedPlanner,
    leakage: {
      prepare: async () => {
        const { planLeakageFix } = await import('../../fix/leakageFix');
        return file => planLeakageFix(file);
      }
    },
    baseline: {
      prepare: async () => {
        const { planBaselineCell } = await import('../../fix/baselineCell');
        return file => planBaselineCell(file);
      }
    }
  };

  async fix(scope: FixScope, planner: FixPlanner = this.planners[scope.fix ?? 'seeds']): Promise<SeedFixOutcome> {
    const outcome: SeedFixOutcome = { cancelled: false, saved: [], edited: [], unchanged: [], refused: [] };
    const planOf = await planner.prepare(scope.folder);
    const { seedPlanDiff } = await import('../../fix');
    const planned: Planned[] = [];
    const previews: FilePreview[] = [];
    const notes: string[] = [];
    for (const file of scope.files) {
      try {
        const item = await this.planFile(file.path, file.repoPath, planOf);
        const { plan } = item;
        previews.push({
          path: file.path,
          status: plan.status,
          diff: plan.status === 'changes' ? seedPlanDiff(item.text, plan) : '',
          changes: plan.changes,
          reason: plan.reason
        });
        if (plan.status === 'changes') {
          planned.push(item);
          notes.push(...plan.notes.filter(n => !notes.includes(n)));
        } else {
          outcome.unchanged.push({ path: file.path, status: plan.status, reason: plan.reason, ...(plan.notes.length && { notes: plan.notes }) });
        }
      } catch (err) {
        previews.push({ path: file.path, status: 'unsupported', diff: '', changes: [], reason: messageOf(err) });
        outcome.refused.push({ path: file.path, message: messageOf(err) });
      }
    }
    if (!planned.length) {
      return outcome;
    }
    if (!(await this.deps.confirm(previews, notes, scope.fix ?? 'seeds'))) {
      return { ...outcome, cancelled: true };
    }
    const undos = new Map<string, FixUndo>();
    for (const item of planned) {
      try {
        await this.applyOne(item, outcome, undos);
      } catch (err) {
        outcome.refused.push({ path: item.path, message: messageOf(err) });
      }
    }
    if (undos.size) {
      outcome.undo = () => {
        const reverted: string[] = [];
        const kept: string[] = [];
        for (const [path, handle] of undos) {
          (handle.undo() ? reverted : kept).push(path);
        }
        return { reverted, kept };
      };
    }
    // An open document's fix is unsaved, so the files on disk are unchanged: its save re-audits (autoReaudit).
    if (scope.reaudit && outcome.saved.length) {
      this.deps.reaudit(scope.folder);
    }
    return outcome;
  }

  private async planFile(path: string, repoPath: string, planOf: (file: { path: string; text: string }) => FilePlan): Promise<Planned> {
    const open = this.deps.findOpen(path);
    const snapshot = open ? undefined : await readSnapshot(this.deps.contents, path);
    const text = open ? open.text() : snapshot!.text;
    const plan = planOf({ path: repoPath, text });
    return { path, plan, text, open, fingerprint: open?.fingerprint(), snapshot };
  }

  private async applyOne(item: Planned, outcome: SeedFixOutcome, undos: Map<string, FixUndo>): Promise<void> {
    const openNow = this.deps.findOpen(item.path);
    if (item.open) {
      // The preview was of the cells as they were then: edits made since would shift its ranges.
      if (!openNow || openNow.fingerprint() !== item.fingerprint) {
        throw new Error(`${item.path} changed or was closed since the preview; nothing was changed. Review the fix again.`);
      }
      undos.set(item.path, openNow.apply(item.plan));
      outcome.edited.push(item.path);
      if (openNow.kind === 'script') {
        (outcome.editedScripts ??= []).push(item.path);
      }
      return;
    }
    if (openNow) {
      throw new Error(`${item.path} was opened since the preview; nothing was written. Review the fix again.`);
    }
    const snapshot = item.snapshot!;
    const { applySeedPlan } = await import('../../fix');
    await saveIfUnchanged(this.deps.contents, snapshot, applySeedPlan(snapshot.text, item.plan));
    outcome.saved.push(item.path);
  }
}
