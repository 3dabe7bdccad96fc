import type { Finding } from '../../audit/report';
import { seedFixPaths, serverPathInside } from './fixPaths';

describe('serverPathInside', () => {
  it('resolves repo paths inside the audited folder', () => {
    expect(serverPathInside('work/demo', 'scripts/train.py')).toBe('work/demo/scripts/train.py');
    expect(serverPathInside('', 'train.py')).toBe('train.py');
  });

  it('refuses paths that climb out, are absolute or empty', () => {
    for (const bad of ['../x.py', 'a/../../x.py', '/etc/x.py', '', 'a//b.py', './a.py', 'a\\..\\b.py']) {
      expect(serverPathInside('work/demo', bad)).toBeUndefined();
    }
  });
});

describe('seedFixPaths', () => {
  const f = (path: string | undefined, fix = 'seeds', status: Finding['status'] = 'fail'): Finding => ({ status, code: 'seeds.unseeded-before-use', message: 'm', path, fix });
  it('lists each unresolved seeds file once, scripts and notebooks only, in report order', () => {
    const findings = [
      f('nb/a.ipynb'),
      f('s/b.py', 'seeds', 'warn'),
      f('nb/a.ipynb'),
      f('s/ok.py', 'seeds', 'pass'),
      f('requirements.txt'),
      f('c.py', 'pins'),
      f(undefined)
    ];
    expect(seedFixPaths(findings, 'seeds')).toEqual(['nb/a.ipynb', 's/b.py']);
  });
});
