/**
 * @jest-environment @jupyterlab/testing/lib/jest-env.js
 */
/**
 * The runner's timing, execution counts and final `user_expressions` read, against a real Jupyter
 * Server and python3 kernel.
 */
import { JupyterServer } from '@jupyterlab/testing';
import { ContentsManager, KernelManager, KernelSpecManager, ServerConnection, ServiceManager, SessionManager } from '@jupyterlab/services';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';
import { runNotebook } from './runner';

// jsdom has neither, and the kernel's websocket messages need both.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });

process.env.PATH = `${process.cwd()}/.venv/bin:${process.env.PATH}`;
const server = new JupyterServer();
let services: ServiceManager.IManager;

beforeAll(async () => {
  await server.start({ configData: { ServerApp: { allow_root: true } } });
  const serverSettings = ServerConnection.makeSettings();
  const kernels = new KernelManager({ serverSettings });
  services = {
    serverSettings,
    contents: new ContentsManager({ serverSettings }),
    kernels,
    kernelspecs: new KernelSpecManager({ serverSettings }),
    sessions: new SessionManager({ serverSettings, kernelManager: kernels })
  } as unknown as ServiceManager.IManager;
}, 60000);

afterAll(async () => {
  services.sessions.dispose();
  await server.shutdown();
}, 30000);

describe('runNotebook', () => {
  it('times each cell, keeps its execution count and reads user_expressions after the last cell', async () => {
    const run = await runNotebook(services, {
      path: 'nb.ipynb',
      cells: ['x = 41', 'x += 1\nx', 'y = "text"'],
      kernelName: 'python3',
      cellTimeoutMs: 30000,
      userExpressions: { x: 'x', y: 'y', missing: 'nope' }
    });
    expect(run.outcome).toBe('completed');
    expect(run.cells.map(c => c.executionCount)).toEqual([1, 2, 3]);
    for (const cell of run.cells) {
      expect(Date.parse(cell.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(cell.startedAt!));
      expect(cell.durationSeconds).toBe((Date.parse(cell.finishedAt!) - Date.parse(cell.startedAt!)) / 1000);
    }
    const values = run.userExpressions as Record<string, { status: string; data?: Record<string, string>; ename?: string }>;
    expect(values.x).toMatchObject({ status: 'ok', data: { 'text/plain': '42' } });
    expect(values.y).toMatchObject({ status: 'ok', data: { 'text/plain': "'text'" } });
    expect(values.missing).toMatchObject({ status: 'error', ename: 'NameError' });
    // The read is silent: the last output is still the cell's own.
    expect(run.cells[1].outputs).toEqual([{ output_type: 'execute_result', execution_count: 2, data: { 'text/plain': '42' }, metadata: {} }]);
  }, 60000);

  it('leaves user_expressions unset when not asked, and cells after an error unrun and untimed', async () => {
    const run = await runNotebook(services, {
      path: 'nb.ipynb',
      cells: ['1 / 0', 'z = 3'],
      kernelName: 'python3',
      cellTimeoutMs: 30000
    });
    expect(run.outcome).toBe('error');
    expect(run.userExpressions).toBeUndefined();
    expect(run.cells[0]).toMatchObject({ status: 'error', executionCount: 1 });
    expect(run.cells[0].durationSeconds).toBeGreaterThanOrEqual(0);
    expect(run.cells[1]).toEqual({ index: 1, status: 'not-run', outputs: [] });
  }, 60000);
});
