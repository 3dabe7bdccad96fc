/**
 * @jest-environment @jupyterlab/testing/lib/jest-env.js
 */
/**
 * The Contents API reader against a real Jupyter Server (started by @jupyterlab/testing).
 */
import { JupyterServer } from '@jupyterlab/testing';
import { ContentsManager, ServerConnection } from '@jupyterlab/services';
import { ContentsRepoReader, RequestSlots } from './contentsReader';
import { walkRepo } from '../../audit/walk';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// The server is the project's own JupyterLab (scripts/setup.sh installs it into .venv).
process.env.PATH = `${process.cwd()}/.venv/bin:${process.env.PATH}`;
const server = new JupyterServer();
let contents: ContentsManager;
// The server's root on disk, ours so that tests can make what the Contents API cannot: symbolic links.
const serverRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-contents-'));

beforeAll(async () => {
  // CI runs as root, which Jupyter Server refuses unless told.
  await server.start({ configData: { ServerApp: { allow_root: true, root_dir: serverRoot } } });
  contents = new ContentsManager({ serverSettings: ServerConnection.makeSettings() });
  await contents.save('repo', { type: 'directory' });
  await contents.save('repo/src', { type: 'directory' });
  await contents.save('repo/README.md', { type: 'file', format: 'text', content: '# Demo\n' });
  await contents.save('repo/src/train.py', { type: 'file', format: 'text', content: 'import numpy as np\n' });
  // Bytes that are not UTF-8 must arrive intact, for the engine to judge them.
  await contents.save('repo/src/latin1.py', { type: 'file', format: 'base64', content: btoa('x = "\xe9"\n') });
}, 60000);

afterAll(async () => {
  await server.shutdown();
  fs.rmSync(serverRoot, { recursive: true, force: true });
}, 30000);

describe('ContentsRepoReader', () => {
  it('lists folders relative to the audited root', async () => {
    const reader = new ContentsRepoReader(contents, 'repo');
    const walk = await walkRepo(reader);
    expect(walk.files.map(f => f.path)).toEqual(['README.md', 'src/latin1.py', 'src/train.py']);
    expect(walk.files[0].size).toBe(7);
  });

  it('reads raw bytes, at most maxBytes', async () => {
    const reader = new ContentsRepoReader(contents, 'repo');
    expect(String.fromCharCode(...(await reader.read('src/train.py', 1000)))).toBe('import numpy as np\n');
    expect(await reader.read('src/train.py', 6)).toHaveLength(6);
    expect(Array.from(await reader.read('src/latin1.py', 100)).includes(0xe9)).toBe(true);
  });

  it('rejects what does not exist, so the walk can warn', async () => {
    const reader = new ContentsRepoReader(contents, 'repo');
    await expect(reader.list('nope')).rejects.toThrow();
    await expect(reader.read('nope.py', 10)).rejects.toThrow();
  });
});

describe('ContentsRepoReader over symbolic link loops', () => {
  it('walks a repo holding `loop -> ..` and a link back to itself once, and says where it cut', async () => {
    const repo = path.join(serverRoot, 'looped');
    fs.mkdirSync(path.join(repo, 'src', 'deep'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'README.md'), '# Looped\n');
    fs.writeFileSync(path.join(repo, 'src', 'train.py'), 'import numpy\n');
    fs.writeFileSync(path.join(repo, 'src', 'deep', 'big.csv'), 'a,b\n1,2\n');
    fs.symlinkSync('..', path.join(repo, 'loop'));
    fs.symlinkSync('../..', path.join(repo, 'src', 'deep', 'up'));
    const walk = await walkRepo(new ContentsRepoReader(contents, 'looped'));
    expect(walk.files.map(f => f.path)).toEqual(['README.md', 'src/deep/big.csv', 'src/train.py']);
    expect(walk.warnings.map(w => `${w.path}: ${w.message}`).sort()).toEqual([
      'loop: Symbolic link loop cut: this folder holds the audited folder itself (a link to a folder above the repo); not followed',
      'src/deep/up: Symbolic link loop cut: this folder lists exactly what the audited folder lists (a link back to it); not followed'
    ]);
  });
});

describe('RequestSlots', () => {
  it('keeps at most `limit` requests in flight and runs them all, in order', async () => {
    const slots = new RequestSlots(3);
    let inFlight = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        slots.run(async () => {
          started.push(i);
          most = Math.max(most, ++inFlight);
          await new Promise(r => setTimeout(r, 1 + (i % 4)));
          inFlight--;
          return i * 2;
        })
      )
    );
    expect(most).toBe(3);
    expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
  });

  it('frees the slot of a request that fails', async () => {
    const slots = new RequestSlots(1);
    await expect(slots.run(() => Promise.reject(new Error('404')))).rejects.toThrow('404');
    await expect(slots.run(async () => 'next')).resolves.toBe('next');
  });
});

describe('ContentsRepoReader with many reads at once', () => {
  it('sends at most `concurrency` requests to the server at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const getter = {
      get: async (path: string) => {
        most = Math.max(most, ++inFlight);
        await new Promise(r => setTimeout(r, 2));
        inFlight--;
        return { content: btoa(path) } as any;
      }
    };
    const reader = new ContentsRepoReader(getter, 'repo', 4);
    const texts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => reader.read(`f${i}.py`, 100).then(b => String.fromCharCode(...b)))
    );
    expect(most).toBe(4);
    expect(texts[7]).toBe('repo/f7.py');
  });
});
