/**
 * One "verify twice" of a notebook: two runs in fresh kernels, their comparison, progress, cancel,
 * and the result remembered under the notebook's code hash. The panel renders its state.
 */
import type { ServiceManager } from '@jupyterlab/services';
import { ISignal, Signal } from '@lumino/signaling';
import { compareRuns, RunsComparison } from '../../verify/compare';
import { codeCellsHash } from '../../verify/hash';
import { checkKernelSpec, NotebookRun, runNotebook } from '../kernel/runner';
import type { NotebookToRun } from './notebookSource';
import type { VerifySettings } from './settings';
import { cellLabel } from '../../audit/notebook/cellLabel';
import { rememberVerification } from './store';

export type VerificationPhase = 'running' | 'done' | 'failed' | 'cancelled';

export interface VerificationState {
  phase: VerificationPhase;
  /** 1 or 2 while running. */
  run: number;
  cell: number;
  totalCells: number;
  comparison?: RunsComparison;
  /** Why the runs stopped early, or why nothing ran. */
  message?: string;
}

export class Verification {
  constructor(
    private readonly serviceManager: ServiceManager.IManager,
    readonly notebook: NotebookToRun,
    private readonly settings: VerifySettings,
    readonly kernelName: string
  ) {
    this._state = { phase: 'running', run: 1, cell: 0, totalCells: notebook.cells.length };
  }

  get state(): VerificationState {
    return this._state;
  }

  get changed(): ISignal<this, VerificationState> {
    return this._changed;
  }

  /** The code sources the cells of the result refer to. */
  get sources(): readonly string[] {
    return this.notebook.cells;
  }

  /** Each code cell's index among all the notebook's cells. */
  get cellIndices(): readonly number[] {
    return this.notebook.cellIndices;
  }

  cancel(): void {
    this.controller.abort();
  }

  /** Runs twice and compares; resolves with the final state, never rejects. */
  async start(): Promise<VerificationState> {
    // The first run's kernel exits while the second starts; the verification ends once both are gone.
    const shutdowns: Promise<void>[] = [];
    try {
      await checkKernelSpec(this.serviceManager, this.kernelName);
      const runs: NotebookRun[] = [];
      for (const run of [1, 2]) {
        this.update({ run, cell: 0 });
        const result = await runNotebook(this.serviceManager, {
          path: this.notebook.path,
          cells: this.notebook.cells,
          kernelName: this.kernelName,
          cellTimeoutMs: this.settings.cellTimeoutSeconds * 1000,
          signal: this.controller.signal,
          name: `Verify run ${run} of ${this.notebook.path}`,
          onProgress: cell => this.update({ cell }),
          deferShutdown: shutdown => shutdowns.push(shutdown)
        });
        runs.push(result);
        if (result.outcome === 'cancelled') {
          await Promise.all(shutdowns);
          return this.update({ phase: 'cancelled', message: 'Cancelled: the kernels were shut down.' });
        }
      }
      await Promise.all(shutdowns);
      const comparison = compareRuns(runs[0].cells, runs[1].cells, { relativeTolerance: this.settings.numericTolerance });
      const stopped = runs.find(r => r.outcome !== 'completed');
      const message = stopped ? this.stoppedMessage(stopped) : undefined;
      rememberVerification({
        path: this.notebook.path,
        hash: codeCellsHash(this.notebook.cells),
        verdict: comparison.verdict,
        same: comparison.same,
        different: comparison.different,
        errors: comparison.errors,
        message,
        date: new Date().toISOString()
      });
      return this.update({ phase: 'done', comparison, message });
    } catch (reason) {
      await Promise.all(shutdowns);
      return this.update({ phase: 'failed', message: reason instanceof Error ? reason.message : String(reason) });
    }
  }

  private stoppedMessage(run: NotebookRun): string {
    const index = run.failedCell === undefined ? undefined : (this.notebook.cellIndices[run.failedCell] ?? run.failedCell);
    const where = index !== undefined ? `${cellLabel(index, true)}: ` : '';
    return `${where}${run.message ?? run.outcome}`;
  }

  private update(change: Partial<VerificationState>): VerificationState {
    this._state = { ...this._state, ...change };
    this._changed.emit(this._state);
    return this._state;
  }

  private readonly controller = new AbortController();
  private _state: VerificationState;
  private readonly _changed = new Signal<this, VerificationState>(this);
}
