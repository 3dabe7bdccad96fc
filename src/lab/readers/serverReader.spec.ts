/**
 * @jest-environment @jupyterlab/testing/lib/jest-env.js
 */
/**
 * The server reader against a real Jupyter Server with the package's extension enabled (scripts/setup.sh
 * installs the package into .venv), and its fallback when a server answers without it.
 */
import { JupyterServer } from '@jupyterlab/testing';
import { ContentsManager, ServerConnection } from '@jupyterlab/services';
import { ContentsRepoReader } from './contentsReader';
import { ServerRepoReader, forgetServersWithoutReader } from './serverReader';
import { walkRepo } from '../../audit/walk';
import { runAudit } from '../../audit/engine';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

// The jsdom environment lacks them; browsers have them.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });

process.env.PATH = `${process.cwd()}/.venv/bin:${process.env.PATH}`;
const server = new JupyterServer();
const serverRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-server-'));
let settings: ServerConnection.ISettings;
let contents: ContentsManager;

function write(rel: string, data: string | Buffer): void {
  const file = path.join(serverRoot, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
}

/** The same settings, counting the requests that reach the server. */
function counted(): { settings: ServerConnection.ISettings; urls: string[] } {
  const urls: string[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return settings.fetch(input, init);
  };
  return { settings: { ...settings, fetch } as ServerConnection.ISettings, urls };
}

const OPTIONS = { maxBytes: 1024 * 1024, maxFiles: 20000 };

beforeAll(async () => {
  write('repo/README.md', '# Demo\n');
  write('repo/src/train.py', 'import numpy as np\nnp.random.seed(0)\n');
  write('repo/.binder/environment.yml', 'dependencies:\n  - python=3.11\n  - numpy=1.26.4\n');
  write('repo/.gitattributes', '*.csv filter=lfs diff=lfs merge=lfs -text\n');
  write('repo/.git/HEAD', 'ref: refs/heads/main\n');
  write('repo/src/latin1.py', Buffer.from('x = "\xe9"\n', 'latin1'));
  write('repo/plot.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  await server.start({
    configData: {
      ServerApp: { allow_root: true, root_dir: serverRoot, jpserver_extensions: { jupyterlab_repro_audit: true } }
    }
  });
  settings = ServerConnection.makeSettings();
  contents = new ContentsManager({ serverSettings: settings });
}, 60000);

afterAll(async () => {
  await server.shutdown();
  fs.rmSync(serverRoot, { recursive: true, force: true });
}, 30000);

afterEach(() => forgetServersWithoutReader());

describe('ServerRepoReader', () => {
  it('walks in one request and sees the dot-files that the Contents API hides', async () => {
    const { settings: s, urls } = counted();
    const reader = new ServerRepoReader(s, new ContentsRepoReader(contents, 'repo'), 'repo', OPTIONS);
    const walk = await walkRepo(reader);
    expect(walk.files.map(f => f.path)).toEqual([
      '.binder/environment.yml',
      '.gitattributes',
      'README.md',
      'plot.png',
      'src/latin1.py',
      'src/train.py'
    ]);
    expect(walk.vcsFolders).toEqual(['.git']);
    expect(reader.readerKind).toBe('server');
    expect(urls.filter(u => u.includes('/repro-audit/walk'))).toHaveLength(1);
    expect(urls.filter(u => u.includes('/api/contents'))).toHaveLength(0);
    const viaContents = await walkRepo(new ContentsRepoReader(contents, 'repo'));
    expect(viaContents.files.map(f => f.path)).not.toContain('.binder/environment.yml');
  });

  it('reads bytes intact, at most maxBytes, and batches reads asked for together', async () => {
    const { settings: s, urls } = counted();
    const reader = new ServerRepoReader(s, new ContentsRepoReader(contents, 'repo'), 'repo', OPTIONS);
    const [train, latin1, png] = await Promise.all([
      reader.read('src/train.py', 1000),
      reader.read('src/latin1.py', 1000),
      reader.read('plot.png', 1000)
    ]);
    expect(new TextDecoder().decode(train)).toBe('import numpy as np\nnp.random.seed(0)\n');
    expect(Array.from(latin1)).toEqual(Array.from(Buffer.from('x = "\xe9"\n', 'latin1')));
    expect(Array.from(png)).toEqual([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]);
    expect(await reader.read('src/train.py', 6)).toHaveLength(6);
    expect(urls.filter(u => u.includes('/repro-audit/read'))).toHaveLength(2);
    expect(urls.filter(u => u.includes('/api/contents'))).toHaveLength(0);
    await expect(reader.read('nope.py', 10)).rejects.toThrow();
  });

  it('asks again for what the server deferred when an answer was full', async () => {
    const { settings: s, urls } = counted();
    // An answer holds at most 20 bytes: each of these files comes in an answer of its own.
    const reader = new ServerRepoReader(s, new ContentsRepoReader(contents, 'repo'), 'repo', { ...OPTIONS, batchBytes: 20 });
    const texts = await Promise.all(['README.md', 'src/train.py', '.gitattributes'].map(p => reader.read(p, 1000)));
    expect(texts.map(t => new TextDecoder().decode(t))).toEqual([
      '# Demo\n',
      'import numpy as np\nnp.random.seed(0)\n',
      '*.csv filter=lfs diff=lfs merge=lfs -text\n'
    ]);
    expect(urls.filter(u => u.includes('/repro-audit/read')).length).toBeGreaterThanOrEqual(2);
    expect(urls.filter(u => u.includes('/api/contents'))).toHaveLength(0);
  });

  it('audits as the engine does, in a handful of requests', async () => {
    const { settings: s, urls } = counted();
    const reader = new ServerRepoReader(s, new ContentsRepoReader(contents, 'repo'), 'repo', OPTIONS);
    const report = await runAudit(reader);
    expect(report.stats.files).toBe(6);
    const binder = report.checks.find(c => c.id === 'binder');
    expect(JSON.stringify(binder)).toContain('.binder/environment.yml');
    expect(urls.filter(u => u.includes('/api/contents'))).toHaveLength(0);
    expect(urls.length).toBeLessThan(8);
  });

  it('names a link out of the server root as the CLI does, without following it', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.py'), 'import os\n');
    write('linked/train.py', 'import numpy\n');
    fs.symlinkSync(outside, path.join(serverRoot, 'linked', 'data'));
    const walk = await walkRepo(new ServerRepoReader(settings, new ContentsRepoReader(contents, 'linked'), 'linked', OPTIONS));
    expect(walk.files.map(f => f.path)).toEqual(['train.py']);
    expect(walk.warnings.map(w => [w.code, w.path])).toEqual([['reading.symlink-outside', 'data']]);
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('refuses a folder outside the root, and the audit fails as it would through the Contents API', async () => {
    const reader = new ServerRepoReader(settings, new ContentsRepoReader(contents, '../etc'), '../etc', OPTIONS);
    await expect(walkRepo(reader)).rejects.toThrow();
    expect(reader.readerKind).toBe('contents');
  });

  it('falls back to the Contents API on a server without the extension, and asks it only once', async () => {
    const urls: string[] = [];
    // A server without the route answers an HTML 404, as Jupyter Server and static hosts (JupyterLite) do.
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      urls.push(url);
      return url.includes('/repro-audit/')
        ? Promise.resolve(new Response('<html>404</html>', { status: 404, headers: { 'Content-Type': 'text/html' } }))
        : settings.fetch(input, init);
    };
    const without = { ...settings, fetch } as ServerConnection.ISettings;
    for (let i = 0; i < 2; i++) {
      const reader = new ServerRepoReader(without, new ContentsRepoReader(contents, 'repo'), 'repo', OPTIONS);
      const walk = await walkRepo(reader);
      expect(walk.files.map(f => f.path)).toContain('src/train.py');
      expect(new TextDecoder().decode(await reader.read('README.md', 100))).toBe('# Demo\n');
      expect(reader.readerKind).toBe('contents');
    }
    expect(urls.filter(u => u.includes('/repro-audit/'))).toHaveLength(1);
  });
});
