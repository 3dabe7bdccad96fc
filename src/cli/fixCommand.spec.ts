import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { seedsCheck } from '../audit/checks/seeds';
import { runAudit } from '../audit/engine';
import type { CheckResult } from '../audit/report';
import { FIX_USAGE } from './fixArgs';
import { FsRepoReader } from './fsReader';
import { snapshotOf, writeIfUnchanged } from './guardedWrite';
import { runCli as run } from './__tests__/runCli';

const DEMO = path.resolve(__dirname, '../../examples/demo');
const FILES = ['notebooks/train.ipynb', 'scripts/train.py', 'demo_pkg/model.py', 'demo_pkg/features.py'];

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(FILES.map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

async function seedsOf(dir: string): Promise<CheckResult> {
  return (await runAudit(new FsRepoReader(dir), { checks: [seedsCheck] })).checks[0];
}

describe('repro-audit fix seeds', () => {
  let tmp: string;
  let demo: string;

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-fix-'));
    demo = path.join(tmp, 'demo');
    fs.cpSync(DEMO, demo, { recursive: true });
  });

  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('--dry-run prints the diff of every flagged file and writes nothing', async () => {
    const before = contents(demo);
    const result = await run(['fix', 'seeds', '--dry-run'], demo);
    expect(result.code).toBe(0);
    expect(result.out.match(/^\+\+\+ .*$/gm)).toEqual([
      '+++ b/demo_pkg/model.py',
      '+++ b/notebooks/train.ipynb (cell 4, new, tags: repro-audit:seeds)',
      '+++ b/notebooks/train.ipynb (cell 6)',
      '+++ b/notebooks/train.ipynb (cell 7)',
      '+++ b/scripts/train.py'
    ]);
    expect(result.out).toContain('+    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=args.test_size, stratify=y, random_state=SEED)\n');
    expect(result.err).toContain('notebooks/train.ipynb: would change\n  seed cell inserted before cell 4 (NumPy, scikit-learn)\n');
    expect(result.err).toContain('3 of 3 files would change.');
    expect(contents(demo)).toEqual(before);
  });

  test('the dry run\'s script diff is one that patch -p1 applies', async () => {
    const dry = await run(['fix', 'seeds', 'scripts/train.py', '--dry-run'], demo);
    const patched = path.join(tmp, 'patched');
    fs.cpSync(demo, patched, { recursive: true });
    execFileSync('patch', ['-p1', '--quiet'], { cwd: patched, input: dry.out });
    expect((await run(['fix', 'seeds', 'scripts/train.py'], demo)).code).toBe(0);
    expect(fs.readFileSync(path.join(patched, 'scripts/train.py'), 'utf8')).toBe(fs.readFileSync(path.join(demo, 'scripts/train.py'), 'utf8'));
  });

  test('fixes the demo notebook and script named; the seeds check then finds them seeded', async () => {
    // warn, not fail: the demo's ablation notebook is seeded already.
    expect((await seedsOf(demo)).status).toBe('warn');
    const before = contents(demo);
    const result = await run(['fix', 'seeds', 'notebooks/train.ipynb', 'scripts/train.py'], demo);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toContain('notebooks/train.ipynb: fixed\n');
    expect(result.out).toContain('scripts/train.py: fixed\n  seed block inserted at line 11 (scikit-learn)\n  random_state=SEED: train_test_split at line 28\n');
    expect(result.out).toContain('2 of 2 files changed.');
    const after = contents(demo);
    expect(after['demo_pkg/model.py']).toBe(before['demo_pkg/model.py']);

    const seeds = await seedsOf(demo);
    const byPath = (p: string) => seeds.findings.filter(f => f.path === p).map(f => `${f.status}: ${f.message}`);
    expect(byPath('notebooks/train.ipynb')).toEqual(['pass: Seeded before first use: NumPy; fixed seed on every scikit-learn call (2)']);
    expect(byPath('scripts/train.py')).toEqual(['pass: Fixed seed on every scikit-learn call (1)']);
    // The module not named stays as it was, and still flagged.
    expect(byPath('demo_pkg/model.py')).toEqual(['warn: RandomForestClassifier at line 9 has no random_state']);

    // A second run changes nothing.
    const again = await run(['fix', 'seeds', 'notebooks/train.ipynb', 'scripts/train.py'], demo);
    expect(again.code).toBe(0);
    expect(again.out).toContain('notebooks/train.ipynb: seed code up to date\nscripts/train.py: seed code up to date\n');
    expect(contents(demo)).toEqual(after);
  });

  test('without PATH, every flagged file is fixed and the seeds check passes', async () => {
    const result = await run(['fix', 'seeds'], demo);
    expect(result.code).toBe(0);
    expect(result.out).toContain('3 of 3 files changed.');
    const seeds = await seedsOf(demo);
    expect(seeds.status).toBe('pass');
    expect(seeds.summary).toBe('1 of 1 generators seeded before first use; 5 of 5 calls that take a seed get a fixed one');
    expect((await run(['fix', 'seeds'], demo)).out).toBe('The seeds check flags no notebook or script: nothing to fix.\n');
  });

  test('--seed changes the one SEED line of each fixed file', async () => {
    await run(['fix', 'seeds', 'notebooks', 'scripts'], demo);
    const fixed = contents(demo);
    const result = await run(['fix', 'seeds', 'notebooks', 'scripts', '--seed', '7'], demo);
    expect(result.code).toBe(0);
    expect(result.out).toContain('seed cell 4 updated (SEED = 7; NumPy, scikit-learn)');
    const changed = contents(demo);
    expect(changed['notebooks/train.ipynb']).toBe(fixed['notebooks/train.ipynb'].replace('"SEED = 42\\n"', '"SEED = 7\\n"'));
    expect(changed['scripts/train.py']).toBe(fixed['scripts/train.py'].replace('SEED = 42\n', 'SEED = 7\n'));
  });

  test('--root: paths are taken from the current folder, nothing outside the root is touched', async () => {
    const outside = path.join(tmp, 'outside.py');
    fs.writeFileSync(outside, 'import random\nx = random.random()\n');
    const refused = await run(['fix', 'seeds', '--root', 'demo', 'outside.py'], tmp);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('outside.py is outside the repo root');
    expect(fs.readFileSync(outside, 'utf8')).toBe('import random\nx = random.random()\n');
    const fixed = await run(['fix', 'seeds', '--root=demo', 'demo/scripts/train.py'], tmp);
    expect(fixed.code).toBe(0);
    expect(fixed.out).toContain('scripts/train.py: fixed');
  });

  test('a symbolic link that leads out of the root is refused', async () => {
    const outside = path.join(tmp, 'outside.py');
    fs.writeFileSync(outside, 'import random\nx = random.random()\n');
    fs.symlinkSync(outside, path.join(demo, 'link.py'));
    const result = await run(['fix', 'seeds', 'link.py'], demo);
    expect(result.code).toBe(2);
    expect(result.err).toContain('link.py is outside the repo root');
  });

  test('files that cannot be fixed are reported, the others fixed, exit 1', async () => {
    fs.writeFileSync(path.join(demo, 'latin1.py'), Buffer.from([0x69, 0x6d, 0x70, 0x6f, 0x72, 0x74, 0x20, 0xe9, 0x0a]));
    fs.writeFileSync(path.join(demo, 'broken.ipynb'), '{"cells": [');
    const result = await run(['fix', 'seeds', 'latin1.py', 'broken.ipynb', 'scripts/train.py'], demo);
    expect(result.code).toBe(1);
    expect(result.err).toContain('latin1.py: not UTF-8 text; left alone\n');
    expect(result.out).toContain('broken.ipynb: cannot be fixed (Notebook is not valid JSON');
    expect(result.out).toContain('scripts/train.py: fixed');
  });

  test('usage errors exit 2; --help shows the fix usage', async () => {
    for (const argv of [
      ['fix'],
      ['fix', 'tests'],
      ['fix', 'seeds', '--seed', '-1'],
      ['fix', 'seeds', '--seed', '4294967296'],
      ['fix', 'seeds', '--seed'],
      ['fix', 'seeds', '--bogus'],
      ['fix', 'seeds', 'missing.py'],
      ['fix', 'seeds', 'data/iris_sample.csv'],
      ['fix', 'seeds', '--root', 'nowhere']
    ]) {
      const result = await run(argv, demo);
      expect([argv.join(' '), result.code]).toEqual([argv.join(' '), 2]);
      expect(result.err).toMatch(/^repro-audit: .*\nRun 'repro-audit fix --help' for usage\.\n$/);
    }
    const help = await run(['fix', '--help'], demo);
    expect(help).toEqual({ code: 0, out: FIX_USAGE, err: '' });
  });

  test('the audit usage is unchanged: a folder named fix is audited as ./fix', async () => {
    fs.mkdirSync(path.join(tmp, 'fix'));
    const result = await run(['./fix', '--format', 'json'], tmp);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).root).toBe('./fix');
  });
});

describe('writeIfUnchanged', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-write-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('writes when the file is as read, keeping its permissions', async () => {
    const file = path.join(dir, 'a.py');
    fs.writeFileSync(file, 'old\n');
    fs.chmodSync(file, 0o640);
    const snapshot = await snapshotOf(file, fs.readFileSync(file));
    expect(await writeIfUnchanged(file, 'new\n', snapshot)).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('new\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['a.py']);
  });

  test('refuses when the content or the modification time changed since the read', async () => {
    const file = path.join(dir, 'a.py');
    fs.writeFileSync(file, 'old\n');
    const snapshot = await snapshotOf(file, fs.readFileSync(file));
    fs.writeFileSync(file, 'edited elsewhere\n');
    expect(await writeIfUnchanged(file, 'new\n', snapshot)).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('edited elsewhere\n');

    fs.writeFileSync(file, 'old\n');
    const again = await snapshotOf(file, fs.readFileSync(file));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect(await writeIfUnchanged(file, 'new\n', again)).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('old\n');
  });
});
