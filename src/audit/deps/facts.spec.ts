import { RepoFacts } from '../facts';
import { MemoryRepoReader, MemoryRepoSpec } from '../memoryReader';
import { walkRepo } from '../walk';
import { DECLARED_NAMES, DEPENDENCY_FILES } from './facts';

async function factsOf(files: MemoryRepoSpec['files']): Promise<RepoFacts> {
  const reader = new MemoryRepoReader({ files });
  return new RepoFacts(reader, await walkRepo(reader));
}

describe('DEPENDENCY_FILES', () => {
  it('finds and parses every dependency file with its place', async () => {
    const facts = await factsOf({
      'requirements.txt': 'numpy==1.26.4\n',
      'binder/environment.yml': 'dependencies:\n  - scipy\n',
      'docs/requirements.txt': 'sphinx\n',
      'poetry.lock': '[[package]]\nname = "numpy"\n',
      'pyproject.toml': '[tool.black]\nline-length = 100\n',
      'src/model.py': 'import numpy\n'
    });
    const files = await facts.get(DEPENDENCY_FILES);
    expect(files.map(f => [f.path, f.format, f.role, f.place])).toEqual([
      ['binder/environment.yml', 'conda', 'declaration', 'binder'],
      ['docs/requirements.txt', 'requirements', 'declaration', 'elsewhere'],
      ['poetry.lock', 'lock', 'lock', 'root'],
      ['requirements.txt', 'requirements', 'declaration', 'root']
    ]);
    expect(files[2].locked).toEqual(['numpy']);
  });

  it('follows -r relative to the including file, and survives cycles', async () => {
    const facts = await factsOf({
      'requirements.txt': 'numpy==1.26.4\n-r requirements/base.txt\n',
      'requirements/base.txt': 'pandas>=2\n-r ../requirements.txt\n-r common.in\n',
      'requirements/common.in': 'scipy\n-r base.txt\n'
    });
    const root = (await facts.get(DEPENDENCY_FILES)).find(f => f.path === 'requirements.txt')!;
    expect(root.packages.map(p => [p.name, p.path, p.line])).toEqual([
      ['numpy', 'requirements.txt', 1],
      ['pandas', 'requirements/base.txt', 1],
      ['scipy', 'requirements/common.in', 1]
    ]);
    expect(root.included).toEqual(['requirements/base.txt', 'requirements/common.in']);
    expect(root.problems).toEqual([]);
  });

  it('a file that includes itself terminates', async () => {
    const facts = await factsOf({ 'requirements.txt': '-r requirements.txt\nnumpy\n' });
    const [file] = await facts.get(DEPENDENCY_FILES);
    expect(file.packages.map(p => p.name)).toEqual(['numpy']);
  });

  it('turns -c constraint pins into constrained names, and missing includes into problems', async () => {
    const facts = await factsOf({
      'requirements.txt': 'numpy\npandas\n-c constraints.txt\n-r missing.txt\n-r ../outside.txt\n',
      'constraints.txt': 'numpy==1.26.4\npandas>=2\n'
    });
    const [file] = await facts.get(DEPENDENCY_FILES);
    expect(file.constrained).toEqual(['numpy']);
    expect(file.packages.map(p => p.name)).toEqual(['numpy', 'pandas']);
    expect(file.problems).toEqual([
      { message: 'Included file not found in the repo: missing.txt', path: 'requirements.txt', line: 4 },
      { message: 'Included file not found in the repo: ../outside.txt', path: 'requirements.txt', line: 5 }
    ]);
  });

  it('follows -r from the pip section of environment.yml and from setup.cfg file:', async () => {
    const facts = await factsOf({
      'binder/environment.yml': 'dependencies:\n  - pip:\n    - -r requirements-pip.txt\n',
      'binder/requirements-pip.txt': 'torch==2.1.0\n',
      'setup.cfg': '[options]\ninstall_requires = file: deps.txt\n',
      'deps.txt': 'click\n'
    });
    const files = await facts.get(DEPENDENCY_FILES);
    expect(files.find(f => f.path === 'binder/environment.yml')!.packages.map(p => p.path)).toEqual(['binder/requirements-pip.txt']);
    expect(files.find(f => f.path === 'setup.cfg')!.packages.map(p => p.name)).toEqual(['click']);
  });

  it('records binary and broken files as problems, never throwing', async () => {
    const facts = await factsOf({
      'requirements.txt': new Uint8Array([0x6e, 0x00, 0x01]),
      'environment.yml': 'dependencies: [\n',
      'Pipfile.lock': '{"default": ',
      'pyproject.toml': '[project\n'
    });
    const files = await facts.get(DEPENDENCY_FILES);
    expect(files.map(f => [f.path, f.problems.length > 0])).toEqual([
      ['Pipfile.lock', true],
      ['environment.yml', true],
      ['pyproject.toml', true],
      ['requirements.txt', true]
    ]);
    expect(files[3].problems[0].message).toBe('Dependency file not read (binary)');
    expect(facts.warnings.map(w => w.path)).toEqual(['requirements.txt']);
  });

  it('reads the start of a file over the size limit, with a warning', async () => {
    const reader = new MemoryRepoReader({ files: { 'requirements.txt': 'numpy==1.26.4\npandas==2.2.0\n' + 'x'.repeat(200) } });
    const facts = new RepoFacts(reader, await walkRepo(reader), { maxBytesPerFile: 40 });
    const [file] = await facts.get(DEPENDENCY_FILES);
    expect(file.packages.map(p => p.name)).toEqual(['numpy', 'pandas']);
    expect(facts.warnings[0]).toMatchObject({ path: 'requirements.txt', message: expect.stringMatching(/per-file limit/) });
  });

  it('gives install.R the CRAN snapshot date of runtime.txt beside it', async () => {
    const facts = await factsOf({ 'install.R': 'install.packages("dplyr")\n', 'runtime.txt': 'r-4.3-2024-01-15\n' });
    const [file] = await facts.get(DEPENDENCY_FILES);
    expect(file.packages[0]).toMatchObject({ name: 'dplyr', pinned: true });
  });

  it('keeps the Dockerfile summary', async () => {
    const facts = await factsOf({ Dockerfile: 'FROM python:3.11\nRUN pip install numpy\n' });
    const [file] = await facts.get(DEPENDENCY_FILES);
    expect(file.dockerfile).toEqual({ baseImage: 'python:3.11', baseLine: 1 });
    expect(file.packages.map(p => p.name)).toEqual(['numpy']);
  });
});

describe('DECLARED_NAMES', () => {
  it('unites declared, locked and project names, normalised', async () => {
    const facts = await factsOf({
      'requirements.txt': 'Scikit_Learn\n',
      'Pipfile.lock': '{"default": {"PyYAML": {}}}',
      'pyproject.toml': '[project]\nname = "My.Project"\n'
    });
    expect([...(await facts.get(DECLARED_NAMES))].sort()).toEqual(['my-project', 'pyyaml', 'scikit-learn']);
  });
});
