import type { PyImport } from '../python/types';
import { isLocalModule } from './localModules';
import { ImportingUnit, undeclaredImports } from './undeclaredImports';

function tree(files: string[]): { has(p: string): boolean; dirs: Set<string> } {
  const dirs = new Set<string>(['']);
  for (const f of files) {
    const parts = f.split('/');
    for (let i = 1; i < parts.length; i++) {
      dirs.add(parts.slice(0, i).join('/'));
    }
  }
  return { has: p => files.includes(p), dirs };
}

function unit(path: string, modules: string[], cellOf?: (line: number) => number): ImportingUnit {
  const imports: PyImport[] = modules.map((module, i) => ({ module, local: module, line: i + 1, offset: i * 10 }));
  return {
    path,
    analysis: { imports },
    evidence: line => (cellOf ? { path, cell: cellOf(line), line: 1 } : { path, line })
  };
}

describe('isLocalModule', () => {
  const repo = tree(['utils.py', 'src/pkg/__init__.py', 'analysis/helpers.py', 'analysis/sub/run.py', 'lib/models/net.py', 'stubs/x.pyi']);
  it.each([
    ['utils', 'notebooks/a.ipynb', true],
    ['pkg', 'scripts/train.py', true],
    ['helpers', 'analysis/sub/run.py', true],
    ['helpers', 'other/run.py', false],
    ['analysis', 'analysis/sub/run.py', true],
    ['models', 'lib/train.py', true],
    ['models', 'train.py', false],
    ['numpy', 'train.py', false]
  ])('%s from %s: %s', (name, from, local) => {
    expect(isLocalModule(repo, name, from)).toBe(local);
  });
});

describe('undeclaredImports', () => {
  const repo = tree(['mymod.py', 'b.py', 'a.ipynb']);

  it('skips stdlib, relative, local, always-present and declared imports', () => {
    const units = [
      unit('b.py', ['os', '__future__', '.sibling', 'mymod', 'IPython.display', 'sklearn.svm', 'numpy', 'requests', 'cv2', 'requests.adapters'])
    ];
    const found = undeclaredImports(units, new Set(['scikit-learn', 'numpy', 'opencv-python-headless']), repo);
    expect(found).toEqual([{ key: 'requests', distributions: ['requests'], first: { path: 'b.py', line: 8 }, others: [] }]);
  });

  it('reports each import once, at its first place in path order, with the other files as evidence', () => {
    const units = [unit('b.py', ['yaml', 'yaml']), unit('a.ipynb', ['torch', 'yaml'], line => line + 2)];
    const found = undeclaredImports(units, new Set(), repo);
    expect(found).toEqual([
      { key: 'torch', distributions: expect.arrayContaining(['torch', 'pytorch']), first: { path: 'a.ipynb', cell: 3, line: 1 }, others: [] },
      { key: 'yaml', distributions: ['pyyaml', 'ruamel-yaml'], first: { path: 'a.ipynb', cell: 4, line: 1 }, others: [{ path: 'b.py', line: 1 }] }
    ]);
  });
});
