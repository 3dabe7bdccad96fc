import { ADDED_PINS_COMMENT } from './pins';
import type { ImportedPackage } from './pinsImports';
import { pinsProbeInput, planRepoPins } from './pinsRepoPlan';
import { choosePinsTarget, PinsTarget } from './pinsTarget';
import type { DeclaredPackage } from '../audit/deps/types';

const imp = (module: string, ...distributions: string[]): ImportedPackage => ({ module, distributions: distributions.length ? distributions : [module], path: 'a.py', line: 1 });
const probe = { versions: { numpy: '1.26.4', requests: '2.32.0', 'scikit-learn': '1.9.1' }, import_distributions: { sklearn: ['scikit-learn'] } };
const declared = (name: string, path: string, line: number, pinned = false, spec = ''): DeclaredPackage => ({ name, normalized: name, spec, path, line, pinned, ecosystem: 'pypi' });
const reader = (files: Record<string, string>) => async (path: string) => files[path];

describe('planRepoPins', () => {
  test('environment.yml: conda entries pinned there, `-r` requirements pinned in their own file, nothing appended twice', async () => {
    const files = {
      'environment.yml': 'dependencies:\n  - numpy\n  - pip:\n    - -r requirements.txt\n',
      'requirements.txt': '# pip side\nrequests>=2\n'
    };
    const target: PinsTarget = {
      kind: 'environment',
      path: 'environment.yml',
      included: ['requirements.txt'],
      declared: [{ ...declared('numpy', 'environment.yml', 2), ecosystem: 'conda' }, declared('requests', 'requirements.txt', 2)]
    };
    const plan = await planRepoPins(target, [imp('numpy'), imp('requests'), imp('sklearn', 'scikit-learn')], probe, reader(files));
    expect(plan.error).toBeUndefined();
    expect(plan.edits.map(e => [e.path, e.after])).toEqual([
      ['environment.yml', `dependencies:\n  - numpy=1.26.4\n  - pip:\n    - -r requirements.txt\n    ${ADDED_PINS_COMMENT}\n    - scikit-learn==1.9.1\n`],
      ['requirements.txt', '# pip side\nrequests==2.32.0\n']
    ]);
    expect(pinsProbeInput(target, [imp('numpy'), imp('sklearn', 'scikit-learn')])).toEqual({ distributions: ['numpy', 'requests', 'scikit-learn'], imports: ['numpy', 'sklearn'] });
  });

  test('a new requirements.txt in binder/, and a broken environment.yml as an error with no edit', async () => {
    const created = await planRepoPins(choosePinsTarget({ dirs: new Set(['binder']), files: [] }), [imp('numpy')], probe, reader({}));
    expect(created.edits).toEqual([
      { path: 'binder/requirements.txt', before: undefined, after: `${ADDED_PINS_COMMENT}\nnumpy==1.26.4\n`, changes: [expect.objectContaining({ line: 2, kind: 'added' })] }
    ]);
    // An import this machine has no version of (rpy2, loaded by `%load_ext`): named as unpinned, and no empty file made.
    const nothing = await planRepoPins(choosePinsTarget({ dirs: new Set(), files: [] }), [imp('rpy2')], probe, reader({}));
    expect(nothing.edits).toEqual([]);
    expect(nothing.unpinned.map(u => u.module)).toEqual(['rpy2']);
    const target: PinsTarget = { kind: 'environment', path: 'environment.yml', included: [], declared: [] };
    const broken = await planRepoPins(target, [imp('numpy')], probe, reader({ 'environment.yml': 'dependencies: [numpy\n' }));
    expect(broken.edits).toEqual([]);
    expect(broken.error).toMatch(/^environment\.yml: broken YAML at line \d/);
  });

  test('pyproject.toml: a report of the pins and the lock commands, no edit', async () => {
    const target: PinsTarget = { kind: 'report', format: 'pyproject', path: 'pyproject.toml', declared: [declared('numpy', 'pyproject.toml', 3, false, '>=1'), declared('requests', 'pyproject.toml', 4, true, '==2.0')] };
    const plan = await planRepoPins(target, [imp('numpy'), imp('requests'), imp('sklearn', 'scikit-learn'), imp('pandas')], probe, reader({}));
    expect(plan.edits).toEqual([]);
    expect(plan.report!.pins).toEqual([
      'numpy==1.26.4 (import numpy; pyproject.toml line 3 says ">=1")',
      'scikit-learn==1.9.1 (import sklearn; not declared)'
    ]);
    expect(plan.alreadyPinned).toEqual(['requests']);
    expect(plan.unpinned).toEqual([{ module: 'pandas', reason: 'no distribution providing pandas is installed in the probed environment' }]);
    expect(plan.report!.lockAdvice).toContain('`uv lock`');
    expect(plan.report!.lockAdvice).toContain('`poetry lock`');
    expect(plan.report!.lockAdvice).toContain('`pip-compile pyproject.toml -o requirements.txt`');
  });
});
