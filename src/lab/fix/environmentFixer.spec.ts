import { RepoFacts } from '../../audit/facts';
import { MemoryRepoReader } from '../../audit/memoryReader';
import { walkRepo } from '../../audit/walk';
import { probeFixture } from '../../fix/__tests__/probeFixture';
import { ADDED_PINS_COMMENT } from '../../fix/pins';
import type { ImportedPackage } from '../../fix/pinsImports';
import { pinsTargetOf } from '../../fix/pinsTarget';
import { EnvironmentFixer, EnvironmentFixerDeps } from './environmentFixer';
import { MemoryContents } from './memoryContents';
import type { FilePreview } from './SeedFixPreview';

const probe = probeFixture({
  python: { version: '3.11.7', implementation: 'CPython', executable: '/venv/bin/python' },
  cpu: { model: 'AMD EPYC 7763', logical_cores: 8, available_cores: 4, physical_cores: 4, physical_cores_reason: null },
  env: { PYTHONHASHSEED: null, CUBLAS_WORKSPACE_CONFIG: null, OMP_NUM_THREADS: null, MKL_NUM_THREADS: null },
  versions: { 'scikit-learn': '1.9.1', numpy: '2.0.0' },
  missing_distributions: ['pandas'],
  import_distributions: { sklearn: ['scikit-learn'], numpy: ['numpy'] },
  git: { commit: null, dirty: null, reason: 'not a git repository' }
});

const IMPORTS: ImportedPackage[] = [
  { module: 'numpy', distributions: ['numpy'], path: 'a.py', line: 1 },
  { module: 'pandas', distributions: ['pandas'], path: 'a.py', line: 2 },
  { module: 'sklearn', distributions: ['scikit-learn'], path: 'a.py', line: 3 }
];

/** The pins target the real chooser picks from the files under `folder` in the memory contents. */
async function targetIn(contents: MemoryContents, folder: string) {
  const files: Record<string, string> = {};
  for (const [path, file] of contents.files) {
    if (path.startsWith(`${folder}/`)) {
      files[path.slice(folder.length + 1)] = file.text;
    }
  }
  const reader = new MemoryRepoReader({ files });
  return pinsTargetOf(new RepoFacts(reader, await walkRepo(reader)));
}

function setUp(answer = true) {
  const contents = new MemoryContents();
  const shown: FilePreview[][] = [];
  const reaudited: string[] = [];
  const inputs: unknown[] = [];
  const deps: EnvironmentFixerDeps = {
    contents,
    readRepo: async folder => ({ imports: IMPORTS, target: await targetIn(contents, folder) }),
    probe: async (_folder, input) => {
      inputs.push(input);
      return { result: probe };
    },
    confirm: async (_kind, files) => {
      shown.push(files);
      return answer;
    },
    reaudit: folder => reaudited.push(folder)
  };
  return { contents, shown, reaudited, inputs, fixer: new EnvironmentFixer(deps) };
}

describe('EnvironmentFixer', () => {
  it('creates HARDWARE.md and hardware.json after a preview, then re-audits', async () => {
    const { contents, shown, reaudited, fixer } = setUp();
    const outcome = await fixer.fix('repo', 'hardware');
    expect(outcome.saved).toEqual(['repo/HARDWARE.md', 'repo/hardware.json']);
    expect(shown[0].map(f => [f.path, f.status])).toEqual([
      ['repo/HARDWARE.md', 'changes'],
      ['repo/hardware.json', 'changes']
    ]);
    expect(shown[0][0].diff.split('\n').slice(0, 2)).toEqual(['--- /dev/null', '+++ b/HARDWARE.md']);
    expect(contents.files.get('repo/HARDWARE.md')?.text).toContain('AMD EPYC 7763');
    expect(JSON.parse(contents.files.get('repo/hardware.json')!.text).cpu.model).toBe('AMD EPYC 7763');
    expect(reaudited).toEqual(['repo']);
    // A rerun on the same environment has nothing to change and shows no preview.
    const again = await fixer.fix('repo', 'hardware');
    expect(again.saved).toEqual([]);
    expect(again.unchanged).toEqual(['repo/HARDWARE.md', 'repo/hardware.json']);
    expect(shown).toHaveLength(1);
  });

  it('pins requirements.txt in place, keeping every other line, and asks about its declared names', async () => {
    const { contents, inputs, fixer } = setUp();
    contents.write('repo/requirements.txt', '# deps\nscikit-learn>=1 ; python_version >= "3.8"\npandas>=2\n-r extra.txt\n');
    const outcome = await fixer.fix('repo', 'pins');
    expect(outcome.saved).toEqual(['repo/requirements.txt']);
    const text = contents.files.get('repo/requirements.txt')!.text;
    expect(text.split('\n').slice(0, 4)).toEqual(['# deps', 'scikit-learn==1.9.1 ; python_version >= "3.8"', 'pandas>=2', '-r extra.txt']);
    expect(text).toContain('numpy==2.0.0');
    expect(inputs[0]).toEqual({ distributions: ['scikit-learn', 'pandas', 'numpy'], imports: ['numpy', 'pandas', 'sklearn'] });
    expect(outcome.notes.some(n => n.startsWith('Not pinned: pandas'))).toBe(true);
  });

  it("a row's Fix pins that row's package only", async () => {
    const { contents, fixer } = setUp();
    contents.write('repo/requirements.txt', 'numpy>=1\nscikit-learn>=1\njoblib\n');
    const outcome = await fixer.fix('repo', 'pins', { path: 'requirements.txt', line: 1 });
    expect(outcome.saved).toEqual(['repo/requirements.txt']);
    // numpy only: scikit-learn stays as it was, and nothing is added for the other imports.
    expect(contents.files.get('repo/requirements.txt')!.text).toBe('numpy==2.0.0\nscikit-learn>=1\njoblib\n');
  });

  it("a row in a file the build does not read is refused, not pinned elsewhere", async () => {
    const { contents, fixer, shown } = setUp();
    contents.write('repo/environment.yml', 'dependencies:\n  - numpy\n');
    contents.write('repo/requirements-dev.txt', 'scikit-learn>=1\n');
    const outcome = await fixer.fix('repo', 'pins', { path: 'requirements-dev.txt', line: 1 });
    expect(outcome.saved).toEqual([]);
    expect(outcome.refused[0].message).toContain('requirements-dev.txt line 1 is not in environment.yml, the file the build reads');
    expect(shown).toEqual([]);
    expect(contents.files.get('repo/requirements-dev.txt')!.text).toBe('scikit-learn>=1\n');
  });

  it('adds the run times it measured, and keeps them when a later run does not measure', async () => {
    const { contents, fixer } = setUp();
    const deps = (fixer as unknown as { deps: EnvironmentFixerDeps }).deps;
    const measuredAt = '2026-11-23T16:00:00Z';
    deps.measureRunTimes = async () => ({
      measured: [{ path: 'train.ipynb', seconds: 2.5, codeCells: 4, kernel: 'python3', measuredAt }],
      failed: [{ path: 'broken.ipynb', reason: 'stopped at code cell 2: ValueError: no' }]
    });
    const first = await fixer.fix('repo', 'hardware');
    expect(first.saved).toEqual(['repo/HARDWARE.md', 'repo/hardware.json']);
    expect(first.notes).toContain('Timed train.ipynb: 2.50 seconds in a fresh python3 kernel.');
    expect(first.notes).toContain('Not timed: broken.ipynb (stopped at code cell 2: ValueError: no).');
    expect(first.notes.some(n => n.startsWith('No run time yet'))).toBe(false);
    expect(contents.files.get('repo/HARDWARE.md')!.text).toContain('| train.ipynb | 2.50 seconds | 4 | python3 | 2026-11-23T16:00:00Z |');
    // The user skips timing on a rerun: the earlier times stay, so nothing changes.
    deps.measureRunTimes = async () => undefined;
    const again = await fixer.fix('repo', 'hardware');
    expect(again.unchanged).toEqual(['repo/HARDWARE.md', 'repo/hardware.json']);
    expect(again.notes.some(n => n.startsWith('No run time yet'))).toBe(false);
  });

  it('says how to add a run time when there is none', async () => {
    const { fixer } = setUp();
    const outcome = await fixer.fix('repo', 'hardware');
    expect(outcome.notes.filter(n => n.startsWith('No run time yet'))).toHaveLength(1);
  });

  it('writes nothing on Cancel', async () => {
    const { contents, fixer } = setUp(false);
    const outcome = await fixer.fix('repo', 'hardware');
    expect(outcome.cancelled).toBe(true);
    expect(contents.saves).toEqual([]);
  });

  it('refuses to overwrite a file that appeared or changed since the preview', async () => {
    const { contents, fixer } = setUp();
    contents.write('repo/requirements.txt', 'scikit-learn\n');
    (fixer as unknown as { deps: EnvironmentFixerDeps }).deps.confirm = async () => {
      contents.write('repo/requirements.txt', 'scikit-learn\nmine\n');
      contents.write('repo/hardware.json', '{}');
      return true;
    };
    const pins = await fixer.fix('repo', 'pins');
    expect(pins.saved).toEqual([]);
    expect(pins.refused[0].message).toContain('changed on disk');
    expect(contents.files.get('repo/requirements.txt')!.text).toBe('scikit-learn\nmine\n');
    contents.files.delete('repo/hardware.json');
    const hardware = await fixer.fix('repo', 'hardware');
    expect(hardware.saved).toEqual(['repo/HARDWARE.md']);
    expect(hardware.refused).toEqual([{ path: 'repo/hardware.json', message: expect.stringContaining('appeared since the preview') }]);
    expect(contents.files.get('repo/hardware.json')!.text).toBe('{}');
  });

  it('reports a failed probe and writes nothing', async () => {
    const { contents, fixer } = setUp();
    (fixer as unknown as { deps: EnvironmentFixerDeps }).deps.probe = async () => ({ error: 'the probe printed no JSON' });
    const outcome = await fixer.fix('repo', 'pins');
    expect(outcome.refused).toEqual([{ path: 'repo', message: 'The environment probe failed: the probe printed no JSON' }]);
    expect(contents.saves).toEqual([]);
  });

  it('pins binder/environment.yml, not the root requirements.txt repo2docker would ignore, after a preview of that file', async () => {
    const { contents, shown, fixer } = setUp();
    contents.write('repo/requirements.txt', 'numpy\n');
    contents.write('repo/binder/environment.yml', "channels: [conda-forge]\ndependencies:\n  - numpy>=1.20  # arrays\n  - pip:\n      - 'pandas'\n");
    const outcome = await fixer.fix('repo', 'pins');
    expect(shown[0].map(f => [f.path, f.status, f.changes])).toEqual([
      ['repo/binder/environment.yml', 'changes', ['pinned numpy=2.0.0 (import numpy)', 'added scikit-learn==1.9.1 (import sklearn)']]
    ]);
    expect(outcome.saved).toEqual(['repo/binder/environment.yml']);
    expect(contents.files.get('repo/binder/environment.yml')!.text).toBe(
      `channels: [conda-forge]\ndependencies:\n  - numpy=2.0.0  # arrays\n  - pip:\n      - 'pandas'\n      ${ADDED_PINS_COMMENT}\n      - scikit-learn==1.9.1\n`
    );
    expect(contents.files.get('repo/requirements.txt')!.text).toBe('numpy\n');
    expect(outcome.notes).toContain('Not pinned: pandas (pandas (line 5) is not installed in the probed environment).');
    const again = await fixer.fix('repo', 'pins');
    expect(again.unchanged).toEqual(['repo/binder/environment.yml']);
    expect(shown).toHaveLength(1);
  });

  it('reports pins for pyproject.toml as notes, with no preview and no write', async () => {
    const { contents, shown, fixer } = setUp();
    contents.write('repo/pyproject.toml', '[project]\nname = "x"\ndependencies = [\n  "numpy>=1",\n]\n');
    const outcome = await fixer.fix('repo', 'pins');
    expect(shown).toEqual([]);
    expect(contents.saves).toEqual([]);
    expect(outcome.saved).toEqual([]);
    expect(outcome.notes).toContain(
      'pyproject.toml declares the dependencies and is not edited. Pins for what the code imports: numpy==2.0.0 (import numpy; pyproject.toml line 4 says ">=1"); scikit-learn==1.9.1 (import sklearn; not declared).'
    );
    expect(outcome.notes[outcome.notes.length - 1]).toMatch(/^Nothing was written: pin with a lock file the audit accepts, e\.g\. `uv lock`/);
    // The whole report, one pin a line, for the dialog that shows it with Copy.
    expect(outcome.report?.path).toBe('repo/pyproject.toml');
    expect(outcome.report?.text).toContain(
      'Pins for what the code imports:\n  numpy==2.0.0 (import numpy; pyproject.toml line 4 says ">=1")\n  scikit-learn==1.9.1 (import sklearn; not declared)\n'
    );
    expect(outcome.report?.text).toContain('`uv lock`');
  });

  it('refuses a broken environment.yml with the reason, writing nothing', async () => {
    const { contents, shown, fixer } = setUp();
    contents.write('repo/environment.yml', 'dependencies:\n  - numpy\n  - pip: [pandas\n');
    const outcome = await fixer.fix('repo', 'pins');
    expect(outcome.refused).toEqual([{ path: 'repo/environment.yml', message: expect.stringMatching(/^environment\.yml: broken YAML at line \d+ .*; nothing was pinned$/) }]);
    expect(shown).toEqual([]);
    expect(contents.saves).toEqual([]);
  });
});
