/**
 * One ablation panel's state: the notebook as read, the user's choices, then the run (progress,
 * cancel) and its result. The runner, the question before running and the re-read are passed in,
 * so the flow is tested without kernels or dialogs.
 */
import { ISignal, Signal } from '@lumino/signaling';
import type { AblationPlan } from '../../ablation';
import type { AblationSettings } from './settings';
import { ablationRequest, NotebookFacts, previewStudy, refreshedChoices, SetupChoices, initialChoices } from './setupChoices';
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
  }

  /** Back from a result to the setup, to change the choices and run again. */
  backToSetup(): void {
    if (!this.isRunning) {
      this.update({ phase: 'setup', progress: [], result: undefined, message: undefined });
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
    this.update({ phase: 'running', progress: queued, result: undefined, message: undefined });
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
  private readonly _changed = new Signal<this, AblationState>(this);
}
