import { ADDED_PINS_COMMENT } from './pins';
import { planEnvironmentPins } from './pinsEnvironmentYml';
import type { ImportedPackage } from './pinsImports';

const imp = (module: string, ...distributions: string[]): ImportedPackage => ({ module, distributions: distributions.length ? distributions : [module], path: 'a.py', line: 1 });
const probe = {
  versions: { numpy: '1.26.4', scipy: '1.11', 'scikit-learn': '1.9.1', requests: '2.32.0', Flask: '3.0.0', torch: '2.1.0+cu121', joblib: '1.6.0', mylib: '1.0' },
  import_distributions: { sklearn: ['scikit-learn'], flask: ['Flask'], torch: ['torch'] }
};

describe('planEnvironmentPins', () => {
  test('pins conda entries with = and pip entries with ==, keeping comments, quoting, channels, markers and odd lines', () => {
    const before = [
      '# the paper environment',
      'name: paper',
      'channels:',
      '  - conda-forge',
      '  - defaults',
      'dependencies:',
      '  - python=3.11   # interpreter',
      '  - numpy>=1.20  # arrays',
      "  - 'conda-forge::scipy'",
      '  - pytorch',
      '  - pip',
      '  - pip:',
      '      - "requests[socks] >=2 ; python_version >= \'3.8\'"  # http',
      '      - -r extra-requirements.txt',
      '      - mylib @ https://example.org/mylib-1.0.tar.gz',
      '      - joblib==1.2.0 --hash=sha256:aaaa',
      '      - Scikit_Learn~=1.0',
      ''
    ].join('\n');
    const imports = [imp('numpy'), imp('scipy'), imp('torch', 'torch', 'pytorch'), imp('requests'), imp('mylib'), imp('joblib'), imp('sklearn', 'scikit-learn')];
    const plan = planEnvironmentPins(before, imports, probe);
    expect(plan.error).toBeUndefined();
    expect(plan.text.split('\n')).toEqual([
      '# the paper environment',
      'name: paper',
      'channels:',
      '  - conda-forge',
      '  - defaults',
      'dependencies:',
      '  - python=3.11   # interpreter',
      '  - numpy=1.26.4  # arrays',
      "  - 'conda-forge::scipy==1.11'",
      '  - pytorch=2.1.0',
      '  - pip',
      '  - pip:',
      '      - "requests[socks]==2.32.0 ; python_version >= \'3.8\'"  # http',
      '      - -r extra-requirements.txt',
      '      - mylib @ https://example.org/mylib-1.0.tar.gz',
      '      - joblib==1.2.0 --hash=sha256:aaaa',
      '      - Scikit_Learn==1.9.1',
      ''
    ]);
    expect(plan.changes.map(c => [c.distribution, c.version, c.line, c.kind])).toEqual([
      ['numpy', '1.26.4', 8, 'pinned-in-place'],
      ['scipy', '1.11', 9, 'pinned-in-place'],
      ['pytorch', '2.1.0', 10, 'pinned-in-place'],
      ['requests', '2.32.0', 13, 'pinned-in-place'],
      ['Scikit_Learn', '1.9.1', 17, 'pinned-in-place']
    ]);
    expect(plan.alreadyPinned.sort()).toEqual(['joblib', 'mylib']);
    expect(plan.unpinned).toEqual([]);
  });

  test('appends undeclared imports to the pip section under a comment, at its indentation; a rerun changes nothing', () => {
    const before = 'dependencies:\n- numpy\n- pip:\n  - requests  # web\n# trailing note\n';
    const imports = [imp('numpy'), imp('flask'), imp('sklearn', 'scikit-learn'), imp('pandas'), imp('os_helpers')];
    const plan = planEnvironmentPins(before, imports, probe);
    expect(plan.text).toBe(
      `dependencies:\n- numpy=1.26.4\n- pip:\n  - requests  # web\n  ${ADDED_PINS_COMMENT}\n  - flask==3.0.0\n  - scikit-learn==1.9.1\n# trailing note\n`
    );
    expect(plan.changes.map(c => [c.distribution, c.line, c.kind])).toEqual([
      ['numpy', 2, 'pinned-in-place'],
      ['flask', 6, 'added'],
      ['scikit-learn', 7, 'added']
    ]);
    expect(plan.unpinned.map(u => u.module)).toEqual(['pandas', 'os_helpers']);
    const again = planEnvironmentPins(plan.text, imports, probe);
    expect(again.text).toBe(plan.text);
    expect(again.changes).toEqual([]);
    expect(again.alreadyPinned).toEqual(['numpy', 'flask', 'sklearn']);
  });

  test('creates the pip section, adding `- pip` to the conda list when it is missing', () => {
    const before = 'name: x\ndependencies:\n  - python=3.11\n  - numpy=1.26.4   # done\n';
    const plan = planEnvironmentPins(before, [imp('numpy'), imp('requests')], probe);
    expect(plan.text).toBe(
      `name: x\ndependencies:\n  - python=3.11\n  - numpy=1.26.4   # done\n  - pip\n  - pip:\n      ${ADDED_PINS_COMMENT}\n      - requests==2.32.0\n`
    );
    expect(plan.changes).toEqual([{ module: 'requests', distribution: 'requests', version: '2.32.0', line: 8, kind: 'added' }]);
    const withPip = planEnvironmentPins('dependencies:\n  - pip\n  - numpy', [imp('requests')], probe);
    expect(withPip.text).toBe(`dependencies:\n  - pip\n  - numpy\n  - pip:\n      ${ADDED_PINS_COMMENT}\n      - requests==2.32.0`);
  });

  test('adds a dependencies list to a file that has none, or an empty one', () => {
    expect(planEnvironmentPins('name: x\n', [imp('requests')], probe).text).toBe(
      `name: x\ndependencies:\n  - pip\n  - pip:\n      ${ADDED_PINS_COMMENT}\n      - requests==2.32.0\n`
    );
    const empty = planEnvironmentPins('name: x\ndependencies:\nchannels: [conda-forge]\n', [imp('requests')], probe);
    expect(empty.text).toBe(`name: x\ndependencies:\n  - pip\n  - pip:\n      ${ADDED_PINS_COMMENT}\n      - requests==2.32.0\nchannels: [conda-forge]\n`);
    expect(empty.changes[0].line).toBe(6);
  });

  test('CRLF line ends are kept', () => {
    const plan = planEnvironmentPins('dependencies:\r\n  - numpy\r\n  - pip:\r\n    - requests\r\n', [imp('numpy'), imp('flask')], probe);
    expect(plan.text).toBe(`dependencies:\r\n  - numpy=1.26.4\r\n  - pip:\r\n    - requests\r\n    ${ADDED_PINS_COMMENT}\r\n    - flask==3.0.0\r\n`);
  });

  test('leaves what it cannot edit safely with a reason: build strings, bracket specs, flow lists', () => {
    const before = "dependencies:\n  - numpy 1.26.* py311*\n  - scipy[version='>=1']\n  - pip: [requests]\n";
    const plan = planEnvironmentPins(before, [imp('numpy'), imp('scipy'), imp('flask')], probe);
    expect(plan.text).toBe(before);
    expect(plan.unpinned).toEqual([
      { module: 'numpy', reason: 'line 2 (numpy 1.26.* py311*) is not a plain conda spec to edit; pin it by hand to 1.26.4' },
      { module: 'scipy', reason: "line 3 (scipy[version='>=1']) is not a plain conda spec to edit; pin it by hand to 1.11" },
      { module: 'flask', reason: 'environment.yml: its pip section is not a block list; add flask==3.0.0 to its pip section by hand' }
    ]);
  });

  test('packages declared in a file the pip section includes are left to that file', () => {
    const plan = planEnvironmentPins('dependencies:\n  - pip:\n    - -r requirements.txt\n', [imp('requests')], probe, { declaredElsewhere: ['requests'] });
    expect(plan.text).toBe('dependencies:\n  - pip:\n    - -r requirements.txt\n');
    expect(plan.unpinned).toEqual([]);
  });

  test('broken YAML or a file that is not an environment is a clear error and no change', () => {
    const broken = 'dependencies:\n  - numpy\n  - pip:\n    - "requests\n';
    const plan = planEnvironmentPins(broken, [imp('numpy')], probe, { path: 'binder/environment.yml' });
    expect(plan.text).toBe(broken);
    expect(plan.changes).toEqual([]);
    expect(plan.error).toMatch(/^binder\/environment\.yml: broken YAML at line \d+ \(.+\); nothing was pinned$/);
    expect(planEnvironmentPins('- numpy\n', [imp('numpy')], probe).error).toBe(
      'environment.yml is not a conda environment file: its top level is not a mapping'
    );
    expect(planEnvironmentPins('dependencies: numpy\n', [imp('numpy')], probe).error).toBe('environment.yml: "dependencies" is not a list');
  });
});
