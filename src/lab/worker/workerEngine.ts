/**
 * The engine in a Web Worker: the page keeps the reader and answers the worker's listings and reads;
 * parsing and checks happen off the main thread, so the page stays responsive during an audit. One worker
 * serves every audit (each has its own id); it starts on the first audit. When the browser will not start
 * it (a Content-Security-Policy, a script that does not load), the engine runs on the page instead, and the
 * run says why.
 */
import type { AuditOptions } from '../../audit/engine';
import type { RepoReader } from '../../audit/reader';
import type { AuditReport } from '../../audit/report';
import type { AuditEngine, EngineRun } from './auditEngine';
import { MessageBatch } from './messageBatch';
import { CallAnswer, FromWorker, ReaderAnswer, ReaderCall, ToWorker, workerOptionsOf } from './protocol';

/** What the host needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

interface HostedAudit {
  reader: RepoReader;
  answers: MessageBatch<CallAnswer>;
  options: AuditOptions;
  resolve: (report: AuditReport) => void;
  reject: (err: Error) => void;
}

/** A worker that has not said it is ready by then is taken as refused. */
const READY_TIMEOUT_MS = 30000;

async function answerCall(reader: RepoReader, call: ReaderCall): Promise<ReaderAnswer> {
  switch (call.method) {
    case 'list':
      return { method: 'list', entries: await reader.list(call.dir) };
    case 'read':
      return { method: 'read', bytes: await reader.read(call.path, call.maxBytes) };
    case 'rootEntry':
      return { method: 'rootEntry', entry: await reader.rootEntry?.() };
    case 'analyze': {
      // The parser loads on the page at the first such call, not at JupyterLab's start.
      const { analysisResultOf } = await import('../../audit/python/analyzer');
      return { method: 'analyze', results: call.sources.map(analysisResultOf) };
    }
  }
}

export class WorkerAuditEngine implements AuditEngine {
  private worker: Promise<WorkerLike | undefined> | undefined;
  private workerProblem: string | undefined;
  private nextAuditId = 1;
  private readonly audits = new Map<number, HostedAudit>();

  /**
   * @param createWorker starts the worker (throws when the browser refuses)
   * @param fallback runs the engine on the page when no worker can run
   */
  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly fallback: AuditEngine,
    private readonly readyTimeoutMs = READY_TIMEOUT_MS
  ) {}

  async run(reader: RepoReader, options: AuditOptions): Promise<EngineRun> {
    const worker = await this.started();
    if (!worker) {
      const run = await this.fallback.run(reader, options);
      return { ...run, where: 'page', workerProblem: this.workerProblem };
    }
    const report = await this.runIn(worker, reader, options);
    return { report, where: 'worker' };
  }

  /** Stops the worker; audits still running fail. */
  dispose(): void {
    void this.worker?.then(w => w?.terminate());
    this.worker = undefined;
    this.failAll(new Error('The audit worker was stopped'));
  }

  private runIn(worker: WorkerLike, reader: RepoReader, options: AuditOptions): Promise<AuditReport> {
    const { signal } = options;
    if (signal?.aborted) {
      return Promise.reject(signal.reason ?? new Error('Audit cancelled'));
    }
    const auditId = this.nextAuditId++;
    return new Promise<AuditReport>((resolve, reject) => {
      const onAbort = () => {
        if (this.audits.delete(auditId)) {
          worker.postMessage({ type: 'cancel', auditId });
          reject(signal?.reason ?? new Error('Audit cancelled'));
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = <T>(fn: (value: T) => void) => (value: T) => {
        signal?.removeEventListener('abort', onAbort);
        fn(value);
      };
      const answers = new MessageBatch<CallAnswer>(batch => {
        if (this.audits.has(auditId)) {
          worker.postMessage({ type: 'answers', auditId, answers: batch });
        }
      });
      this.audits.set(auditId, { reader, answers, options, resolve: settle(resolve), reject: settle(reject) });
      worker.postMessage({
        type: 'audit',
        auditId,
        root: reader.root,
        hasRootEntry: typeof reader.rootEntry === 'function',
        options: workerOptionsOf(options)
      });
    });
  }

  /** The worker, started on first use and ready; undefined when the browser refused it. */
  private started(): Promise<WorkerLike | undefined> {
    if (!this.worker) {
      this.worker = this.start();
    }
    return this.worker;
  }

  private start(): Promise<WorkerLike | undefined> {
    let worker: WorkerLike;
    try {
      worker = this.createWorker();
    } catch (err) {
      this.workerProblem = err instanceof Error ? err.message : String(err);
      return Promise.resolve(undefined);
    }
    return new Promise(resolve => {
      let ready = false;
      const refuse = (why: string) => {
        this.workerProblem = why;
        worker.terminate();
        resolve(undefined);
      };
      const timer = setTimeout(() => refuse('the audit worker did not start'), this.readyTimeoutMs);
      worker.addEventListener('error', event => {
        const why = event.message || 'the audit worker could not be loaded';
        if (!ready) {
          clearTimeout(timer);
          refuse(why);
          return;
        }
        // The worker died during an audit: those audits fail; the next one starts a new worker.
        this.worker = undefined;
        worker.terminate();
        this.failAll(new Error(`The audit worker stopped: ${why}`));
      });
      worker.addEventListener('message', ({ data }) => {
        if (data.type === 'ready') {
          ready = true;
          clearTimeout(timer);
          resolve(worker);
          return;
        }
        this.handle(data);
      });
    });
  }

  private handle(message: FromWorker): void {
    if (message.type === 'ready') {
      return;
    }
    const audit = this.audits.get(message.auditId);
    if (!audit) {
      return; // cancelled meanwhile
    }
    switch (message.type) {
      case 'calls':
        for (const { callId, call } of message.calls) {
          answerCall(audit.reader, call).then(
            answer => audit.answers.add({ callId, answer }),
            err => audit.answers.add({ callId, error: err instanceof Error ? err.message : String(err) })
          );
        }
        break;
      case 'progress':
        audit.options.onProgress?.(message.progress);
        break;
      case 'done':
        this.audits.delete(message.auditId);
        audit.resolve(message.report);
        break;
      case 'failed':
        this.audits.delete(message.auditId);
        audit.reject(new Error(message.message));
        break;
    }
  }

  private failAll(err: Error): void {
    const audits = [...this.audits.values()];
    this.audits.clear();
    audits.forEach(a => a.reject(err));
  }
}
