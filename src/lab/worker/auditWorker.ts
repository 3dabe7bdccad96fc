/**
 * The audit worker's entry: the engine and its parsers run here, off the page's main thread.
 * Built by webpack as its own chunk (see createAuditWorker.ts).
 */
import { serveAudits } from './auditServer';
import type { WorkerPort } from './auditServer';

serveAudits(self as unknown as WorkerPort);
