/** The repo's config file: its shapes, and every way it can be wrong (a warning naming the line, never a crash). */
import { parseRepoConfig } from './repoConfig';

describe('parseRepoConfig', () => {
  it('reads ignores (item or code -> reason), weights and exclude from .repro-audit.toml', () => {
    const { config, warnings } = parseRepoConfig(
      [
        'exclude = ["vendor/", "data/raw/**"]',
        '[weights]',
        'hardware = 0',
        'seeds = 20.5',
        '[ignore]',
        '"seeds.unseeded-before-use" = "the notebook shows an unseeded run on purpose"',
        'hardware = "the paper states the hardware"',
        ''
      ].join('\n'),
      '.repro-audit.toml'
    );
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      path: '.repro-audit.toml',
      exclude: ['vendor/', 'data/raw/**'],
      weights: { hardware: 0, seeds: 20.5 },
      ignores: [
        { target: 'seeds.unseeded-before-use', reason: 'the notebook shows an unseeded run on purpose' },
        { target: 'hardware', reason: 'the paper states the hardware' }
      ]
    });
  });

  it('reads [tool.repro-audit] from pyproject.toml, and the list form of ignores with paths', () => {
    const { config, warnings } = parseRepoConfig(
      [
        '[project]',
        'name = "study"',
        '[tool.repro-audit]',
        'exclude = ["third_party/"]',
        '[[tool.repro-audit.ignore]]',
        'code = "seeds.call-without-seed"',
        'paths = ["tests/**"]',
        'reason = "tests draw at random on purpose"',
        '[tool.repro-audit.weights]',
        'docs = 5',
        ''
      ].join('\n'),
      'pyproject.toml'
    );
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      path: 'pyproject.toml',
      exclude: ['third_party/'],
      weights: { docs: 5 },
      ignores: [{ target: 'seeds.call-without-seed', reason: 'tests draw at random on purpose', paths: ['tests/**'] }]
    });
  });

  it('a pyproject.toml without [tool.repro-audit] is no config, and its broken TOML is not ours to report', () => {
    expect(parseRepoConfig('[project]\nname = "x"\n', 'pyproject.toml')).toEqual({ warnings: [] });
    expect(parseRepoConfig('[project\nname = "x"\n', 'pyproject.toml')).toEqual({ warnings: [] });
  });

  it('broken TOML is one warning with its line, and nothing of the file applies', () => {
    const { config, warnings } = parseRepoConfig('[weights]\nseeds = 20\n[ignore\n', '.repro-audit.toml');
    expect(config).toBeUndefined();
    expect(warnings).toEqual([
      expect.objectContaining({ status: 'warn', code: 'config.invalid-toml', path: '.repro-audit.toml', line: 3 })
    ]);
  });

  it('an unknown key, code or item is a warning at its line; the rest still applies', () => {
    const { config, warnings } = parseRepoConfig(
      'weight = 3\n[ignore]\n"seeds.no-such-thing" = "typo"\nhardwar = "typo"\ndocs = "no docs in a demo"\n',
      '.repro-audit.toml'
    );
    expect(warnings.map(w => [w.code, w.line])).toEqual([
      ['config.unknown-key', 1],
      ['config.unknown-code', 3],
      ['config.unknown-code', 4]
    ]);
    expect(warnings[1].message).toContain('"seeds.no-such-thing" is neither an item nor a known finding code');
    expect(config!.ignores).toEqual([{ target: 'docs', reason: 'no docs in a demo' }]);
  });

  it('an ignore without a reason is a warning and is not applied', () => {
    const { config, warnings } = parseRepoConfig(
      '[ignore]\nhardware = ""\n"tests.none" = 3\n\n[[x]]\n',
      '.repro-audit.toml'
    );
    expect(warnings.filter(w => w.code === 'config.ignore-without-reason').map(w => w.line)).toEqual([2, 3]);
    expect(config!.ignores).toEqual([]);
    const listed = parseRepoConfig('ignore = [{ code = "tests.none" }]\n', '.repro-audit.toml');
    expect(listed.warnings.map(w => w.code)).toEqual(['config.ignore-without-reason']);
  });

  it('a weight that is not a number of 0 or more, or of no item, is a warning at its line', () => {
    const { config, warnings } = parseRepoConfig(
      '[weights]\nseeds = "heavy"\ndocs = -1\nnope = 3\ntests = 4\n',
      '.repro-audit.toml'
    );
    expect(warnings.map(w => [w.code, w.line])).toEqual([
      ['config.bad-weight', 2],
      ['config.bad-weight', 3],
      ['config.bad-weight', 4]
    ]);
    expect(warnings[0].message).toBe('weights: seeds must be a number of 0 or more, not "heavy"');
    expect(config!.weights).toEqual({ tests: 4 });
  });

  it('exclude must be glob strings; one string is taken as a list of one', () => {
    expect(parseRepoConfig('exclude = [1, 2]\n', '.repro-audit.toml').warnings.map(w => w.code)).toEqual(['config.bad-exclude']);
    expect(parseRepoConfig('exclude = "vendor/"\n', '.repro-audit.toml').config!.exclude).toEqual(['vendor/']);
  });
});
