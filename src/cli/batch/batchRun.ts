/**
 * The batch loop: audit each entry (a folder as it is, a git URL shallow-cloned and removed after), N at
 * a time, and write one JSON line per repo as soon as it is done, so that a stopped run resumes where it
 * stopped. A repo that cannot be cloned or audited is a line with its error, never the end of the run.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { AuditReport } from '../../audit/report';
import { BatchEntry } from './batchList';
import { shallowClone } from './cloneRepo';

/** One line of a batch output. */
export interface BatchLine {
  repo: string;
  /** The commit audited, for a git URL. */
  commit?: string;
  report?: AuditReport;
  error?: string;
}

/** Audits the folder `dir` (the entry's checkout) and resolves to its report. */
export type AuditOne = (dir: string, entry: BatchEntry) => Promise<AuditReport>;

export interface BatchRunOptions {
  /** This shard's entries, in list order. */
  entries: readonly BatchEntry[];
  /** Where folder entries are resolved from. */
  cwd: string;
  jobs: number;
  /** For the clone; the audit enforces its own. */
  timeoutMs: number;
  audit: AuditOne;
  /** Repos already recorded: skipped. */
  done: ReadonlySet<string>;
  /** Receives each finished line (JSON, no newline), in the order repos finish. */
  write(line: string): void;
  progress?(message: string): void;
}

export interface BatchSummary {
  audited: number;
  failed: number;
  skipped: number;
}

/** The repos a previous output already holds: those audited, and those failed unless they are to be retried. */
export function recordedRepos(jsonl: string, retryFailed = false): Set<string> {
  const done = new Set<string>();
  for (const text of jsonl.split('\n')) {
    let line: BatchLine;
    try {
      line = JSON.parse(text);
    } catch {
      // A line cut short by a stop mid-write: its repo is audited again.
      continue;
    }
    if (line && typeof line.repo === 'string' && (line.report || (line.error !== undefined && !retryFailed))) {
      done.add(line.repo);
    }
  }
  return done;
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).trim() || 'unknown error';
}

async function auditEntry(entry: BatchEntry, options: BatchRunOptions): Promise<BatchLine> {
  if (entry.kind === 'folder') {
    const dir = path.resolve(options.cwd, entry.repo);
    const stats = await fs.promises.stat(dir).catch(() => undefined);
    if (!stats?.isDirectory()) {
      return { repo: entry.repo, error: `no such folder: ${entry.repo}` };
    }
    const report = await options.audit(dir, entry);
    return { repo: entry.repo, report: { ...report, root: entry.repo } };
  }
  const clone = await shallowClone(entry.repo, options.timeoutMs);
  try {
    const report = await options.audit(clone.dir, entry);
    return { repo: entry.repo, ...(clone.commit ? { commit: clone.commit } : {}), report: { ...report, root: entry.repo } };
  } finally {
    await clone.remove();
  }
}

export async function runBatch(options: BatchRunOptions): Promise<BatchSummary> {
  const todo = options.entries.filter(e => !options.done.has(e.repo));
  const summary: BatchSummary = { audited: 0, failed: 0, skipped: options.entries.length - todo.length };
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const entry = todo[next++];
      let line: BatchLine;
      try {
        line = await auditEntry(entry, options);
      } catch (err) {
        line = { repo: entry.repo, error: messageOf(err) };
      }
      if (line.report) {
        summary.audited++;
        options.progress?.(`${line.report.score}\t${entry.repo}`);
      } else {
        summary.failed++;
        options.progress?.(`error\t${entry.repo}: ${line.error}`);
      }
      options.write(JSON.stringify(line));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, todo.length)) }, worker));
  return summary;
}
