/**
 * What the panel shows, as one state machine: nothing audited yet, an audit running (with the last
 * report kept on screen), a report, an error, or a cancelled run. Commands and the panel share it.
 */
import { ISignal, Signal } from '@lumino/signaling';
import type { AuditOptions } from '../audit/engine';
import { DEFAULT_WEIGHTS } from '../audit/defaults';
import type { RepoReader } from '../audit/reader';
import type { AuditReport } from '../audit/report';
import type { ReaderChoice } from './auditSettings';
import type { NotebookVerification } from './verify/folderVerifications';
import { ObservedReader } from './readers/observedReader';
import { rescoreReport } from './rescore';
import { normaliseFolder } from './serverPath';
import { AuditEngine, EngineWhere, inPageEngine } from './worker/auditEngine';

export interface AuditProgressInfo {
  phase: 'walk' | 'check';
  filesSeen: number;
  filesRead: number;
  checksDone: number;
  checksTotal: number;
}

export interface AuditDone {
  report: AuditReport;
  /** Server path of the audited folder ('' for the root). */
  folder: string;
  finishedAt: Date;
  /** False when no listing showed a dot-file: the server probably hides them. */
  hiddenFilesVisible: boolean;
  /** How the files were read, when the reader says (the 'reader' setting; the server reader may fall back). */
  reader?: ReaderChoice;
  /** Where the checks ran: a Web Worker, or the page (with the reason when a worker was refused). */
  engine?: EngineWhere;
  workerProblem?: string;
  /** Remembered "verify twice" results of the folder's notebooks, for the seeds item (read after the report). */
  verifications?: NotebookVerification[];
}

/** A reader that can say how it read the files. */
interface DescribedReader {
  readonly readerKind?: ReaderChoice;
}

export type AuditState =
  | { kind: 'empty' }
  | { kind: 'running'; folder: string; progress: AuditProgressInfo; previous?: AuditDone }
  | { kind: 'done'; result: AuditDone }
  | { kind: 'error'; folder: string; message: string; previous?: AuditDone }
  | { kind: 'cancelled'; folder: string; previous?: AuditDone };

/** Makes the reader for a folder; the Contents API in JupyterLab, anything in tests. */
export type ReaderFactory = (folder: string) => RepoReader;

/** Reads the remembered verifications of a folder's notebooks; JupyterLab reads them through the Contents API. */
export type VerificationsReader = (folder: string) => Promise<NotebookVerification[]>;

/** Progress events come once per file; the panel needs far fewer. */
const PROGRESS_INTERVAL_MS = 100;

export class AuditModel {
  private _state: AuditState = { kind: 'empty' };
  private _options: AuditOptions = {};
  private _controller: AbortController | null = null;
  private readonly _stateChanged = new Signal<this, AuditState>(this);

  constructor(
    private readonly readerFor: ReaderFactory,
    private readonly verificationsFor?: VerificationsReader,
    private readonly engine: AuditEngine = inPageEngine
  ) {}

  get state(): AuditState {
    return this._state;
  }

  get stateChanged(): ISignal<this, AuditState> {
    return this._stateChanged;
  }

  /** The last finished audit, whatever is happening now. */
  get lastResult(): AuditDone | undefined {
    const s = this._state;
    return s.kind === 'done' ? s.result : s.kind === 'empty' ? undefined : s.previous;
  }

  get isRunning(): boolean {
    return this._state.kind === 'running';
  }

  /** The folder being or last audited; undefined before any audit. */
  get folder(): string | undefined {
    const s = this._state;
    return s.kind === 'done' ? s.result.folder : s.kind === 'empty' ? undefined : s.folder;
  }

  /** Options for the next audit. Weights also rescore the report on screen, without a new walk. */
  setOptions(options: AuditOptions): void {
    this._options = options;
    const last = this.lastResult;
    if (!last) {
      return;
    }
    this.replaceLastResult({ ...last, report: rescoreReport(last.report, options.weights ?? {}) });
  }

  /** Re-reads the verifications shown with the last report (a verification finished, or code changed). */
  async refreshVerifications(): Promise<void> {
    const last = this.lastResult;
    if (!last || !this.verificationsFor) {
      return;
    }
    const verifications = await this.readVerifications(last.folder);
    const now = this.lastResult;
    // A newer audit came meanwhile: it read its own.
    if (now && now.finishedAt === last.finishedAt) {
      this.replaceLastResult({ ...now, verifications });
    }
  }

  /** Audit a folder; a running audit is cancelled first. Resolves to the report, or undefined if cancelled or failed. */
  async audit(folderPath: string): Promise<AuditReport | undefined> {
    const folder = normaliseFolder(folderPath);
    this._controller?.abort();
    const controller = new AbortController();
    this._controller = controller;
    const previous = this.lastResult;
    const inner = this.readerFor(folder);
    const reader = new ObservedReader(inner);
    const progress: AuditProgressInfo = { phase: 'walk', filesSeen: 0, filesRead: 0, checksDone: 0, checksTotal: 0 };
    this.setState({ kind: 'running', folder, progress: { ...progress }, previous });
    let lastEmit = 0;
    const emitProgress = (force: boolean) => {
      const now = Date.now();
      if (!force && now - lastEmit < PROGRESS_INTERVAL_MS) {
        return;
      }
      lastEmit = now;
      // A file read means the walk is over: show the read count before the first check finishes.
      if (progress.phase === 'walk' && reader.filesRead > 0) {
        progress.phase = 'check';
        progress.checksTotal = this._options.checks?.length ?? Object.keys(DEFAULT_WEIGHTS).length;
      }
      if (this._controller === controller) {
        this.setState({ kind: 'running', folder, progress: { ...progress, filesRead: reader.filesRead }, previous });
      }
    };
    // Reads report no progress of their own: a tick keeps the counts moving between checks.
    const ticker = setInterval(() => emitProgress(false), PROGRESS_INTERVAL_MS * 2);
    try {
      const { report, where, workerProblem } = await this.engine.run(reader, {
        ...this._options,
        signal: controller.signal,
        onProgress: p => {
          if (p.phase === 'walk') {
            progress.filesSeen = p.done;
          } else {
            progress.phase = 'check';
            progress.checksDone = p.done;
            progress.checksTotal = p.total ?? 0;
          }
          emitProgress(p.phase === 'check' && p.done === 1);
        }
      });
      const verifications = await this.readVerifications(folder);
      if (this._controller !== controller) {
        return undefined;
      }
      this._controller = null;
      const readerKind = (inner as DescribedReader).readerKind;
      const result: AuditDone = {
        verifications,
        report,
        folder,
        finishedAt: new Date(),
        // The server extension lists dot-files whatever the Contents API hides.
        hiddenFilesVisible: reader.sawHiddenEntry || readerKind === 'server',
        reader: readerKind,
        engine: where,
        ...(workerProblem ? { workerProblem } : {})
      };
      this.setState({ kind: 'done', result });
      return report;
    } catch (err) {
      if (this._controller !== controller) {
        return undefined;
      }
      this._controller = null;
      if (controller.signal.aborted) {
        this.setState({ kind: 'cancelled', folder, previous });
      } else {
        this.setState({ kind: 'error', folder, message: err instanceof Error ? err.message : String(err), previous });
      }
      return undefined;
    } finally {
      clearInterval(ticker);
    }
  }

  /** Audit a folder with the current options, leaving the panel's state alone (the score table of a folder of repos). */
  async auditAside(folderPath: string): Promise<AuditReport> {
    return (await this.engine.run(this.readerFor(normaliseFolder(folderPath)), this._options)).report;
  }

    /** Stop the running audit; the last report stays on screen. */
  cancel(): void {
    this._controller?.abort(new Error('Audit cancelled'));
  }

  dispose(): void {
    this._controller?.abort();
    this._controller = null;
    Signal.clearData(this);
  }

  private async readVerifications(folder: string): Promise<NotebookVerification[] | undefined> {
    try {
      return await this.verificationsFor?.(folder);
    } catch (err) {
      console.warn('jupyterlab-repro-audit: could not read the remembered verifications', err);
      return undefined;
    }
  }

  /** Puts a new version of the last finished audit in place, whatever state shows it. */
  private replaceLastResult(result: AuditDone): void {
    const s = this._state;
    if (s.kind === 'empty') {
      return;
    }
    this.setState(s.kind === 'done' ? { kind: 'done', result } : ({ ...s, previous: result } as AuditState));
  }

  private setState(state: AuditState): void {
    this._state = state;
    this._stateChanged.emit(state);
  }
}
