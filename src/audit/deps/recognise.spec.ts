import { placeOf, resolveRelative } from './places';
import { recognise } from './recognise';

describe('recognise', () => {
  it.each([
    ['requirements.txt', 'requirements', 'declaration'],
    ['requirements-dev.txt', 'requirements', 'declaration'],
    ['dev-requirements.txt', 'requirements', 'declaration'],
    ['requirements.in', 'requirements', 'declaration'],
    ['requirements/base.txt', 'requirements', 'declaration'],
    ['docs/requirements.txt', 'requirements', 'declaration'],
    ['binder/environment.yml', 'conda', 'declaration'],
    ['envs/environment-gpu.yaml', 'conda', 'declaration'],
    ['pyproject.toml', 'pyproject', 'declaration'],
    ['.binder/setup.py', 'setup.py', 'declaration'],
    ['setup.cfg', 'setup.cfg', 'declaration'],
    ['Pipfile', 'pipfile', 'declaration'],
    ['Project.toml', 'julia', 'declaration'],
    ['binder/install.R', 'install.R', 'declaration'],
    ['Dockerfile', 'dockerfile', 'environment'],
    ['Pipfile.lock', 'lock', 'lock'],
    ['poetry.lock', 'lock', 'lock'],
    ['sub/uv.lock', 'lock', 'lock'],
    ['conda-lock.yml', 'lock', 'lock'],
    ['Manifest.toml', 'lock', 'lock'],
    ['renv.lock', 'lock', 'lock'],
    ['requirements.lock', 'lock', 'lock'],
    ['conda-linux-64.lock', 'lock', 'lock']
  ])('%s', (path, format, role) => {
    expect(recognise(path)).toMatchObject({ format, role });
  });

  it.each(['MANIFEST.in', 'lib/pyproject.toml', 'docker/Dockerfile', 'yarn.lock', 'Cargo.lock', 'README.md', 'src/setup.py', 'data/reqs.txt'])(
    'does not take %s',
    path => {
      expect(recognise(path)).toBeUndefined();
    }
  );

  it('tells lock formats apart', () => {
    expect(recognise('Pipfile.lock')?.lock).toBe('pipfile.lock');
    expect(recognise('pylock.dev.toml')?.lock).toBe('package-list');
    expect(recognise('env.conda-lock.yml')?.lock).toBe('conda-lock');
    expect(recognise('requirements-dev.lock')?.lock).toBe('requirements-lock');
    expect(recognise('x.lock')?.lock).toBe('unknown');
  });
});

describe('places', () => {
  it.each([
    ['requirements.txt', 'root'],
    ['binder/requirements.txt', 'binder'],
    ['.binder/environment.yml', '.binder'],
    ['docs/requirements.txt', 'elsewhere'],
    ['binder/sub/requirements.txt', 'elsewhere']
  ])('%s is in %s', (path, place) => {
    expect(placeOf(path)).toBe(place);
  });

  it.each([
    ['', 'base.txt', 'base.txt'],
    ['req', './base.txt', 'req/base.txt'],
    ['req/dev', '../base.txt', 'req/base.txt'],
    ['', '../outside.txt', undefined],
    ['req', '/etc/passwd', undefined]
  ])('resolves %s + %s', (dir, target, resolved) => {
    expect(resolveRelative(dir, target)).toBe(resolved);
  });
});
