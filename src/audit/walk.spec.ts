import { MemoryRepoReader } from './memoryReader';
import type { RepoEntry, RepoReader } from './reader';
import { RepoRootError, walkRepo } from './walk';
import { compileGlob } from './glob';

describe('walkRepo', () => {
  it('lists files, skipping default ignores and virtualenvs', async () => {
    const reader = new MemoryRepoReader({
      files: {
        'README.md': '# x',
        'src/model.py': 'x = 1',
        '.git/HEAD': 'ref',
        'node_modules/a/index.js': '',
        'nb/.ipynb_checkpoints/a-checkpoint.ipynb': '{}',
        'pkg/__pycache__/m.pyc': '',
        'env/pyvenv.cfg': 'home = /usr',
        'env/lib/site.py': '',
        '.binder/requirements.txt': 'numpy==1.26.0'
      }
    });
    const walk = await walkRepo(reader);
    expect(walk.files.map(f => f.path)).toEqual(['.binder/requirements.txt', 'README.md', 'src/model.py']);
    expect(walk.limitsHit).toEqual([]);
  });

  it('applies user globs and reports the file limit when hit', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) {
      files[`data/f${i}.csv`] = 'a,b';
      files[`src/m${i}.py`] = '';
    }
    const reader = new MemoryRepoReader({ files });
    const ignored = await walkRepo(reader, { ignore: ['*.csv'] });
    expect(ignored.files).toHaveLength(30);
    const limited = await walkRepo(reader, { maxFiles: 10 });
    expect(limited.files).toHaveLength(10);
    expect(limited.limitsHit).toEqual(['maxFiles']);
    expect(limited.warnings[0].message).toMatch(/more than 10 files/);
  });

  it('turns unreadable folders and symlink loops into warnings', async () => {
    const reader = new MemoryRepoReader({
      files: { 'a/x.py': '', 'secret/y.py': '' },
      unreadable: ['secret'],
      links: { 'a/loop': '', 'a/out': '../../etc' }
    });
    const walk = await walkRepo(reader);
    expect(walk.files.map(f => f.path)).toEqual(['a/x.py']);
    const messages = walk.warnings.map(w => `${w.path}: ${w.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^secret: Folder could not be read/),
        expect.stringMatching(/^a\/loop: Symbolic link to a folder already audited/),
        expect.stringMatching(/^a\/out: Symbolic link to a folder outside the repo/)
      ])
    );
  });

  it('cuts symlink loops a reader sees only as repeated listings (the Contents API), and says so', async () => {
    // The server root holds the repo and another folder; the repo holds `loop -> ..` and a link to itself.
    const disk = new MemoryRepoReader({
      files: { 'repo/train.py': '', 'repo/data/big.bin': 'x', 'other/notes.md': '' },
      links: { 'repo/loop': '', 'repo/data/again': 'repo' }
    });
    const walk = await walkRepo(new LinkBlindReader(disk, 'repo'));
    expect(walk.files.map(f => f.path)).toEqual(['data/big.bin', 'train.py']);
    expect(walk.warnings.map(w => `${w.path}: ${w.message}`).sort()).toEqual([
      'data/again: Symbolic link loop cut: this folder lists exactly what the audited folder lists (a link back to it); not followed',
      'loop: Symbolic link loop cut: this folder holds the audited folder itself (a link to a folder above the repo); not followed'
    ]);
  });

  it('walks identical-looking folders that are not an ancestor again (copies are not loops)', async () => {
    const disk = new MemoryRepoReader({ files: { 'repo/a/x.py': '', 'repo/b/x.py': '', 'repo/c/c/keep.py': '' } });
    const walk = await walkRepo(new LinkBlindReader(disk, 'repo'));
    expect(walk.files.map(f => f.path)).toEqual(['a/x.py', 'b/x.py', 'c/c/keep.py']);
    expect(walk.warnings).toEqual([]);
  });

  it('rejects, naming the folder, when the audited folder itself cannot be listed (nothing to score)', async () => {
    const missing = new MemoryRepoReader({ files: {}, unreadable: [''] }, 'no/such/folder');
    await expect(walkRepo(missing)).rejects.toThrow(new RepoRootError('no/such/folder', 'Permission denied: .'));
    // An empty folder is no error: the walk finds no file and the report says so (stats.files 0).
    expect((await walkRepo(new MemoryRepoReader({ files: {} }))).files).toEqual([]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(walkRepo(new MemoryRepoReader({ files: { a: '' } }), { signal: controller.signal })).rejects.toThrow();
  });
});

describe('compileGlob', () => {
  it.each([
    ['*.csv', 'data/raw/a.csv', false, true],
    ['*.csv', 'a.csvx', false, false],
    ['data/raw/**', 'data/raw/x/y.bin', false, true],
    ['data/raw/**', 'other/data/raw/y.bin', false, false],
    ['build/', 'pkg/build', true, true],
    ['build/', 'pkg/build', false, false],
    ['**/tmp_*.py', 'a/b/tmp_1.py', false, true],
    ['**/tmp_*.py', 'tmp_1.py', false, true],
    ['f?.py', 'f1.py', false, true],
    ['[ab].py', 'c.py', false, false],
    ['# comment', '# comment', false, false]
  ])('%s on %s (dir=%s) is %s', (glob, path, isDir, expected) => {
    expect(compileGlob(glob)(path, isDir)).toBe(expected);
  });
});

describe('walkRepo depth guard', () => {
  it('stops at a loop the reader cannot recognise', async () => {
    // A reader with no `target`s: a folder that contains itself forever.
    const reader = {
      root: 'loop',
      list: async () => [{ name: 'again', kind: 'directory' as const }, { name: 'f.py', kind: 'file' as const, size: 1 }],
      read: async () => new Uint8Array()
    };
    const walk = await walkRepo(reader);
    expect(walk.files.length).toBeLessThan(100);
    expect(walk.warnings.some(w => /nested more than/.test(w.message))).toBe(true);
  });
});

/** A folder of a MemoryRepoReader seen as the Contents API sees it: links followed, never named; every entry stamped alike. */
class LinkBlindReader implements RepoReader {
  constructor(
    private readonly disk: MemoryRepoReader,
    readonly root: string
  ) {}

  async list(dir: string): Promise<RepoEntry[]> {
    const entries = await this.disk.list(dir ? `${this.root}/${dir}` : this.root);
    return entries.map(e => ({ name: e.name, kind: e.kind, size: e.size, stamp: '2026-12-07T00:00:00Z' }));
  }

  read(path: string, maxBytes: number): Promise<Uint8Array> {
    return this.disk.read(`${this.root}/${path}`, maxBytes);
  }

  async rootEntry(): Promise<{ name: string; stamp: string }> {
    return { name: this.root, stamp: '2026-12-07T00:00:00Z' };
  }
}
