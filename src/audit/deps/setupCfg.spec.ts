import { parseSetupCfg } from './setupCfg';

describe('parseSetupCfg', () => {
  it('reads install_requires, extras and the project name', () => {
    const text = `[metadata]
name = paper-code

[options]
packages = find:
install_requires =
    numpy==1.26.4
    pandas>=2  # inline comment
    # a comment line
    scipy; python_version>"3.8"

[options.extras_require]
test =
    pytest==8.0.0
`;
    const parsed = parseSetupCfg(text, 'setup.cfg');
    expect(parsed.projectName).toBe('paper-code');
    expect(parsed.packages.map(p => [p.name, p.line, p.pinned, p.group])).toEqual([
      ['numpy', 7, true, undefined],
      ['pandas', 8, false, undefined],
      ['scipy', 10, false, undefined],
      ['pytest', 14, true, 'optional:test']
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('follows file: values and reports malformed lines', () => {
    const parsed = parseSetupCfg('[options]\ninstall_requires = file: requirements.txt, extra.txt\nnot a key\n', 'setup.cfg');
    expect(parsed.includes).toEqual([
      { kind: 'requirements', target: 'requirements.txt', line: 2 },
      { kind: 'requirements', target: 'extra.txt', line: 2 }
    ]);
    expect(parsed.problems).toEqual([{ message: expect.stringMatching(/neither a section/), line: 3, path: 'setup.cfg' }]);
  });

  it('ignores a setup.cfg holding only tool settings', () => {
    expect(parseSetupCfg('[flake8]\nmax-line-length = 100\n', 'setup.cfg').packages).toEqual([]);
  });
});
