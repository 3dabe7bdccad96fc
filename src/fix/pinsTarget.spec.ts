import { RepoFacts } from '../audit/facts';
import { MemoryRepoReader } from '../audit/memoryReader';
import { walkRepo } from '../audit/walk';
import { pinsTargetOf } from './pinsTarget';

async function targetOf(files: Record<string, string>) {
  const reader = new MemoryRepoReader({ files });
  const target = await pinsTargetOf(new RepoFacts(reader, await walkRepo(reader)));
  return { kind: target.kind, path: target.path, ...('format' in target ? { format: target.format } : {}), ...('exists' in target ? { exists: target.exists } : {}) };
}

const PYPROJECT = '[project]\nname = "x"\ndependencies = ["numpy>=1"]\n';

describe('choosePinsTarget', () => {
  test('environment.yml wins over requirements.txt, as in repo2docker', async () => {
    expect(await targetOf({ 'environment.yml': 'dependencies: [numpy]\n', 'requirements.txt': 'numpy\n' })).toEqual({ kind: 'environment', path: 'environment.yml' });
    expect(await targetOf({ 'environment.yaml': 'dependencies: [numpy]\n' })).toEqual({ kind: 'environment', path: 'environment.yaml' });
  });

  test('an existing requirements.txt is edited; pyproject.toml or a Pipfile alone is reported; else requirements.txt is created', async () => {
    expect(await targetOf({ 'requirements.txt': 'numpy\n', 'pyproject.toml': PYPROJECT })).toEqual({ kind: 'requirements', path: 'requirements.txt', exists: true });
    expect(await targetOf({ 'pyproject.toml': PYPROJECT })).toEqual({ kind: 'report', path: 'pyproject.toml', format: 'pyproject' });
    expect(await targetOf({ 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.10"\nnumpy = "^1.26"\n' })).toEqual({ kind: 'report', path: 'pyproject.toml', format: 'pyproject' });
    expect(await targetOf({ Pipfile: '[packages]\nnumpy = "*"\n', 'requirements.txt': 'numpy\n' })).toEqual({ kind: 'report', path: 'Pipfile', format: 'pipfile' });
    // Tool settings or dev groups only: nothing the image installs, so requirements.txt is created.
    expect(await targetOf({ 'pyproject.toml': '[tool.black]\nline-length = 100\n', 'a.py': 'import numpy\n' })).toEqual({ kind: 'requirements', path: 'requirements.txt', exists: false });
    expect(await targetOf({ 'pyproject.toml': '[dependency-groups]\ndev = ["pytest"]\n' })).toEqual({ kind: 'requirements', path: 'requirements.txt', exists: false });
  });

  test('binder/ or .binder/ hides the root, pyproject.toml included', async () => {
    expect(await targetOf({ 'binder/environment.yml': 'dependencies: [numpy]\n', 'environment.yml': 'dependencies: [numpy]\n', 'requirements.txt': 'numpy\n' })).toEqual({ kind: 'environment', path: 'binder/environment.yml' });
    expect(await targetOf({ '.binder/requirements.txt': 'numpy\n', 'environment.yml': 'dependencies: [numpy]\n' })).toEqual({ kind: 'requirements', path: '.binder/requirements.txt', exists: true });
    expect(await targetOf({ 'binder/postBuild': 'echo hi\n', 'pyproject.toml': PYPROJECT, 'requirements.txt': 'numpy\n' })).toEqual({ kind: 'requirements', path: 'binder/requirements.txt', exists: false });
  });
});

describe('a Dockerfile wins over every other file (repo2docker builds from it alone)', () => {
  const DOCKERFILE = 'FROM python:3.11\nCOPY docker/requirements.txt /tmp/req.txt\nRUN pip install -r /tmp/req.txt\n';

  test('the requirements file the Dockerfile installs is pinned, not a new root requirements.txt', async () => {
    expect(await targetOf({ Dockerfile: DOCKERFILE, 'docker/requirements.txt': 'numpy\n', 'a.py': 'import numpy\n' })).toEqual({
      kind: 'requirements',
      path: 'docker/requirements.txt',
      exists: true
    });
    // Even with a root requirements.txt beside it: the build never reads that one.
    expect(await targetOf({ Dockerfile: DOCKERFILE, 'docker/requirements.txt': 'numpy\n', 'requirements.txt': 'pandas\n' })).toEqual({
      kind: 'requirements',
      path: 'docker/requirements.txt',
      exists: true
    });
  });

  test('a Dockerfile that installs no requirements file of the repo: a report, no file created', async () => {
    const inline = 'FROM python:3.11\nRUN pip install numpy pandas\n';
    expect(await targetOf({ Dockerfile: inline, 'a.py': 'import numpy\n' })).toEqual({ kind: 'report', path: 'Dockerfile', format: 'dockerfile' });
    expect(await targetOf({ 'binder/Dockerfile': inline, 'environment.yml': 'dependencies: [numpy]\n' })).toEqual({
      kind: 'report',
      path: 'binder/Dockerfile',
      format: 'dockerfile'
    });
  });
});
