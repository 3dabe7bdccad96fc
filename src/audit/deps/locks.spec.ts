import { parseCondaLock } from './condaLock';
import { jsonErrorOffset } from './jsonError';
import { parsePipfileLock, parseRenvLock } from './jsonLocks';
import { parseJuliaManifest, parsePackageListLock, parseUnknownLock } from './tomlLocks';

describe('lock files', () => {
  it('Pipfile.lock: default and develop names, normalised', () => {
    const text = JSON.stringify({ _meta: {}, default: { NumPy: { version: '==1.26.4' } }, develop: { Py_Test: {} } });
    expect(parsePipfileLock(text, 'Pipfile.lock')).toEqual({ locked: ['numpy', 'py-test'], problems: [] });
  });

  it.each([
    ['{\n  "default": {\n    "numpy": \n}', 4],
    ['{"default": [}', 1]
  ])('broken JSON is a problem with a line (%#)', (text, line) => {
    const parsed = parsePipfileLock(text, 'Pipfile.lock');
    expect(parsed.locked).toBeUndefined();
    expect(parsed.problems).toEqual([{ message: expect.stringMatching(/^Broken JSON/), path: 'Pipfile.lock', line }]);
  });

  it('rejects JSON that is not an object', () => {
    expect(parsePipfileLock('[1]', 'Pipfile.lock').problems[0].message).toMatch(/not a JSON object/);
  });

  it('renv.lock: Packages', () => {
    expect(parseRenvLock('{"R": {}, "Packages": {"dplyr": {}, "ggplot2": {}}}', 'renv.lock').locked).toEqual(['dplyr', 'ggplot2']);
  });

  it.each([
    ['poetry.lock', '[[package]]\nname = "NumPy"\nversion = "1.26.4"\n\n[[package]]\nname = "pandas"\nversion = "2.2.0"\n', ['numpy', 'pandas']],
    ['uv.lock', 'version = 1\n[[package]]\nname = "torch"\nversion = "2.1.0"\n', ['torch']],
    ['pylock.toml', 'lock-version = "1.0"\n[[packages]]\nname = "requests"\nversion = "2.31.0"\n', ['requests']]
  ])('%s: package tables', (path, text, names) => {
    expect(parsePackageListLock(text, path)).toEqual({ locked: names, problems: [] });
  });

  it('a broken TOML lock is a problem, never a throw', () => {
    const parsed = parsePackageListLock('[[package]\nname = "x"\n', 'poetry.lock');
    expect(parsed.locked).toBeUndefined();
    expect(parsed.problems[0]).toMatchObject({ path: 'poetry.lock', line: 1, message: expect.stringMatching(/^Broken TOML/) });
  });

  it('Julia Manifest.toml, format 2 and format 1', () => {
    const v2 = 'julia_version = "1.10.0"\nmanifest_format = "2.0"\n[[deps.DataFrames]]\nuuid = "a"\nversion = "1.6.1"\n[[deps.CSV]]\nuuid = "b"\n';
    expect(parseJuliaManifest(v2, 'Manifest.toml').locked).toEqual(['dataframes', 'csv']);
    const v1 = '[[DataFrames]]\nuuid = "a"\n[[CSV]]\nuuid = "b"\n';
    expect(parseJuliaManifest(v1, 'Manifest.toml').locked).toEqual(['dataframes', 'csv']);
  });

  it('conda-lock.yml: package names; broken or shapeless files are problems', () => {
    const text = 'version: 1\npackage:\n  - name: numpy\n    version: 1.26.4\n    manager: conda\n  - name: Torch\n    manager: pip\n';
    expect(parseCondaLock(text, 'conda-lock.yml')).toEqual({ locked: ['numpy', 'torch'], problems: [] });
    expect(parseCondaLock('package: [\n', 'conda-lock.yml').problems[0]).toMatchObject({ line: 2 });
    expect(parseCondaLock('version: 1\n', 'conda-lock.yml').problems[0].message).toMatch(/without a "package" list/);
  });

  it('an unknown *.lock is understood when it is TOML with packages, else only recognised', () => {
    expect(parseUnknownLock('[[package]]\nname = "x"\n', 'a.lock')).toEqual({ locked: ['x'], problems: [] });
    expect(parseUnknownLock('@EXPLICIT\nhttps://conda.anaconda.org/x.conda\n', 'conda-linux-64.lock')).toEqual({ problems: [] });
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": [1, 2.5e3, true, false, null, "x\\"y"]}', undefined],
    ['  []  ', undefined],
    ['{"a": }', 6],
    ['{"a" 1}', 5],
    ['[1,]', 3],
    ['[1] x', 4],
    ['"abc', 4],
    ['', 0],
    ['{"a": tru}', 6]
  ])('%j -> %s', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
