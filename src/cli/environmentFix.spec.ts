import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { hardwareCheck } from '../audit/checks/hardware';
import { pinnedCheck } from '../audit/checks/pinned';
import { runAudit } from '../audit/engine';
import { parseFixArgs } from './fixArgs';
import { FsRepoReader } from './fsReader';
import { runCli as run } from './__tests__/runCli';

const DEMO = path.resolve(__dirname, '../../examples/demo');
const VENV_PYTHON = path.resolve(__dirname, '../../.venv/bin/python');

async function statusOf(dir: string, check: typeof pinnedCheck) {
  return (await runAudit(new FsRepoReader(dir), { checks: [check] })).checks[0];
}

describe('repro-audit fix hardware | pins', () => {
  let tmp: string;
  let demo: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-envfix-'));
    demo = path.join(tmp, 'demo');
    fs.cpSync(DEMO, demo, { recursive: true });
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('arguments', () => {
    expect(parseFixArgs(['pins', '--python', '/x/python', '-n'])).toMatchObject({ what: 'pins', python: '/x/python', dryRun: true });
    expect(() => parseFixArgs(['hardware', 'notebooks'])).toThrow('fix hardware takes no PATH');
    expect(() => parseFixArgs(['seeds', '--python', 'p'])).toThrow('--python is for fix hardware and fix pins');
    expect(parseFixArgs(['hardware', '--time-notebooks'])).toMatchObject({ what: 'hardware', timeNotebooks: true });
    expect(() => parseFixArgs(['pins', '--time-notebooks'])).toThrow('--time-notebooks is for fix hardware');
  });

  test('pins --dry-run prints the diff and writes nothing', async () => {
    const before = fs.readFileSync(path.join(demo, 'requirements.txt'), 'utf8');
    const result = await run(['fix', 'pins', '--python', VENV_PYTHON, '--dry-run'], demo);
    expect(result.code).toBe(0);
    expect(result.out).toContain('--- a/requirements.txt\n+++ b/requirements.txt\n');
    expect(result.out).toMatch(/^-scikit-learn\n/m);
    expect(result.out).toMatch(/^\+scikit-learn==\d+\.\d+/m);
    expect(fs.readFileSync(path.join(demo, 'requirements.txt'), 'utf8')).toBe(before);
  });

  test('pins: what the venv has is pinned; what it lacks is named and left, so pinned passes only if all are there', async () => {
    expect((await statusOf(demo, pinnedCheck)).status).toBe('fail');
    const result = await run(['fix', 'pins', '--python', VENV_PYTHON], demo);
    expect(result.code).toBe(0);
    const text = fs.readFileSync(path.join(demo, 'requirements.txt'), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^# What the demo imports/); // comments are kept
    expect(lines[1]).toMatch(/^numpy==\d+\.\d+/);
    expect(lines[2]).toMatch(/^scikit-learn==\d+\.\d+/);
    const missing = ['pandas', 'joblib'].filter(m => !new RegExp(`^${m}==`, 'm').test(text));
    for (const m of missing) {
      expect(result.out).toContain(`- ${m}: ${m}`);
    }
    expect(lines).toHaveLength(6);
    expect((await statusOf(demo, pinnedCheck)).status).toBe(missing.length ? 'warn' : 'pass');
    // A rerun finds nothing more to do.
    const again = await run(['fix', 'pins', '--python', VENV_PYTHON], demo);
    expect(again.out).toContain('requirements.txt: up to date');
  });

  test('pins: with every import installed in the probed interpreter, the pinned item passes', async () => {
    fs.writeFileSync(path.join(demo, 'requirements.txt'), 'numpy==1.26.4\nscikit-learn\n');
    for (const f of ['scripts/train.py', 'notebooks/train.ipynb']) {
      fs.rmSync(path.join(demo, f));
    }
    const result = await run(['fix', 'pins', '--python', VENV_PYTHON], demo);
    expect(result.code).toBe(0);
    expect((await statusOf(demo, pinnedCheck)).status).toBe('pass');
  });

  test('hardware: writes HARDWARE.md and hardware.json, keeps the user section on a rerun, and the item passes once a time is stated', async () => {
    expect((await statusOf(demo, hardwareCheck)).status).toBe('fail');
    const dry = await run(['fix', 'hardware', '--python', 'python3', '--dry-run'], demo);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('--- /dev/null\n+++ b/HARDWARE.md\n');
    expect(fs.existsSync(path.join(demo, 'HARDWARE.md'))).toBe(false);

    const first = await run(['fix', 'hardware', '--python', VENV_PYTHON], demo);
    expect(first.code).toBe(0);
    expect(first.out).toContain('HARDWARE.md: created\nhardware.json: created\n');
    const md = fs.readFileSync(path.join(demo, 'HARDWARE.md'), 'utf8');
    expect(md).toContain('| Git commit | none (not a git repository (or no commit yet)) |');
    // The interpreter is recorded as implementation and version: its local path stays out of the repo.
    const json = fs.readFileSync(path.join(demo, 'hardware.json'), 'utf8');
    expect(Object.keys(JSON.parse(json).python).sort()).toEqual(['implementation', 'version']);
    expect(json).not.toContain(VENV_PYTHON);
    expect((await statusOf(demo, hardwareCheck)).status).toBe('warn');

    const filled = md.replace('- Training time (wall clock, and on which hardware): _to fill in_', '- Training took 20 minutes on this machine.');
    fs.writeFileSync(path.join(demo, 'HARDWARE.md'), filled);
    const rerun = await run(['fix', 'hardware', '--python', VENV_PYTHON], demo);
    expect(rerun.code).toBe(0);
    expect(fs.readFileSync(path.join(demo, 'HARDWARE.md'), 'utf8')).toContain('- Training took 20 minutes on this machine.');
    expect((await statusOf(demo, hardwareCheck)).status).toBe('pass');
  });

  test('hardware --time-notebooks runs each notebook once and records the run times; the item passes', async () => {
    const notebookBytes = () => ['ablation', 'train'].map(n => fs.readFileSync(path.join(demo, 'notebooks', `${n}.ipynb`), 'utf8'));
    const before = notebookBytes();
    const result = await run(['fix', 'hardware', '--python', VENV_PYTHON, '--time-notebooks'], demo);
    expect(result.code).toBe(0);
    expect(result.err).toContain('Timing 2 notebook(s) with');
    expect(result.out).toMatch(/^Timed notebooks\/ablation\.ipynb: \d[\d.]* seconds in a fresh python3 kernel\.$/m);
    expect(result.out).toMatch(/^Timed notebooks\/train\.ipynb: \d[\d.]* seconds in a fresh python3 kernel\.$/m);
    const json = JSON.parse(fs.readFileSync(path.join(demo, 'hardware.json'), 'utf8'));
    expect(json.run_times.map((t: { path: string; codeCells: number }) => [t.path, t.codeCells])).toEqual([
      ['notebooks/ablation.ipynb', 6],
      ['notebooks/train.ipynb', 5]
    ]);
    expect((await statusOf(demo, hardwareCheck)).status).toBe('pass');
    // Nothing of the repo was saved by the runs: the notebooks are as they were.
    expect(notebookBytes()).toEqual(before);
    // A rerun without timing keeps the times.
    const rerun = await run(['fix', 'hardware', '--python', VENV_PYTHON], demo);
    expect(rerun.out).toContain('HARDWARE.md: up to date');
    expect((await statusOf(demo, hardwareCheck)).status).toBe('pass');
  }, 120000);

  test('a notebook that fails is named with its error and given no time', async () => {
    const broken = { cells: [{ cell_type: 'code', source: 'raise ValueError("no data")', metadata: {}, outputs: [], execution_count: null }], metadata: {}, nbformat: 4, nbformat_minor: 5 };
    fs.rmSync(path.join(demo, 'notebooks'), { recursive: true });
    fs.mkdirSync(path.join(demo, 'notebooks'));
    fs.writeFileSync(path.join(demo, 'notebooks', 'broken.ipynb'), JSON.stringify(broken));
    const result = await run(['fix', 'hardware', '--python', VENV_PYTHON, '--time-notebooks'], demo);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Not timed: notebooks\/broken\.ipynb \(CellExecutionError: .*\)\.$/m);
    expect(result.out).toContain('No run time yet');
    expect(JSON.parse(fs.readFileSync(path.join(demo, 'hardware.json'), 'utf8')).run_times).toBeUndefined();
  }, 60000);

  test('an interpreter that does not exist is exit 1 with the reason, nothing written', async () => {
    const result = await run(['fix', 'hardware', '--python', '/no/such/python'], demo);
    expect(result.code).toBe(1);
    expect(result.err).toContain('could not run /no/such/python: not found');
    expect(fs.existsSync(path.join(demo, 'HARDWARE.md'))).toBe(false);
  });
});

describe('repro-audit fix pins: environment.yml and pyproject.toml', () => {
  let repo: string;
  const write = (relative: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(repo, relative)), { recursive: true });
    fs.writeFileSync(path.join(repo, relative), text);
  };
  const read = (relative: string) => fs.readFileSync(path.join(repo, relative), 'utf8');
  const versionOf = (distribution: string) =>
    execFileSync(VENV_PYTHON, ['-c', `import importlib.metadata as m; print(m.version(${JSON.stringify(distribution)}))`], { encoding: 'utf8' }).trim();
  // conda's `=x.y` is fuzzy: two-part versions are pinned with `==`.
  const conda = (version: string) => (version.split('.').length >= 3 ? `=${version}` : `==${version}`);
  beforeEach(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-pins-'));
    write('train.py', 'import numpy\nimport sklearn\nimport requests\nimport xgboost\nimport json\n');
  });
  afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

  test('binder/environment.yml is pinned in place (conda =, pip ==), the root requirements.txt left alone; a rerun is up to date', async () => {
    const environment = [
      'name: paper  # Binder builds this',
      'channels:',
      '  - conda-forge',
      'dependencies:',
      '  - python=3.11',
      '  - numpy',
      "  - 'scikit-learn>=1'",
      '  - pip',
      '  - pip:',
      '    - requests  # http',
      ''
    ].join('\n');
    write('binder/environment.yml', environment);
    write('requirements.txt', 'numpy\n');
    const dry = await run(['fix', 'pins', '--python', VENV_PYTHON, '--dry-run'], repo);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('--- a/binder/environment.yml\n+++ b/binder/environment.yml\n');
    expect(read('binder/environment.yml')).toBe(environment);

    const result = await run(['fix', 'pins', '--python', VENV_PYTHON], repo);
    expect(result.code).toBe(0);
    expect(read('binder/environment.yml')).toBe(
      environment
        .replace('  - numpy\n', `  - numpy${conda(versionOf('numpy'))}\n`)
        .replace("'scikit-learn>=1'", `'scikit-learn${conda(versionOf('scikit-learn'))}'`)
        .replace('    - requests  # http', `    - requests==${versionOf('requests')}  # http`)
    );
    expect(read('requirements.txt')).toBe('numpy\n');
    expect(result.out).toContain('binder/environment.yml: updated\n');
    expect(result.out).toContain('- xgboost: no distribution providing xgboost is installed in the probed environment');
    expect(result.out).not.toMatch(/json/);
    expect((await statusOf(repo, pinnedCheck)).status).toBe('pass');
    const again = await run(['fix', 'pins', '--python', VENV_PYTHON], repo);
    expect(again.out).toContain('binder/environment.yml: up to date');
  });

  test('a broken environment.yml is exit 1 with the reason, nothing written', async () => {
    write('environment.yml', 'dependencies:\n  - numpy\n  - pip: [requests\n');
    const result = await run(['fix', 'pins', '--python', VENV_PYTHON], repo);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^environment\.yml: broken YAML at line \d+ .*; nothing was pinned$/m);
    expect(read('environment.yml')).toBe('dependencies:\n  - numpy\n  - pip: [requests\n');
    expect(fs.existsSync(path.join(repo, 'requirements.txt'))).toBe(false);
  });

  test('pyproject.toml gets a report and the lock commands, exit 0, nothing written', async () => {
    const pyproject = '[project]\nname = "paper"\nversion = "0.1"\ndependencies = ["numpy>=1", "requests==2.0.0"]\n';
    write('pyproject.toml', pyproject);
    const result = await run(['fix', 'pins', '--python', VENV_PYTHON], repo);
    expect(result.code).toBe(0);
    expect(result.out).toContain('pyproject.toml declares the dependencies and is not edited; the pins for what the code imports:\n');
    expect(result.out).toContain(`  numpy==${versionOf('numpy')} (import numpy; pyproject.toml line 4 says ">=1")\n`);
    expect(result.out).toContain(`  scikit-learn==${versionOf('scikit-learn')} (import sklearn; not declared)\n`);
    expect(result.out).toContain('Already pinned: requests\n');
    expect(result.out).toContain('`uv lock`');
    expect(read('pyproject.toml')).toBe(pyproject);
    expect(fs.readdirSync(repo).sort()).toEqual(['pyproject.toml', 'train.py']);
  });
});
