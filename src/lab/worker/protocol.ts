/**
 * The messages between the page and the audit worker: plain structured-clone data, nothing with a
 * function in it. The page owns the reader (server extension or Contents API); the worker owns the
 * engine and asks the page for each listing and file it needs, and, on repos with much Python, to
 * analyse some of the modules while it analyses the others.
 */
import type { AuditOptions, AuditProgress } from '../../audit/engine';
import type { RepoEntry } from '../../audit/reader';
import type { AuditReport, CheckId } from '../../audit/report';
import type { AnalysisResult } from '../../audit/python/analyzer';

/** The options an audit can carry across: the callbacks, the signal and the clock stay on the page. */
export interface WorkerAuditOptions {
  ignore?: readonly string[];
  maxFiles?: number;
  maxBytesPerFile?: number;
  weights?: AuditOptions['weights'];
  ignoreFindings?: AuditOptions['ignoreFindings'];
  /** The checks to run, by id (a Check holds functions); all of them when left out. */
  checkIds?: CheckId[];
}

/** A call the worker's reader makes, answered by the page's reader. */
export type ReaderCall =
  | { method: 'list'; dir: string }
  | { method: 'read'; path: string; maxBytes: number }
  | { method: 'rootEntry' }
  /** Not the reader's: the page analyses a batch of Python modules beside the worker (pageAnalyzer.ts). */
  | { method: 'analyze'; sources: string[] };

export type ReaderAnswer =
  | { method: 'list'; entries: RepoEntry[] }
  | { method: 'read'; bytes: Uint8Array }
  | { method: 'rootEntry'; entry?: { name: string; stamp?: string } }
  | { method: 'analyze'; results: AnalysisResult[] };

/** Page -> worker. */
export type ToWorker =
  | { type: 'audit'; auditId: number; root: string; hasRootEntry: boolean; options: WorkerAuditOptions }
  | { type: 'cancel'; auditId: number }
  | { type: 'answers'; auditId: number; answers: CallAnswer[] };

/** The page's answer to one call: what its reader returned, or the message of the error it threw. */
export type CallAnswer = { callId: number; answer: ReaderAnswer } | { callId: number; error: string };

/** Worker -> page. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'calls'; auditId: number; calls: { callId: number; call: ReaderCall }[] }
  | { type: 'progress'; auditId: number; progress: AuditProgress }
  | { type: 'done'; auditId: number; report: AuditReport }
  | { type: 'failed'; auditId: number; message: string; aborted: boolean };

/** The part of AuditOptions that crosses to the worker. */
export function workerOptionsOf(options: AuditOptions): WorkerAuditOptions {
  const out: WorkerAuditOptions = {};
  if (options.ignore) {
    out.ignore = [...options.ignore];
  }
  if (options.maxFiles !== undefined) {
    out.maxFiles = options.maxFiles;
  }
  if (options.maxBytesPerFile !== undefined) {
    out.maxBytesPerFile = options.maxBytesPerFile;
  }
  if (options.weights) {
    out.weights = { ...options.weights };
  }
  if (options.ignoreFindings) {
    out.ignoreFindings = options.ignoreFindings.map(rule => ({ ...rule }));
  }
  if (options.checks) {
    out.checkIds = options.checks.map(check => check.id);
  }
  return out;
}
