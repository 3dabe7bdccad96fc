import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SNAPSHOT_FILE_LIMIT, checkout, hasCommit } from './checkout';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' }
  })
    .toString()
    .trim();
}

describe('corpus checkout from a bare git directory', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes the tree of the pinned commit, links as links, and a lost blob as a large file', async () => {
    const work = path.join(tmp, 'work');
    fs.mkdirSync(path.join(work, 'src'), { recursive: true });
    git(work, 'init', '-q');
    fs.writeFileSync(path.join(work, 'README.md'), '# Paper\n');
    fs.writeFileSync(path.join(work, 'src', 'train.py'), 'import torch\n');
    fs.writeFileSync(path.join(work, 'weights.bin'), Buffer.alloc(5000, 7));
    fs.symlinkSync('src/train.py', path.join(work, 'link.py'));
    git(work, 'add', '-A');
    git(work, 'commit', '-qm', 'first');
    const first = git(work, 'rev-parse', 'HEAD');
    fs.writeFileSync(path.join(work, 'README.md'), '# Changed later\n');
    git(work, 'commit', '-qam', 'second');
    const bare = path.join(tmp, 'bare.git');
    git(tmp, 'clone', '-q', '--bare', work, bare);
    // A snapshot without its large files: the blob is listed in the tree but absent from the object store.
    const weights = git(bare, 'rev-parse', `${first}:weights.bin`);
    git(bare, 'repack', '-qad');
    const packs = fs.readdirSync(path.join(bare, 'objects', 'pack')).filter(f => f.endsWith('.pack'));
    const kept = git(bare, 'rev-list', '--objects', '--all').split('\n').map(l => l.split(' ')[0]).filter(s => s !== weights);
    execFileSync('git', ['--git-dir', bare, 'pack-objects', '-q', path.join(bare, 'objects', 'pack', 'pack')], { input: kept.join('\n') + '\n' });
    for (const p of packs) {
      fs.rmSync(path.join(bare, 'objects', 'pack', p));
      fs.rmSync(path.join(bare, 'objects', 'pack', p.replace(/\.pack$/, '.idx')));
    }

    expect(hasCommit(bare, first)).toBe(true);
    expect(hasCommit(bare, 'b'.repeat(40))).toBe(false);
    const target = path.join(tmp, 'checkouts', 'someone__paper');
    expect(await checkout(bare, first, target)).toEqual({ files: 4, absent: 1, reused: false });
    expect(fs.readFileSync(path.join(target, 'README.md'), 'utf8')).toBe('# Paper\n');
    expect(fs.readlinkSync(path.join(target, 'link.py'))).toBe('src/train.py');
    // git cannot tell an absent blob's size: the snapshot's lower bound for what it leaves out stands in.
    expect(fs.statSync(path.join(target, 'weights.bin')).size).toBe(SNAPSHOT_FILE_LIMIT);
    expect((await checkout(bare, first, target)).reused).toBe(true);
  });
});
