import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseGitIndex } from './gitIndex';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'ignore' });
}

describe('git index', () => {
  let repo: string;
  beforeEach(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'gitindex-'));
    git(repo, 'init', '-q');
    // The shape of a real case: weights under a git-ignored folder, force-added so that the clone has them.
    fs.mkdirSync(path.join(repo, 'models', 'binaries'), { recursive: true });
    fs.writeFileSync(path.join(repo, '.gitignore'), 'models/binaries/\n');
    fs.writeFileSync(path.join(repo, 'models', 'binaries', 'gat_000000.pth'), 'weights');
    fs.writeFileSync(path.join(repo, 'models', 'binaries', 'local_run.pth'), 'not committed');
    fs.writeFileSync(path.join(repo, 'training_script_cora.py'), 'import torch\n');
    const long = 'a'.repeat(5000);
    fs.mkdirSync(path.join(repo, 'deep', long.slice(0, 200), long.slice(0, 200)), { recursive: true });
    fs.writeFileSync(path.join(repo, 'deep', long.slice(0, 200), long.slice(0, 200), 'ünïcode.txt'), 'x');
    git(repo, 'add', '.gitignore', 'training_script_cora.py', 'deep');
    git(repo, 'add', '-f', 'models/binaries/gat_000000.pth');
  });
  afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

  it.each([2, 3, 4])('lists the tracked paths of an index of version %i, force-added ones included', version => {
    git(repo, 'update-index', '--index-version', String(version));
    if (version === 3) {
      // An extended-flags entry (intent to add) makes git write version 3 entries with two more flag bytes.
      fs.writeFileSync(path.join(repo, 'later.py'), '');
      git(repo, 'add', '-N', 'later.py');
    }
    const tracked = parseGitIndex(fs.readFileSync(path.join(repo, '.git', 'index')))!;
    expect(tracked.has('models/binaries/gat_000000.pth')).toBe(true);
    expect(tracked.has('models/binaries/local_run.pth')).toBe(false);
    expect(tracked.has('training_script_cora.py')).toBe(true);
    expect([...tracked].some(p => p.endsWith('/ünïcode.txt') && p.length > 400)).toBe(true);
    expect(tracked.size).toBe(version === 3 ? 5 : 4);
  });

  it('gives undefined for bytes that are not an index', () => {
    expect(parseGitIndex(new TextEncoder().encode('gitdir: ../.git/worktrees/x\n'))).toBeUndefined();
    expect(parseGitIndex(new Uint8Array([0x44, 0x49, 0x52, 0x43, 0, 0, 0, 2, 0, 0, 0, 9]))).toBeUndefined();
  });
});
