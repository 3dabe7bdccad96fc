import { isPinnedPoetryVersion, parsePyproject } from './pyproject';

const PEP621 = `[build-system]
requires = ["setuptools>=61"]

[project]
name = "paper-code"
dependencies = [
  "numpy==1.26.4",
  'pandas>=2',
  "torch @ git+https://github.com/pytorch/pytorch@0123456789abcdef",
]

[project.optional-dependencies]
test = ["pytest==8.0.0", "hypothesis"]

[dependency-groups]
dev = ["ruff>=0.4", {include-group = "test"}]

[tool.uv]
dev-dependencies = ["mypy==1.10.0"]
`;

const POETRY = `[tool.poetry]
name = "paper"

[tool.poetry.dependencies]
python = "^3.10"
requests = "^2.31"
flask = "2.3.3"
numpy = "==1.26.4"
scipy = { version = "1.11.4", optional = true }
local = { path = "../local", develop = true }
lib = { git = "https://github.com/a/lib.git", rev = "0123abcd" }
other = { git = "https://github.com/a/other.git", branch = "main" }
multi = [{ version = "1.0.0", python = "<3.11" }, { version = "^2.0", python = ">=3.11" }]

[tool.poetry.group.dev.dependencies]
pytest = "*"
`;

describe('parsePyproject', () => {
  it('reads PEP 621, PEP 735 and uv dependencies with lines and groups', () => {
    const parsed = parsePyproject(PEP621, 'pyproject.toml');
    expect(parsed.projectName).toBe('paper-code');
    expect(parsed.packages.map(p => [p.name, p.line, p.pinned, p.group])).toEqual([
      ['numpy', 7, true, undefined],
      ['pandas', 8, false, undefined],
      ['torch', 9, true, undefined],
      ['pytest', 13, true, 'optional:test'],
      ['hypothesis', 13, false, 'optional:test'],
      ['ruff', 16, false, 'dev'],
      ['mypy', 19, true, 'dev']
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('reads poetry tables: python is no package, ^ is no pin, local paths are skipped', () => {
    const parsed = parsePyproject(POETRY, 'pyproject.toml');
    expect(parsed.projectName).toBe('paper');
    expect(parsed.packages.map(p => [p.name, p.line, p.pinned])).toEqual([
      ['requests', 6, false],
      ['flask', 7, true],
      ['numpy', 8, true],
      ['scipy', 9, true],
      ['lib', 11, true],
      ['other', 12, false],
      ['multi', 13, false],
      ['pytest', 16, false]
    ]);
    expect(parsed.packages.find(p => p.name === 'pytest')?.group).toBe('dev');
  });

  it('follows setuptools dynamic dependencies to requirements files', () => {
    const parsed = parsePyproject('[project]\nname = "x"\ndynamic = ["dependencies"]\n[tool.setuptools.dynamic]\ndependencies = {file = ["requirements.txt"]}\n', 'pyproject.toml');
    expect(parsed.includes).toEqual([{ kind: 'requirements', target: 'requirements.txt', line: 4 }]);
  });

  it('turns broken TOML into a problem with its line', () => {
    const parsed = parsePyproject('[project]\nname = "x"\ndependencies = [\n  "numpy",\n', 'pyproject.toml');
    expect(parsed.packages).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].message).toMatch(/^Broken TOML/);
    expect(parsed.problems[0].line).toBeGreaterThanOrEqual(4);
  });

  it('reports bad requirement strings and keeps the rest', () => {
    const parsed = parsePyproject('[project]\ndependencies = ["numpy", "bad spec here"]\n', 'pyproject.toml');
    expect(parsed.packages.map(p => p.name)).toEqual(['numpy']);
    expect(parsed.problems[0]).toMatchObject({ line: 2, path: 'pyproject.toml' });
  });

  it('has nothing to say about a tool-only pyproject', () => {
    expect(parsePyproject('[tool.black]\nline-length = 100\n', 'pyproject.toml')).toEqual({ packages: [], problems: [], includes: [] });
  });
});

describe('parsePyproject: [build-system]', () => {
  it('says whether the project can be built (what repo2docker needs to install it)', () => {
    expect(parsePyproject('[project]\nname = "a"\ndependencies = ["numpy"]\n', 'pyproject.toml').buildSystem).toBeUndefined();
    expect(parsePyproject('[build-system]\nrequires = ["setuptools"]\n[project]\nname = "a"\n', 'pyproject.toml').buildSystem).toBe(true);
  });
});

describe('isPinnedPoetryVersion', () => {
  it.each([
    ['1.2.3', true],
    ['==1.2.3', true],
    ['=1.2.3', true],
    ['^1.2', false],
    ['~1.2', false],
    ['>=1,<2', false],
    ['1.2.*', false],
    ['*', false]
  ])('%s -> %s', (v, pinned) => {
    expect(isPinnedPoetryVersion(v)).toBe(pinned);
  });
});
