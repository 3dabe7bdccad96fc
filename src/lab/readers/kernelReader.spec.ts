/**
 * @jest-environment @jupyterlab/testing/lib/jest-env.js
 */
/**
 * The kernel reader against a real Jupyter Server and a real python3 kernel (@jupyterlab/testing).
 */
import { JupyterServer } from '@jupyterlab/testing';
import { ContentsManager, KernelManager, ServerConnection, SessionManager } from '@jupyterlab/services';
import { ContentsRepoReader } from './contentsReader';
import { KernelRepoReader, walkCode } from './kernelReader';
import { walkRepo } from '../../audit/walk';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

// jsdom has neither, and the kernel's websocket messages need both.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

process.env.PATH = `${process.cwd()}/.venv/bin:${process.env.PATH}`;
const server = new JupyterServer();
let contents: ContentsManager;
let sessions: SessionManager;

beforeAll(async () => {
  await server.start({ configData: { ServerApp: { allow_root: true }, ContentsManager: { allow_hidden: true } } });
  const serverSettings = ServerConnection.makeSettings();
  contents = new ContentsManager({ serverSettings });
  sessions = new SessionManager({ serverSettings, kernelManager: new KernelManager({ serverSettings }) });
  await contents.save('repo', { type: 'directory' });
  await contents.save('repo/.binder', { type: 'directory' });
  await contents.save('repo/node_modules', { type: 'directory' });
  await contents.save('repo/.binder/postBuild', { type: 'file', format: 'text', content: 'pip install .\n' });
  await contents.save('repo/node_modules/x.js', { type: 'file', format: 'text', content: '1\n' });
  await contents.save('repo/README.md', { type: 'file', format: 'text', content: '# Demo\n' });
  await contents.save('repo/train.py', { type: 'file', format: 'text', content: 'import numpy as np\n' });
  await contents.save('repo/table.csv', { type: 'file', format: 'text', content: 'a,b\n1,2\n' });
}, 60000);

afterAll(async () => {
  sessions.dispose();
  await server.shutdown();
}, 30000);

describe('KernelRepoReader', () => {
  it('walks in one kernel run, sees dot-files, sends text files and shuts the kernel down', async () => {
    const fallback = new ContentsRepoReader(contents, 'repo');
    const fallbackReads: string[] = [];
    const counted = { root: 'repo', list: (d: string) => fallback.list(d), read: (p: string, n: number) => (fallbackReads.push(p), fallback.read(p, n)) };
    const reader = new KernelRepoReader(sessions, counted, 'repo', { maxBytes: 1000 });
    const walk = await walkRepo(reader);
    expect(walk.files.map(f => f.path)).toEqual(['.binder/postBuild', 'README.md', 'table.csv', 'train.py']);
    expect(walk.files[1].size).toBe(7);
    expect(reader.readerKind).toBe('kernel');
    expect(text(await reader.read('train.py', 1000))).toBe('import numpy as np\n');
    expect(text(await reader.read('.binder/postBuild', 4))).toBe('pip ');
    expect(fallbackReads).toEqual([]);
    // Data files are never sent by the kernel: they come through the Contents API if asked for.
    expect(text(await reader.read('table.csv', 1000))).toBe('a,b\n1,2\n');
    expect(fallbackReads).toEqual(['table.csv']);
    await sessions.refreshRunning();
    for (let i = 0; i < 50 && [...sessions.running()].length; i++) {
      await new Promise(r => setTimeout(r, 100));
      await sessions.refreshRunning();
    }
    expect([...sessions.running()]).toEqual([]);
  }, 60000);

  it('falls back to the Contents API when no such kernel can start', async () => {
    const reader = new KernelRepoReader(sessions, new ContentsRepoReader(contents, 'repo'), 'repo', {
      maxBytes: 1000,
      kernelName: 'no-such-kernel'
    });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const walk = await walkRepo(reader);
    warn.mockRestore();
    expect(walk.files.map(f => f.path)).toContain('README.md');
    expect(reader.readerKind).toBe('contents');
    expect(text(await reader.read('README.md', 1000))).toBe('# Demo\n');
  }, 60000);

  it('passes its parameters as one JSON string literal, never repo data', () => {
    const code = walkCode({ maxBytes: 10, budgetBytes: 20, chunkBytes: 30 });
    expect(code).toContain('_repro_audit_json.loads("{\\"mime\\"');
    expect(code).toContain('\\"ignoreNames\\":[\\".git\\"');
    expect(code).not.toContain('PARAMS');
  });
});
