/**
 * Starts the audit worker. Written exactly as webpack 5 recognises a worker (`new Worker(new URL(...,
 * import.meta.url))`): the worker and the engine become their own chunks in the labextension's static
 * folder, fetched from the same URL as the extension itself (so under any JupyterHub or Binder prefix).
 */
export function createAuditWorker(): Worker {
  return new Worker(new URL('./auditWorker.js', import.meta.url), { name: 'repro-audit' });
}
