/**
 * `repro-audit batch` on the real file system and real git: local folders and a local bare repository
 * cloned through a file:// URL; sharded runs merged give the same table as one run; a stopped run resumes.
 * Audits run in this process (no child CLI under ts-jest).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseShard } from './batchArgs';
import { isGitUrl, parseBatchList, shardOf } from './batchList';
import { runBatchCommand } from './batchCommand';
import { BatchLine } from './batchRun';
import { runMergeCommand } from '../merge/mergeCommand';

function sink() {
  let text = '';
  return { write: (s: string) => (text += s), get text() { return text; } };
}

async function cli(run: typeof runBatchCommand, argv: string[], cwd: string) {
  const stdout = sink();
  const stderr = sink();
  const code = await run(argv, { stdout, stderr, cwd });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function git(cwd: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });
}

/** Twenty small repos that score differently: pins, a README, tests, a seed, Binder files in turns. */
function makeRepos(root: string, count: number): string[] {
  const names: string[] = [];
  for (let k = 0; k < count; k++) {
    const name = `repo-${String(k).padStart(2, '0')}`;
    const dir = path.join(root, name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'train.py'), `import numpy as np\n${k % 2 ? 'np.random.seed(0)\n' : ''}x = np.random.rand(3)\n`);
    fs.writeFileSync(path.join(dir, 'requirements.txt'), k % 3 ? 'numpy==1.26.4\n' : 'numpy\n');
    if (k % 4 === 0) {
      fs.writeFileSync(path.join(dir, 'README.md'), `# ${name}\n\nInstall with pip install -r requirements.txt, then run python train.py.\n`);
    }
    if (k % 5 === 0) {
      fs.mkdirSync(path.join(dir, 'tests'));
      fs.writeFileSync(path.join(dir, 'tests', 'test_train.py'), 'def test_ok():\n    assert True\n');
    }
    names.push(name);
  }
  return names;
}

describe('the batch list', () => {
  it('tells git URLs from folders, skips blanks, comments and repeats', () => {
    expect(parseBatchList('a\n\n# note\nhttps://example.org/x/y.git\n a \ngit@example.org:x/y.git\nfile:///srv/r.git\n./b\n')).toEqual([
      { repo: 'a', kind: 'folder' },
      { repo: 'https://example.org/x/y.git', kind: 'git' },
      { repo: 'git@example.org:x/y.git', kind: 'git' },
      { repo: 'file:///srv/r.git', kind: 'git' },
      { repo: './b', kind: 'folder' }
    ]);
    expect(isGitUrl('data/my@folder')).toBe(false);
    expect(isGitUrl('C:\\repos\\one')).toBe(false);
  });

  it('puts every entry in exactly one shard, the shares within one of each other', () => {
    const entries = Array.from({ length: 20 }, (_, k) => k);
    const shards = [1, 2, 3].map(index => shardOf(entries, { index, count: 3 }));
    expect(shards.flat().sort((a, b) => a - b)).toEqual(entries);
    expect(shards.map(s => s.length)).toEqual([7, 7, 6]);
  });

  it('refuses shards that do not exist', () => {
    expect(parseShard('2/2')).toEqual({ index: 2, count: 2 });
    for (const bad of ['0/2', '3/2', '1/0', 'a/b', '1']) {
      expect(() => parseShard(bad)).toThrow(/--shard/);
    }
  });
});

describe('repro-audit batch and merge, on local folders and a file:// git URL', () => {
  let work: string;
  let previousTmp: string | undefined;
  let cloneTmp: string;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-spec-'));
    const names = makeRepos(path.join(work, 'repos'), 20);
    // A bare repository holding one of the repos, as a remote would.
    const source = path.join(work, 'repos', names[3]);
    git(source, 'init', '-q');
    git(source, 'add', '-A');
    git(source, 'commit', '-qm', 'init');
    git(work, 'clone', '-q', '--bare', source, path.join(work, 'remote.git'));
    fs.rmSync(path.join(source, '.git'), { recursive: true, force: true });
    const list = [
      ...names.map(n => `repos/${n}`),
      `file://${path.join(work, 'remote.git')}`,
      'repos/not-there',
      `file://${path.join(work, 'no-such-remote.git')}`
    ];
    fs.writeFileSync(path.join(work, 'list.txt'), `# twenty repos, a remote, two that fail\n${list.join('\n')}\n`);
    // Clones go to a temporary folder of this test's own, to see them removed.
    cloneTmp = path.join(work, 'tmp');
    fs.mkdirSync(cloneTmp);
    previousTmp = process.env.TMPDIR;
    process.env.TMPDIR = cloneTmp;
  });

  afterAll(() => {
    if (previousTmp === undefined) {
      delete process.env.TMPDIR;
    } else {
      process.env.TMPDIR = previousTmp;
    }
    fs.rmSync(work, { recursive: true, force: true });
  });

  const readLines = (file: string): BatchLine[] =>
    fs.readFileSync(path.join(work, file), 'utf8').trim().split('\n').map(l => JSON.parse(l));

  it('records a report per repo and an error per failure, never stopping, and removes its clones', async () => {
    const run = await cli(runBatchCommand, ['list.txt', '--output', 'all.jsonl', '--jobs', '2'], work);
    expect(run.code).toBe(0);
    const lines = readLines('all.jsonl');
    expect(lines).toHaveLength(23);
    const byRepo = new Map(lines.map(l => [l.repo, l]));
    expect(byRepo.get('repos/not-there')?.error).toMatch(/no such folder/);
    expect(byRepo.get(`file://${path.join(work, 'no-such-remote.git')}`)?.error).toMatch(/git clone failed/);
    const remote = byRepo.get(`file://${path.join(work, 'remote.git')}`)!;
    expect(remote.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(remote.report?.root).toBe(remote.repo);
    // The clone audits as the folder it came from.
    expect(remote.report?.score).toBe(byRepo.get('repos/repo-03')?.report?.score);
    expect(lines.filter(l => l.report).length).toBe(21);
    expect(new Set(lines.filter(l => l.report).map(l => l.report!.score)).size).toBeGreaterThan(2);
    expect(fs.readdirSync(cloneTmp)).toEqual([]);
    expect(run.stderr).toMatch(/21 audited, 2 failed, 0 already done/);
  });

  it('gives, over two shards merged, the same table as one run', async () => {
    for (const shard of ['1/2', '2/2']) {
      expect((await cli(runBatchCommand, ['list.txt', '--output', `shard-${shard[0]}.jsonl`, '--shard', shard], work)).code).toBe(0);
    }
    const one = readLines('shard-1.jsonl').map(l => l.repo);
    const two = readLines('shard-2.jsonl').map(l => l.repo);
    expect(one.filter(r => two.includes(r))).toEqual([]);
    expect(one.length + two.length).toBe(23);

    const outputs = (prefix: string) => ['--csv', `${prefix}.csv`, '--markdown', `${prefix}.md`, '--html', `${prefix}.html`];
    expect((await cli(runMergeCommand, ['all.jsonl', ...outputs('single')], work)).code).toBe(0);
    expect((await cli(runMergeCommand, ['shard-2.jsonl', 'shard-1.jsonl', ...outputs('sharded')], work)).code).toBe(0);
    for (const ext of ['csv', 'md', 'html']) {
      const single = fs.readFileSync(path.join(work, `single.${ext}`), 'utf8');
      expect(fs.readFileSync(path.join(work, `sharded.${ext}`), 'utf8')).toBe(single);
    }
    const csv = fs.readFileSync(path.join(work, 'single.csv'), 'utf8').trim().split('\r\n');
    expect(csv[0]).toBe('repo,commit,score,error,dependencies,pinned,binder,model,docs,hardware,seeds,notebooks,data,tests,leakage');
    expect(csv).toHaveLength(24);
  });

  it('resumes: skips the repos already written, audits again a line cut short', async () => {
    const all = fs.readFileSync(path.join(work, 'all.jsonl'), 'utf8').trim().split('\n');
    // A run stopped after ten lines, the tenth cut in the middle of being written.
    fs.writeFileSync(path.join(work, 'stopped.jsonl'), all.slice(0, 9).join('\n') + '\n' + all[9].slice(0, 40));
    const run = await cli(runBatchCommand, ['list.txt', '--output', 'stopped.jsonl'], work);
    expect(run.stderr).toMatch(/ 9 already done/);
    const text = fs.readFileSync(path.join(work, 'stopped.jsonl'), 'utf8');
    const parsed = text.trim().split('\n').filter(l => {
      try {
        JSON.parse(l);
        return true;
      } catch {
        return false;
      }
    });
    expect(parsed).toHaveLength(23);
    expect(new Set(parsed.map(l => JSON.parse(l).repo)).size).toBe(23);
    // Once complete, a rerun audits nothing.
    const again = await cli(runBatchCommand, ['list.txt', '--output', 'stopped.jsonl'], work);
    expect(again.stderr).toMatch(/0 audited, 0 failed, 23 already done/);
  });

  it('audits the failed repos again with --retry-failed, and merge keeps the newest result', async () => {
    fs.mkdirSync(path.join(work, 'repos', 'not-there'));
    fs.writeFileSync(path.join(work, 'repos', 'not-there', 'README.md'), '# here now\n');
    const run = await cli(runBatchCommand, ['list.txt', '--output', 'all.jsonl', '--retry-failed'], work);
    expect(run.stderr).toMatch(/1 audited, 1 failed, 21 already done/);
    const merged = await cli(runMergeCommand, ['all.jsonl'], work);
    const row = merged.stdout.split('\r\n').find(l => l.startsWith('repos/not-there,'))!;
    expect(row.split(',')[3]).toBe('');
    expect(Number(row.split(',')[2])).toBeGreaterThanOrEqual(0);
  });

  it('reports usage errors with exit code 2', async () => {
    expect((await cli(runBatchCommand, [], work)).code).toBe(2);
    expect((await cli(runBatchCommand, ['missing-list.txt'], work)).stderr).toMatch(/cannot read the list/);
    expect((await cli(runBatchCommand, ['list.txt', '--jobs', '0'], work)).code).toBe(2);
    expect((await cli(runMergeCommand, [], work)).code).toBe(2);
  });
});
