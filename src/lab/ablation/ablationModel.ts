/**
 * One ablation panel's state: the notebook as read, the user's choices and its latest stored study,
 * then the run (progress, cancel) and its result, or the stored study's result shown again. The
 * runner, the question before running, the re-read and the stored-study lookup are passed in, so
 * the flow is tested without kernels, files or dialogs.
 */
import { ISignal, Signal } from '@lumino/signaling';
import type { AblationPlan } from '../../ablation';
import type { AblationSettings } from './settings';
import { ablationRequest, NotebookFacts, previewStudy, refreshedChoices, SetupChoices, initialChoices } from './setupChoices';
import { StoredStudyLookup, storedStudyResult } from './storedStudy';
import type { AblationRequest, AblationResult, VariantProgress } from './types';

export type AblationPhase = 'setup' | 'running' | 'done' | 'failed' | 'cancelled';

export interface AblationState {
  phase: AblationPhase;
  facts: NotebookFacts;
  choices: SetupChoices;
  progress: VariantProgress[];
  result?: AblationResult;
  /** Why the study failed, in a plain sentence. */
  message?: string;
  /** The latest study stored beside the notebook; undefined until looked for. */
  stored?: StoredStudyLookup;
  /** Whether the result shown was just run or read back from a stored study.json (nothing ran). */
  resultOrigin?: 'run' | 'stored';
}

export type RunStudy = (
  request: AblationRequest,
  options: { signal?: AbortSignal; onProgress?: (progress: VariantProgress[]) => void }
) => Promise<AblationResult>;

export interface AblationModelOptions {
  facts: NotebookFacts;
  kernelName: string;
  /** The current settings (they may change while the panel is open). */
  settings: () => AblationSettings;
  runStudy: RunStudy;
  /** Asks the user before repo code runs; true to run. */
  confirm: (request: AblationRequest, plan: AblationPlan) => Promise<boolean>;
  /** Reads the notebook again (the open document's model, else the saved file). */
  reload?: () => Promise<NotebookFacts>;
  /** Finds the latest stored study of the notebook (read-only). */
  findStored?: () => Promise<StoredStudyLookup>;
}

export class AblationModel {
  constructor(private readonly options: AblationModelOptions) {
    const { facts } = options;
    this._state = { phase: 'setup', facts, choices: initialChoices(facts, options.settings()), progress: [] };
  }

  get state(): AblationState {
    return this._state;
  }

  get changed(): ISignal<this, AblationState> {
    return this._changed;
  }

  get kernelName(): string {
    return this.options.kernelName;
  }

  get settings(): AblationSettings {
    return this.options.settings();
  }

  get path(): string {
    return this._state.facts.path;
  }

  get isRunning(): boolean {
    return this._state.phase === 'running';
  }

  setChoices(choices: SetupChoices): void {
    if (!this.isRunning) {
      this.update({ choices });
    }
  }

  /** Read the notebook again, keeping the user's choices where they still apply. */
  async reload(): Promise<void> {
    if (!this.options.reload || this.isRunning) {
      return;
    }
    const facts = await this.options.reload();
    this.update({ facts, choices: refreshedChoices(this._state.choices, facts) });
    await this.refreshStored();
  }

  /** Look again for the latest stored study (a run may have added one since). */
  async refreshStored(): Promise<void> {
    if (!this.options.findStored) {
      return;
    }
    // Only the latest lookup counts: an older, slower one must not overwrite it.
    const ticket = ++this.storedTicket;
    let stored: StoredStudyLookup;
    try {
      stored = await this.options.findStored();
    } catch (reason) {
      stored = { kind: 'unreadable', problem: reason instanceof Error ? reason.message : String(reason) };
    }
    if (ticket === this.storedTicket) {
      this.update({ stored });
    }
  }

  /** Show the stored study's table and chart in the results view: read from study.json, nothing runs. */
  showStored(): void {
    const stored = this._state.stored;
    if (this.isRunning || stored?.kind !== 'found') {
      return;
    }
    this.update({ phase: 'done', progress: [], result: storedStudyResult(stored.stored), resultOrigin: 'stored', message: undefined });
  }

  /** Back from a result to the setup, to change the choices and run again. */
  backToSetup(): void {
    if (!this.isRunning) {
      this.update({ phase: 'setup', progress: [], result: undefined, resultOrigin: undefined, message: undefined });
      void this.refreshStored();
    }
  }

  cancel(): void {
    this.controller?.abort();
  }

  /** Ask, then run the study; resolves with the final phase ('setup' when the user said no), never rejects. */
  async run(): Promise<AblationPhase> {
    const { facts, choices } = this._state;
    const settings = this.options.settings();
    const preview = previewStudy(facts, choices, settings);
    if (this.isRunning || !preview.plan || preview.blockers.length) {
      return this._state.phase;
    }
    const request = ablationRequest(facts, choices, settings, this.options.kernelName);
    if (!(await this.options.confirm(request, preview.plan))) {
      return this._state.phase;
    }
    const controller = new AbortController();
    this.controller = controller;
    const queued = preview.plan.variants.map(variant => ({ variant, state: 'queued' as const }));
    this.update({ phase: 'running', progress: queued, result: undefined, resultOrigin: 'run', message: undefined });
    try {
      const result = await this.options.runStudy(request, {
        signal: controller.signal,
        onProgress: progress => this.update({ progress: [...progress] })
      });
      this.update({ phase: controller.signal.aborted ? 'cancelled' : 'done', result });
    } catch (reason) {
      if (controller.signal.aborted) {
        this.update({ phase: 'cancelled' });
      } else {
        this.update({ phase: 'failed', message: reason instanceof Error ? reason.message : String(reason) });
      }
    } finally {
      this.controller = undefined;
    }
    return this._state.phase;
  }

  private update(patch: Partial<AblationState>): void {
    this._state = { ...this._state, ...patch };
    this._changed.emit(this._state);
  }

  private _state: AblationState;
  private controller?: AbortController;
  private storedTicket = 0;
  private readonly _changed = new Signal<this, AblationState>(this);
}
