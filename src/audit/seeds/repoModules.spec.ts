import { analyzePython } from '../python/analyze';
import type { AnalysedUnit } from './analysedUnit';
import { RepoModules } from './repoModules';

function unit(path: string, source = '', kind: AnalysedUnit['kind'] = 'script'): AnalysedUnit {
  return { path, kind, analysis: analyzePython(source), evidence: line => ({ path, line }) };
}

describe('RepoModules', () => {
  const units = [
    unit('utils.py', 'def set_seed(s):\n    pass'),
    unit('src/models/__init__.py'),
    unit('src/models/net.py', 'class Net:\n    def __init__(self):\n        pass'),
    unit('pkg/__init__.py'),
    unit('pkg/data.py', 'def load():\n    pass'),
    unit('pkg/sub/train.py'),
    unit('random.py'),
    unit('numpy/__init__.py'),
    unit('notebooks/explore.ipynb', '', 'notebook')
  ];
  const modules = new RepoModules(units);

  test.each<[string, string, string | undefined]>([
    ['utils', 'train.py', 'utils.py'],
    ['utils', 'notebooks/explore.ipynb', 'utils.py'],
    ['src.models', 'notebooks/explore.ipynb', 'src/models/__init__.py'],
    ['src.models.net', 'notebooks/explore.ipynb', 'src/models/net.py'],
    // A src/ layout installed with `pip install -e .`.
    ['models.net', 'scripts/run.py', 'src/models/net.py'],
    ['pkg.data', 'pkg/sub/train.py', 'pkg/data.py'],
    ['..data', 'pkg/sub/train.py', 'pkg/data.py'],
    ['.', 'pkg/data.py', 'pkg/__init__.py'],
    ['missing', 'train.py', undefined],
    // Standard-library and framework names are never the repo's own.
    ['random', 'train.py', undefined],
    ['numpy', 'train.py', undefined],
    // Notebooks cannot be imported.
    ['notebooks.explore', 'train.py', undefined]
  ])('%s from %s', (module, from, expected) => {
    expect(modules.resolve(module, from)?.path).toBe(expected);
  });

  test.each<[string, string, string | undefined]>([
    ['utils.set_seed', 'utils.py', 'set_seed'],
    ['src.models.net.Net', 'src/models/net.py', 'Net'],
    ['pkg.data.load', 'pkg/data.py', 'load'],
    ['utils.nothing', '', undefined],
    ['numpy.random.seed', '', undefined]
  ])('function %s', (qualified, path, name) => {
    const found = modules.resolveFunction(qualified, 'train.py');
    expect(found?.fn.qualifiedName).toBe(name);
    if (name) {
      expect(found?.unit.path).toBe(path);
    }
  });
});
