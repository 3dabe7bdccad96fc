import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { walkRepo } from '../audit/walk';
import { FsRepoReader, relativeTarget } from './fsReader';

describe('FsRepoReader on a real folder', () => {
  let tmp: string;
  let repo: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-fs-'));
    repo = path.join(tmp, 'repo');
    fs.mkdirSync(path.join(repo, 'src', 'deep'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'outside'));
    fs.writeFileSync(path.join(tmp, 'outside', 'secret.txt'), 'not yours');
    fs.writeFileSync(path.join(repo, 'README.md'), '# Demo\n');
    fs.writeFileSync(path.join(repo, 'src', 'model.py'), 'x = 1\n');
    fs.writeFileSync(path.join(repo, 'src', 'deep', 'a.py'), 'y = 2\n');
    // A loop back to the repo root, a folder outside it, a dangling link, a file link out of the repo.
    fs.symlinkSync('../..', path.join(repo, 'src', 'deep', 'loop'));
    fs.symlinkSync(path.join(tmp, 'outside'), path.join(repo, 'elsewhere'));
    fs.symlinkSync('does-not-exist', path.join(repo, 'broken'));
    fs.symlinkSync(path.join(tmp, 'outside', 'secret.txt'), path.join(repo, 'secret.txt'));
    fs.symlinkSync('model.py', path.join(repo, 'src', 'alias.py'));
    // 60 MB, sparse: no disk space used, but reading it whole would be slow and large.
    const big = fs.openSync(path.join(repo, 'big.bin'), 'w');
    fs.ftruncateSync(big, 60 * 1024 * 1024);
    fs.writeSync(big, Buffer.from('HEAD'), 0, 4, 0);
    fs.closeSync(big);
  });

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('lists entries with kinds, sizes, link flags and real-path targets', async () => {
    const reader = new FsRepoReader(repo, 'repo');
    const entries = await reader.list('');
    const byName = Object.fromEntries(entries.map(e => [e.name, e]));
    expect(byName['README.md']).toEqual({ name: 'README.md', kind: 'file', size: 7 });
    expect(byName['src']).toEqual({ name: 'src', kind: 'directory', target: 'src' });
    expect(byName['broken']).toEqual({ name: 'broken', kind: 'other', symlink: true });
    expect(byName['elsewhere']).toEqual({ name: 'elsewhere', kind: 'directory', symlink: true, target: '../outside' });
    expect(byName['secret.txt']).toMatchObject({ kind: 'file', symlink: true, size: 9 });
    expect(byName['big.bin'].size).toBe(60 * 1024 * 1024);

    const deep = await reader.list('src/deep');
    expect(deep.find(e => e.name === 'loop')).toEqual({ name: 'loop', kind: 'directory', symlink: true, target: '' });
    const src = await reader.list('src');
    expect(src.find(e => e.name === 'alias.py')).toEqual({ name: 'alias.py', kind: 'file', size: 6, symlink: true });
  });

  it('gives the walk what it needs to stop at loops and at the repo edge', async () => {
    const walk = await walkRepo(new FsRepoReader(repo, 'repo'));
    expect(walk.files.map(f => f.path)).toEqual([
      'README.md',
      'big.bin',
      'secret.txt',
      'src/alias.py',
      'src/deep/a.py',
      'src/model.py'
    ]);
    const warnings = walk.warnings.map(w => `${w.path}: ${w.message}`);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^src\/deep\/loop: Symbolic link to a folder already audited/),
        expect.stringMatching(/^elsewhere: Symbolic link to a folder outside the repo/)
      ])
    );
  });

  it('reads at most maxBytes, even of a 60 MB file', async () => {
    const reader = new FsRepoReader(repo);
    const head = await reader.read('big.bin', 16);
    expect(head.length).toBe(16);
    expect(Buffer.from(head.subarray(0, 4)).toString()).toBe('HEAD');
    expect(head.buffer.byteLength).toBe(16);
    const whole = await reader.read('README.md', 1024);
    expect(new TextDecoder().decode(whole)).toBe('# Demo\n');
    expect((await reader.read('README.md', 0)).length).toBe(0);
    expect(new TextDecoder().decode(await reader.read('src/alias.py', 100))).toBe('x = 1\n');
  });

  it('refuses paths that leave the repo, by name or through a link', async () => {
    const reader = new FsRepoReader(repo);
    await expect(reader.read('../outside/secret.txt', 100)).rejects.toThrow(/Not a path inside the repo/);
    await expect(reader.read('/etc/passwd', 100)).rejects.toThrow(/Not a path inside the repo/);
    await expect(reader.read('src/./model.py', 100)).rejects.toThrow(/Not a path inside the repo/);
    await expect(reader.read('secret.txt', 100)).rejects.toThrow(/outside the repo: secret.txt/);
    await expect(reader.list('elsewhere')).rejects.toThrow(/outside the repo/);
    await expect(reader.list('..')).rejects.toThrow(/Not a path inside the repo/);
  });

  it('rejects missing files, folders and broken links with messages free of absolute paths', async () => {
    const reader = new FsRepoReader(repo);
    const missing = reader.read('nope.txt', 10);
    await expect(missing).rejects.toThrow('no such file or folder (ENOENT)');
    await expect(reader.read('broken', 10)).rejects.toThrow(/ENOENT/);
    await expect(reader.read('src', 10)).rejects.toThrow('is a folder');
    await expect(reader.list('README.md')).rejects.toThrow(/ENOTDIR/);
    const err = await reader.read('nope.txt', 10).catch((e: Error) => e);
    expect(String(err)).not.toContain(tmp);
  });

  it('refuses a FIFO without opening it (a synchronous open would block the whole process)', async () => {
    const fifo = path.join(repo, 'pipe');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // No mkfifo here: nothing to test.
    }
    try {
      const reader = new FsRepoReader(repo);
      expect((await reader.list('')).find(e => e.name === 'pipe')).toEqual({ name: 'pipe', kind: 'other' });
      await expect(reader.read('pipe', 10)).rejects.toThrow('not a regular file');
    } finally {
      fs.rmSync(fifo);
    }
  });

  it('works from a repo root reached through a link', async () => {
    const linkedRoot = path.join(tmp, 'linked-root');
    fs.symlinkSync(repo, linkedRoot);
    const reader = new FsRepoReader(linkedRoot, 'linked');
    const entries = await reader.list('src');
    expect(entries.find(e => e.name === 'deep')).toEqual({ name: 'deep', kind: 'directory', target: 'src/deep' });
    expect(new TextDecoder().decode(await reader.read('src/model.py', 100))).toBe('x = 1\n');
    expect(reader.root).toBe('linked');
  });
});

describe('relativeTarget', () => {
  it('is POSIX-style, empty for the root, ../ outside', () => {
    expect(relativeTarget('/r/repo', '/r/repo')).toBe('');
    expect(relativeTarget('/r/repo', '/r/repo/a/b')).toBe('a/b');
    expect(relativeTarget('/r/repo', '/r')).toBe('..');
    expect(relativeTarget('/r/repo', '/r/repo-2')).toBe('../repo-2');
  });
});
