/**
 * Runs an ablation study: plans the variants, reuses the ones an earlier run of the same code already
 * has, runs the others (a few at once) each in a fresh kernel the papermill way, reads their metrics,
 * and writes the executed copies and study.json to `ablations/<notebook>/<run>/` beside the notebook.
 */
import type { ServiceManager } from '@jupyterlab/services';
import {
  buildStudy,
  discoverToggles,
  gluedMetrics,
  injectVariant,
  MetricReading,
  mergeReadings,
  planAblation,
  resultsTable,
  reusableVariants,
  studyCodeHash,
  studyJson,
  userExpressionMetrics,
  Variant,
  VariantRecord
} from '../../ablation';
import type { AblationSetup } from '../../ablation';
import { parseNotebook, ParsedNotebook } from '../../audit/notebook/parse';
import { checkKernelSpec, NotebookRun, runNotebook } from '../kernel/runner';
import { executedCopy } from './executedCopy';
import { createRunFolder, joinPath, latestStudy, readNotebook, STUDY_FILE, StoredStudy, studiesFolder, writeNotebook, writeText } from './studyFolder';
import { importedModules, PACKAGE_VERSIONS_EXPRESSION, packageVersionsExpression, packageVersionsOf } from './studyPackages';
import type { AblationRequest, AblationResult, VariantProgress } from './types';
import { cellLabel } from '../../audit/notebook/cellLabel';

export interface RunStudyOptions {
  signal?: AbortSignal;
  /** Called with every variant's progress (a new array) on each change. */
  onProgress?: (progress: VariantProgress[]) => void;
}

/** What a finished (or reused) variant adds to the study. */
interface VariantDone {
  record: VariantRecord;
  reading?: MetricReading;
}

function errorText(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

/** The setup without the toggles the user left out; their tagged cells then always run as written. */
function withoutToggles(setup: AblationSetup, excluded: readonly string[]): AblationSetup {
  const left = new Set(excluded);
  return { ...setup, toggles: setup.toggles.filter(t => !left.has(t.name)) };
}

function statusOf(run: NotebookRun): VariantRecord['status'] {
  return run.outcome === 'completed' ? 'ok' : run.outcome === 'cancelled' ? 'cancelled' : 'error';
}

/** Run the study; resolves when every variant is done, failed or cancelled (and study.json is written). */
export async function runAblationStudy(
  serviceManager: ServiceManager.IManager,
  request: AblationRequest,
  options: RunStudyOptions = {}
): Promise<AblationResult> {
  const parsed = parseNotebook(request.notebookText);
  if (!parsed.notebook) {
    throw new Error(`The notebook could not be read: ${parsed.error ?? 'unknown format'}`);
  }
  const notebook = parsed.notebook;
  const setup = withoutToggles(discoverToggles(notebook), request.excludedToggles ?? []);
  const plan = planAblation(setup, request.plan);
  const check = injectVariant(request.notebookText, plan.variants[0]);
  if (check.error) {
    throw new Error(check.error);
  }
  await checkKernelSpec(serviceManager, request.kernelName);
  const study = new StudyRun(serviceManager, request, notebook, setup, plan.variants, options);
  return study.run(plan.notes);
}

/** One run of a study: its folder, progress, records; the steps of runAblationStudy. */
class StudyRun {
  constructor(
    private readonly serviceManager: ServiceManager.IManager,
    private readonly request: AblationRequest,
    private readonly notebook: ParsedNotebook,
    private readonly setup: AblationSetup,
    private readonly variants: Variant[],
    private readonly options: RunStudyOptions
  ) {
    this.progress = variants.map(variant => ({ variant, state: 'queued' }));
    this.fullIndex = variants.findIndex(v => v.off.length === 0);
  }

  async run(planNotes: string[]): Promise<AblationResult> {
    const contents = this.serviceManager.contents;
    const studies = studiesFolder(this.request.notebookPath);
    const startedAt = new Date();
    this.folder = await createRunFolder(contents, studies, startedAt);
    this.notes.push(...planNotes);
    this.emit();
    try {
      await this.reuseStored(studies);
      await this.runPool(this.progress.map((_, i) => i).filter(i => this.progress[i].state === 'queued'));
    } finally {
      await Promise.all(this.shutdowns);
      await this.writeStudy(startedAt);
    }
    this.noteMissingMetrics();
    return {
      study: this.study!,
      table: resultsTable(
        this.variants.map(v => ({
          variantId: v.baseId,
          label: v.label,
          seed: v.seed,
          status: this.done.get(v.id)?.record.status ?? 'skipped',
          metrics: this.done.get(v.id)?.record.metrics ?? {}
        })),
        this.request.metrics
      ),
      folder: this.folder,
      studyPath: joinPath(this.folder, STUDY_FILE),
      notes: this.notes
    };
  }

  /** Variants the latest stored study of this code ran ok: their executed copies are copied, not rerun. */
  private async reuseStored(studies: string): Promise<void> {
    if (this.request.reuse === false) {
      return;
    }
    const codeHash = studyCodeHash(this.notebook);
    let stored: StoredStudy | undefined;
    try {
      stored = await latestStudy(this.serviceManager.contents, studies, s => s.codeHash === codeHash, this.folder);
    } catch (reason) {
      this.notes.push(`Earlier runs could not be read (${errorText(reason)}); every variant runs again.`);
      return;
    }
    if (!stored) {
      return;
    }
    const reusable = reusableVariants(stored.study, codeHash, this.variants, this.request.kernelName);
    let count = 0;
    for (const [index, variant] of this.variants.entries()) {
      const match = reusable.get(variant.id);
      // A variable the earlier run was not asked to read cannot be reused: it was never measured.
      if (!match || !this.request.variables.every(name => name in match.metrics)) {
        continue;
      }
      try {
        const copy = await readNotebook(this.serviceManager.contents, joinPath(stored.folder, match.notebookPath));
        await writeNotebook(this.serviceManager.contents, joinPath(this.folder, `${variant.id}.ipynb`), copy);
      } catch {
        continue; // its executed copy is gone: run it again
      }
      const record: VariantRecord = {
        status: 'ok',
        metrics: { ...match.metrics },
        durationSeconds: match.durationSeconds ?? undefined,
        cellDurations: { ...match.cellDurations },
        notebookPath: `${variant.id}.ipynb`,
        reusedFrom: match.reusedFrom ?? stored.runId
      };
      this.done.set(variant.id, { record });
      if (index === this.fullIndex) {
        this.packageVersions = { ...stored.study.packageVersions };
      }
      this.update(index, { state: 'reused', metrics: record.metrics, durationSeconds: record.durationSeconds });
      count++;
    }
    if (count) {
      this.notes.push(`Reused ${count} of ${this.variants.length} variants from run ${stored.runId} (same code, parameters and kernel).`);
    }
  }

  /** Run `indices` with at most `concurrency` at once; after a cancel the ones not started are cancelled. */
  private async runPool(indices: number[]): Promise<void> {
    const queue = [...indices];
    const signal = this.options.signal;
    const worker = async (): Promise<void> => {
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
        if (signal?.aborted) {
          this.cancelQueued(index);
        } else {
          await this.runVariant(index);
        }
      }
    };
    const concurrency = Math.max(1, Math.floor(this.request.concurrency || 1));
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  }

  private cancelQueued(index: number): void {
    const message = 'Cancelled before it started.';
    this.done.set(this.variants[index].id, { record: { status: 'cancelled', errors: [message] } });
    this.update(index, { state: 'cancelled', message });
  }

  /** The user's variables, and for the full model the package versions query. */
  private expressionsFor(index: number): Record<string, string> | undefined {
    const expressions: Record<string, string> = {};
    for (const name of this.request.variables) {
      expressions[name] = name;
    }
    if (index === this.fullIndex) {
      expressions[PACKAGE_VERSIONS_EXPRESSION] = packageVersionsExpression(importedModules(this.notebook));
    }
    return Object.keys(expressions).length ? expressions : undefined;
  }

  private async runVariant(index: number): Promise<void> {
    const variant = this.variants[index];
    const outputPath = joinPath(this.folder, `${variant.id}.ipynb`);
    const injected = injectVariant(this.request.notebookText, variant, {
      defaultParameters: this.setup.defaultParameters,
      inputPath: this.request.notebookPath,
      outputPath
    });
    if (!injected.notebook) {
      return this.finish(index, { record: { status: 'error', errors: [injected.error ?? 'The variant could not be made.'] } });
    }
    const cells = injected.cellsToRun;
    this.update(index, { state: 'running', cell: 0, total: cells.length });
    const startedAt = new Date();
    let run: NotebookRun;
    try {
      run = await runNotebook(this.serviceManager, {
        path: this.request.notebookPath,
        cells: cells.map(c => c.source),
        kernelName: this.request.kernelName,
        cellTimeoutMs: this.request.cellTimeoutMs,
        signal: this.options.signal,
        name: `Ablation ${variant.id} of ${this.request.notebookPath}`,
        onProgress: (cell, total) => this.update(index, { cell, total }),
        userExpressions: this.expressionsFor(index),
        // The next variant starts while this kernel exits; the study waits for every exit before it ends.
        deferShutdown: shutdown => this.shutdowns.push(shutdown)
      });
    } catch (reason) {
      const status = this.options.signal?.aborted ? 'cancelled' : 'error';
      return this.finish(index, { record: { status, errors: [`The kernel could not be started: ${errorText(reason)}`] } });
    }
    const finishedAt = new Date();
    const record: VariantRecord = {
      status: statusOf(run),
      errors: run.message ? [this.where(run, cells.map(c => c.cell)) + run.message] : [],
      durationSeconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
      cellDurations: {},
      notebookPath: `${variant.id}.ipynb`
    };
    run.cells.forEach((cell, i) => {
      if (cell.durationSeconds !== undefined) {
        record.cellDurations![String(cells[i].cell)] = cell.durationSeconds;
      }
    });
    const glued = gluedMetrics(run.cells.flatMap(c => c.outputs));
    const variables = run.userExpressions ? userExpressionMetrics(run.userExpressions, this.request.variables) : undefined;
    const reading = variables ? mergeReadings(glued, variables) : glued;
    record.metrics = reading.values;
    if (index === this.fullIndex && run.userExpressions) {
      this.packageVersions = packageVersionsOf(run.userExpressions[PACKAGE_VERSIONS_EXPRESSION]);
    }
    try {
      const copy = executedCopy(injected.notebook, cells, run, { startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString() });
      await writeNotebook(this.serviceManager.contents, outputPath, copy);
    } catch (reason) {
      this.notes.push(`The executed copy of ${variant.id} could not be written (${errorText(reason)}).`);
    }
    this.finish(index, { record, reading });
  }

  /** "Cell 7: " for the executed copy's cell a run stopped at. */
  private where(run: NotebookRun, copyCells: number[]): string {
    const cell = run.failedCell !== undefined && run.outcome !== 'cancelled' ? copyCells[run.failedCell] : undefined;
    return cell !== undefined ? `${cellLabel(cell, true)}: ` : '';
  }

  private finish(index: number, done: VariantDone): void {
    this.done.set(this.variants[index].id, done);
    const { record } = done;
    const state = record.status === 'ok' ? 'ok' : record.status === 'cancelled' ? 'cancelled' : 'error';
    this.update(index, {
      state,
      cell: undefined,
      message: record.errors?.[0],
      durationSeconds: record.durationSeconds,
      metrics: record.metrics ?? {}
    });
  }

  private async writeStudy(startedAt: Date): Promise<void> {
    const records: Record<string, VariantRecord> = {};
    for (const [id, done] of this.done) {
      records[id] = done.record;
    }
    this.study = buildStudy({
      notebookPath: this.request.notebookPath,
      notebook: this.notebook,
      toggles: this.setup.toggles,
      metrics: this.request.metrics,
      variants: this.variants,
      records,
      packageVersions: this.packageVersions,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString()
    });
    try {
      await writeText(this.serviceManager.contents, joinPath(this.folder, STUDY_FILE), studyJson(this.study));
    } catch (reason) {
      this.notes.push(`study.json could not be written (${errorText(reason)}).`);
    }
  }

  /** One note per table metric that some variant which ran ok did not produce. */
  private noteMissingMetrics(): void {
    for (const metric of this.request.metrics) {
      const missing = this.variants.filter(v => {
        const done = this.done.get(v.id);
        return done?.record.status === 'ok' && !(metric.name in (done.record.metrics ?? {}));
      });
      if (!missing.length) {
        continue;
      }
      const problem = missing.map(v => this.done.get(v.id)?.reading?.problems[metric.name]).find(p => p);
      const names = missing.map(v => v.id).join(', ');
      this.notes.push(`Metric ${metric.name} was not produced by ${missing.length > 1 ? 'variants' : 'variant'} ${names}${problem ? ` (${problem})` : ''}.`);
    }
  }

  private update(index: number, change: Partial<VariantProgress>): void {
    this.progress[index] = { ...this.progress[index], ...change };
    this.emit();
  }

  private emit(): void {
    try {
      this.options.onProgress?.(this.progress.slice());
    } catch (reason) {
      // A view's failure must not stop the kernels' clean-up.
      console.error('Ablation progress listener failed', reason);
    }
  }

  private readonly progress: VariantProgress[];
  private readonly fullIndex: number;
  private readonly done = new Map<string, VariantDone>();
  private readonly notes: string[] = [];
  /** Kernels on their way out: the study is over only once every one has gone. */
  private readonly shutdowns: Promise<void>[] = [];
  private packageVersions: Record<string, string> = {};
  private folder = '';
  private study?: ReturnType<typeof buildStudy>;
}
