import { parseSetupPy } from './setupPy';

describe('parseSetupPy', () => {
  it('reads literal lists, names bound at module level and + concatenations', () => {
    const text = `from setuptools import setup, find_packages

BASE = [
    "numpy==1.26.4",
    'pandas>=2',
]
EXTRAS = {"dev": ["pytest==8.0.0"], "docs": ("sphinx",)}

setup(
    name="paper-code",
    packages=find_packages(),
    install_requires=BASE + ["scipy"],
    extras_require=EXTRAS,
)
`;
    const parsed = parseSetupPy(text, 'setup.py');
    expect(parsed.projectName).toBe('paper-code');
    expect(parsed.packages.map(p => [p.name, p.line, p.pinned, p.group])).toEqual([
      ['numpy', 4, true, undefined],
      ['pandas', 5, false, undefined],
      ['scipy', 12, false, undefined],
      ['pytest', 7, true, 'optional:dev'],
      ['sphinx', 7, false, 'optional:docs']
    ]);
  });

  it('understands setuptools.setup and skips what is computed at run time', () => {
    const text = `import setuptools
with open("requirements.txt") as f:
    reqs = f.read().splitlines()
setuptools.setup(name=f"x", install_requires=reqs, extras_require={"a": [f"pkg{1}"]})
`;
    const parsed = parseSetupPy(text, 'setup.py');
    expect(parsed.packages).toEqual([]);
    expect(parsed.projectName).toBeUndefined();
  });

  it('survives broken Python without throwing', () => {
    const parsed = parseSetupPy('setup(install_requires=["numpy", \n', 'setup.py');
    expect(parsed.packages.map(p => p.name)).toEqual(['numpy']);
  });

  it('never reads calls other than setup()', () => {
    expect(parseSetupPy('other(install_requires=["numpy"])\n', 'setup.py').packages).toEqual([]);
  });
});
