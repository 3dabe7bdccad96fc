/**
 * The worker's side: runs the engine for each 'audit' message over a RemoteReader, sends progress,
 * the report or the error, and stops an audit on 'cancel'. Takes the port as a parameter so that
 * tests drive it without a worker.
 */
import { ALL_CHECKS } from '../../audit/checks';
import { runAudit } from '../../audit/engine';
import type { AuditOptions } from '../../audit/engine';
import type { FromWorker, ReaderCall, ToWorker, WorkerAuditOptions } from './protocol';
import { MessageBatch } from './messageBatch';
import { RemoteReader } from './remoteReader';
import { PAGE_MIN_CHARS, pageAssistedAnalyzer } from './pageAnalyzer';

/** What the worker needs of its global scope. */
export interface WorkerPort {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker }) => void): void;
}

interface RunningAudit {
  reader: RemoteReader;
  controller: AbortController;
}

export function engineOptionsOf(options: WorkerAuditOptions): AuditOptions {
  const { checkIds, ...rest } = options;
  return checkIds ? { ...rest, checks: ALL_CHECKS.filter(check => checkIds.includes(check.id)) } : rest;
}

/**
 * @param pageMinChars from how much Python the page analyses modules beside the worker (tests lower it)
 */
export function serveAudits(port: WorkerPort, pageMinChars = PAGE_MIN_CHARS): void {
  const running = new Map<number, RunningAudit>();
  const post = (message: FromWorker) => port.postMessage(message);

  const start = async (message: Extract<ToWorker, { type: 'audit' }>) => {
    const { auditId } = message;
    const calls = new MessageBatch<{ callId: number; call: ReaderCall }>(batch =>
      post({ type: 'calls', auditId, calls: batch })
    );
    const reader = new RemoteReader(message.root, (callId, call) => calls.add({ callId, call }), message.hasRootEntry);
    const controller = new AbortController();
    running.set(auditId, { reader, controller });
    try {
      const report = await runAudit(reader, {
        ...engineOptionsOf(message.options),
        signal: controller.signal,
        pythonAnalyzer: pageAssistedAnalyzer(reader, pageMinChars),
        onProgress: progress => post({ type: 'progress', auditId, progress })
      });
      post({ type: 'done', auditId, report });
    } catch (err) {
      post({
        type: 'failed',
        auditId,
        message: err instanceof Error ? err.message : String(err),
        aborted: controller.signal.aborted
      });
    } finally {
      running.delete(auditId);
    }
  };

  port.addEventListener('message', ({ data }) => {
    switch (data.type) {
      case 'audit':
        void start(data);
        break;
      case 'cancel': {
        const audit = running.get(data.auditId);
        if (audit) {
          const reason = new Error('Audit cancelled');
          audit.controller.abort(reason);
          audit.reader.abandon(reason);
        }
        break;
      }
      case 'answers': {
        const reader = running.get(data.auditId)?.reader;
        for (const a of data.answers) {
          if ('error' in a) {
            reader?.fail(a.callId, a.error);
          } else {
            reader?.answer(a.callId, a.answer);
          }
        }
        break;
      }
    }
  });
  post({ type: 'ready' });
}
