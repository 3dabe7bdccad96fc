import { ADDED_PINS_COMMENT, planPins } from './pins';
import type { ImportedPackage } from './pinsImports';

const imp = (module: string, ...distributions: string[]): ImportedPackage => ({ module, distributions: distributions.length ? distributions : [module], path: 'a.py', line: 1 });
const probe = {
  versions: { numpy: '2.4.6', 'scikit-learn': '1.9.1', joblib: '1.6.0', requests: '2.32.0', Flask: '3.0.0' },
  import_distributions: { sklearn: ['scikit-learn'], numpy: ['numpy'], joblib: ['joblib'], flask: ['Flask'] }
};

describe('planPins', () => {
  test('pins unpinned imported lines in place and keeps every other byte', () => {
    const before = [
      '# core deps',
      '-r base.txt',
      '--index-url https://example.org/simple',
      'numpy==1.26.4  # pinned by hand',
      'scikit-learn ; python_version >= "3.9"  # ml',
      'requests[security,socks] >=2.0, <3',
      'mylib @ https://example.org/mylib-1.0.tar.gz',
      'git+https://github.com/x/y.git@abc123#egg=y',
      'joblib==1.2.0 \\',
      '    --hash=sha256:aaaa',
      'unused-pkg>=1',
      ''
    ].join('\n');
    const plan = planPins(before, [imp('numpy'), imp('sklearn', 'scikit-learn'), imp('requests'), imp('joblib'), imp('y')], probe);
    const after = plan.text.split('\n');
    expect(after).toEqual([
      '# core deps',
      '-r base.txt',
      '--index-url https://example.org/simple',
      'numpy==1.26.4  # pinned by hand',
      'scikit-learn==1.9.1 ; python_version >= "3.9"  # ml',
      'requests[security,socks]==2.32.0',
      'mylib @ https://example.org/mylib-1.0.tar.gz',
      'git+https://github.com/x/y.git@abc123#egg=y',
      'joblib==1.2.0 \\',
      '    --hash=sha256:aaaa',
      'unused-pkg>=1',
      ''
    ]);
    expect(plan.changes.map(c => [c.distribution, c.version, c.line, c.kind])).toEqual([
      ['scikit-learn', '1.9.1', 5, 'pinned-in-place'],
      ['requests', '2.32.0', 6, 'pinned-in-place']
    ]);
    expect(plan.alreadyPinned.sort()).toEqual(['joblib', 'numpy']);
    expect(plan.unpinned).toEqual([{ module: 'y', reason: 'y (line 8) is not installed in the probed environment' }]);
  });

  test('adds imported packages no line declares under a comment, and reports those not installed', () => {
    const plan = planPins('numpy\n# tail comment', [imp('numpy'), imp('flask'), imp('pandas'), imp('sklearn', 'scikit-learn')], probe);
    expect(plan.text).toBe(`numpy==2.4.6\n# tail comment\n\n${ADDED_PINS_COMMENT}\nflask==3.0.0\nscikit-learn==1.9.1\n`);
    expect(plan.unpinned).toEqual([{ module: 'pandas', reason: 'no distribution providing pandas is installed in the probed environment' }]);
  });

  test('a declared but missing package is left with its reason; a rerun changes nothing', () => {
    const first = planPins('pandas>=2\njoblib\n', [imp('pandas'), imp('joblib')], probe);
    expect(first.text).toBe('pandas>=2\njoblib==1.6.0\n');
    expect(first.unpinned).toEqual([{ module: 'pandas', reason: 'pandas (line 1) is not installed in the probed environment' }]);
    const again = planPins(first.text, [imp('pandas'), imp('joblib')], probe);
    expect(again.text).toBe(first.text);
    expect(again.changes).toEqual([]);
  });

  test('CRLF files, an empty file, and an editable line that cannot be edited', () => {
    expect(planPins('numpy>=1\r\n# c\r\n', [imp('numpy')], probe).text).toBe('numpy==2.4.6\r\n# c\r\n');
    expect(planPins('', [imp('numpy')], probe).text).toBe(`${ADDED_PINS_COMMENT}\nnumpy==2.4.6\n`);
    const editable = planPins('-e git+https://github.com/n/numpy.git#egg=numpy\n', [imp('numpy')], probe);
    expect(editable.text).toBe('-e git+https://github.com/n/numpy.git#egg=numpy\n');
    expect(editable.changes).toEqual([]);
  });

  test('matches a differently spelled declaration and keeps its spelling', () => {
    const plan = planPins('Scikit_Learn[alldeps]~=1.0 # x\n', [imp('sklearn', 'scikit-learn')], probe);
    expect(plan.text).toBe('Scikit_Learn[alldeps]==1.9.1 # x\n');
  });
});
