/**
 * Where the engine runs, as the audit model sees it: a function from a reader and options to a report,
 * saying where it ran. The engine's module is imported on the first audit, never at JupyterLab's start.
 */
import type { AuditOptions } from '../../audit/engine';
import type { RepoReader } from '../../audit/reader';
import type { AuditReport } from '../../audit/report';

/** 'worker': a Web Worker ran the checks; 'page': the page's main thread did. */
export type EngineWhere = 'worker' | 'page';

export interface EngineRun {
  report: AuditReport;
  where: EngineWhere;
  /** Why the page ran the checks although a worker was wanted (the browser refused it). */
  workerProblem?: string;
}

export interface AuditEngine {
  run(reader: RepoReader, options: AuditOptions): Promise<EngineRun>;
}

/** The engine on the page's main thread, loaded on first use. */
export const inPageEngine: AuditEngine = {
  async run(reader, options) {
    const { runAudit } = await import('../../audit/engine');
    return { report: await runAudit(reader, options), where: 'page' };
  }
};
