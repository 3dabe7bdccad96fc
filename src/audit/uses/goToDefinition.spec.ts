import { analyzePython } from '../python/analyze';
import { definitionOfName } from './goToDefinition';
import { nameAt } from './nameAt';

const FILES: Record<string, string> = {
  'pkg/__init__.py': 'from .features import standardize\n',
  'pkg/features.py': 'import numpy as np\n\n\ndef standardize(x):\n    return x\n\n\nclass Scaler:\n    def fit(self):\n        pass\n',
  'pkg/sub/__init__.py': '',
  'pkg/sub/deep.py': 'VALUE = 1\n'
};

const NOTEBOOK = [
  'import sys',
  "sys.path.insert(0, '..')",
  'import numpy as np',
  'import pkg.sub.deep',
  'import pkg.features as fe',
  'from pkg import standardize',
  'from pkg.features import Scaler as S'
].join('\n');

async function definition(name: string) {
  return definitionOfName(name, {
    files: Object.keys(FILES),
    path: 'nb/a.ipynb',
    analysis: analyzePython(NOTEBOOK),
    analysisOf: async p => (FILES[p] === undefined ? undefined : analyzePython(FILES[p]))
  });
}

describe('definitionOfName', () => {
  it.each([
    ['standardize', { path: 'pkg/features.py', line: 4 }],
    ['fe.standardize', { path: 'pkg/features.py', line: 4 }],
    ['fe', { path: 'pkg/features.py' }],
    ['S', { path: 'pkg/features.py', line: 8 }],
    ['S.fit', { path: 'pkg/features.py', line: 9 }],
    ['pkg.sub.deep.VALUE', { path: 'pkg/sub/deep.py', line: 1 }],
    ['pkg.sub.deep', { path: 'pkg/sub/deep.py' }],
    ['pkg.features.Scaler', { path: 'pkg/features.py', line: 8 }],
    ['pkg', { path: 'pkg/__init__.py' }],
    ['np.random.seed', undefined],
    ['undefined_name', undefined]
  ])('%s', async (name, expected) => {
    expect(await definition(name)).toEqual(expected);
  });
});

describe('nameAt', () => {
  const code = 'X = fe.standardize(data)\nprint( pkg.sub.deep.VALUE )\n';
  it.each([
    [code.indexOf('fe.'), 'fe'],
    [code.indexOf('standardize') + 3, 'fe.standardize'],
    [code.indexOf('standardize') + 'standardize'.length, 'fe.standardize'],
    [code.indexOf('data'), 'data'],
    [code.indexOf('sub'), 'pkg.sub'],
    [code.indexOf('VALUE') + 1, 'pkg.sub.deep.VALUE'],
    [code.indexOf('print(') + 2, 'print'],
    [code.indexOf(' = '), 'X']
  ])('at %d: %s', (offset, expected) => {
    expect(nameAt(code, offset)).toBe(expected);
  });

  it('gives nothing away from names', () => {
    expect(nameAt('x = 1 + 2\n', 6)).toBeUndefined();
    expect(nameAt("s = 'text'\n", 6)).toBeUndefined();
  });
});
