import { analyzePython } from './analyze';
import { analyzeRelevantPython } from './relevant';

/** The last call of `source` whose text is `text`. */
function callOf(source: string, text: string) {
  const calls = analyzePython(source).calls.filter(c => c.text === text);
  expect(calls.length).toBeGreaterThan(0);
  return calls[calls.length - 1];
}

describe('analyzePython: call resolution through imports', () => {
  const table: Array<[string, string, string | undefined]> = [
    ['import numpy as np\nnp.random.seed(0)', 'np.random.seed', 'numpy.random.seed'],
    ['import numpy\nnumpy.random.seed(0)', 'numpy.random.seed', 'numpy.random.seed'],
    ['import numpy.random\nnumpy.random.seed(0)', 'numpy.random.seed', 'numpy.random.seed'],
    ['import numpy.random as npr\nnpr.seed(0)', 'npr.seed', 'numpy.random.seed'],
    ['from numpy.random import seed as s\ns(1)', 's', 'numpy.random.seed'],
    ['from numpy.random import seed\nseed(1)', 'seed', 'numpy.random.seed'],
    ['from numpy import random\nrandom.seed(1)', 'random.seed', 'numpy.random.seed'],
    ['import random\nrandom.seed(1)', 'random.seed', 'random.seed'],
    ['import torch as T\nT.manual_seed(1)', 'T.manual_seed', 'torch.manual_seed'],
    ['import tensorflow as tf\ntf.keras.utils.set_random_seed(1)', 'tf.keras.utils.set_random_seed', 'tensorflow.keras.utils.set_random_seed'],
    ['from sklearn.model_selection import train_test_split as tts\ntts(X, y)', 'tts', 'sklearn.model_selection.train_test_split'],
    ['from sklearn import ensemble\nensemble.RandomForestClassifier()', 'ensemble.RandomForestClassifier', 'sklearn.ensemble.RandomForestClassifier'],
    ['import os, numpy as np\nnp.zeros(1)', 'np.zeros', 'numpy.zeros'],
    ['from . import helpers\nhelpers.set_seed(1)', 'helpers.set_seed', '.helpers.set_seed'],
    ['from .utils import set_seed\nset_seed(1)', 'set_seed', '.utils.set_seed'],
    ['from ..pkg.mod import f\nf()', 'f', '..pkg.mod.f'],
    ['from jax import random as jr\njr.PRNGKey(0)', 'jr.PRNGKey', 'jax.random.PRNGKey'],
    ['from x import (a as b,\n  c)\nb(); c()', 'c', 'x.c'],
    // Not imported, or imported after the call at module level: unresolved.
    ['np.random.seed(0)', 'np.random.seed', undefined],
    ['np.random.seed(0)\nimport numpy as np', 'np.random.seed', undefined],
    ['print(1)', 'print', undefined],
    // Attribute chains on call results are not resolved.
    ['import numpy as np\nnp.random.default_rng().integers(3)', 'np.random.default_rng().integers', undefined],
    ['import numpy as np\nnp.random.default_rng().integers(3)', 'np.random.default_rng', 'numpy.random.default_rng'],
    ['import numpy as np\nnp.arange(3)[0].item()', 'np.arange(3)[0].item', undefined],
    // Star imports bind nothing we can name.
    ['from numpy.random import *\nseed(0)', 'seed', undefined],
    // Rebinding shadows the import.
    ['import random\nrandom = Random(0)\nrandom.seed(1)', 'random.seed', undefined],
    ['import random\ndef random(): pass\nrandom()', 'random', undefined],
    ['import numpy as np\ndef f(np):\n    np.random.seed(0)', 'np.random.seed', undefined],
    // Inside a function, module imports count even when they come later in the file.
    ['def f():\n    np.random.seed(0)\nimport numpy as np', 'np.random.seed', 'numpy.random.seed'],
    // A function's own import binds only there.
    ['def f():\n    import torch as T\n    T.manual_seed(0)\nT.manual_seed(1)', 'T.manual_seed', undefined],
    ['def f():\n    import torch as T\n    T.manual_seed(0)', 'T.manual_seed', 'torch.manual_seed'],
    // Class bodies do not lend their names to methods.
    ['class A:\n    import numpy as np\n    def f(self):\n        np.zeros(1)', 'np.zeros', undefined]
  ];

  it.each(table)('%j: %s -> %s', (source, text, qualified) => {
    expect(callOf(source, text).qualified).toBe(qualified);
  });

  it('resolves decorator calls', () => {
    const call = callOf('import torch\n@torch.no_grad()\ndef f(): pass', 'torch.no_grad');
    expect(call).toMatchObject({ qualified: 'torch.no_grad', line: 2, positional: [] });
  });
});

describe('analyzePython: arguments', () => {
  it('gives positional and keyword argument text, and spreads', () => {
    const source =
      'from sklearn.model_selection import train_test_split\n' +
      'X_tr, X_te = train_test_split(X, y,\n    test_size=0.2,  # a comment\n    random_state=SEED)\n' +
      'f(*args, k=1)\ng(**kw)\nh(x for x in range(3))\ni(a, (b, c), d=[1, 2], e={"k": v})\nj(n := 3)';
    const calls = analyzePython(source).calls;
    const tts = calls.find(c => c.text === 'train_test_split');
    expect(tts).toEqual({
      text: 'train_test_split',
      qualified: 'sklearn.model_selection.train_test_split',
      line: 2,
      offset: source.indexOf('train_test_split(X'),
      positional: ['X', 'y'],
      keywords: { test_size: '0.2', random_state: 'SEED' },
      hasSpread: false
    });
    expect(calls.find(c => c.text === 'f')).toMatchObject({ positional: [], keywords: { k: '1' }, hasSpread: true });
    expect(calls.find(c => c.text === 'g')).toMatchObject({ positional: [], keywords: {}, hasSpread: true });
    expect(calls.find(c => c.text === 'h')?.positional).toEqual(['x for x in range(3)']);
    expect(calls.find(c => c.text === 'i')).toMatchObject({
      positional: ['a', '(b, c)'],
      keywords: { d: '[1, 2]', e: '{"k": v}' }
    });
    expect(calls.find(c => c.text === 'j')?.positional).toEqual(['n := 3']);
  });

  it('records nested calls in document order with their own arguments', () => {
    const calls = analyzePython('f(g(1), h(k=2))').calls;
    expect(calls.map(c => [c.text, c.offset, c.positional, c.keywords])).toEqual([
      ['f', 0, ['g(1)', 'h(k=2)'], {}],
      ['g', 2, ['1'], {}],
      ['h', 8, [], { k: '2' }]
    ]);
  });
});

describe('analyzePython: scopes', () => {
  it('names the enclosing def, dotted for methods and nested functions', () => {
    const source = [
      'seed(0)',
      'class Trainer:',
      '    setup(1)',
      '    def fit(self):',
      '        step(2)',
      '        def inner():',
      '            deep(3)',
      '        class Local:',
      '            def m(self):',
      '                local(4)',
      'async def run():',
      '    await go(5)',
      'x = lambda: lam(6)'
    ].join('\n');
    const calls = analyzePython(source).calls;
    expect(calls.map(c => [c.text, c.scope, c.line])).toEqual([
      ['seed', undefined, 1],
      ['setup', 'Trainer', 3],
      ['step', 'Trainer.fit', 5],
      ['deep', 'Trainer.fit.inner', 7],
      ['local', 'Trainer.fit.Local.m', 10],
      ['go', 'run', 12],
      ['lam', undefined, 13]
    ]);
  });

  it('runs defaults, decorators and base classes in the enclosing scope', () => {
    const calls = analyzePython('class A(make_base()):\n    def f(self, x=default()):\n        pass').calls;
    expect(calls.map(c => [c.text, c.scope])).toEqual([
      ['make_base', undefined],
      ['default', 'A']
    ]);
  });

  it('records imports with their scope', () => {
    const source = 'import numpy as np, os\nimport numpy.random\nfrom . import x\nfrom .m import y as z\nfrom k import *\ndef f():\n    import torch as T\nclass C:\n    def g(self):\n        from a.b import c';
    const at = (text: string) => source.indexOf(text);
    expect(analyzePython(source).imports).toEqual([
      { module: 'numpy', local: 'np', line: 1, offset: 7 },
      { module: 'os', local: 'os', line: 1, offset: 20 },
      { module: 'numpy.random', local: 'numpy', line: 2, offset: 30 },
      { module: '.', name: 'x', local: 'x', line: 3, offset: at('x\n') },
      { module: '.m', name: 'y', local: 'z', line: 4, offset: at('y as z') },
      { module: 'k', name: '*', local: '*', line: 5, offset: at('*') },
      { module: 'torch', local: 'T', line: 7, offset: at('torch'), scope: 'f' },
      { module: 'a.b', name: 'c', local: 'c', line: 10, offset: source.length - 1, scope: 'C.g' }
    ]);
  });

  // A package's optional integration (a citation tracker): imported in a try whose handler stubs it out.
  it('marks imports a try/except ImportError guards, and the fallbacks in such handlers, as optional', () => {
    const source = [
      'try:', '    from duecredit import due, BibTeX', 'except Exception as e:', '    due = None',
      'try:', '    import simplejson as json', 'except (ImportError, ModuleNotFoundError) as err:', '    import json',
      'try:', '    import required_one', 'except KeyError:', '    pass',
      'try:', '    import bare', 'except:', '    pass', 'finally:', '    import always',
      'def f():', '    try:', '        import torch', '    except ImportError:', '        torch = None',
      'import numpy'
    ].join('\n');
    const optional = analyzePython(source).imports.map(i => [i.name ?? i.module, !!i.optional]);
    expect(optional).toEqual([
      ['due', true], ['BibTeX', true], ['simplejson', true], ['json', true], ['required_one', false],
      ['bare', true], ['always', false], ['torch', true], ['numpy', false]
    ]);
  });
});

describe('analyzePython: functions and docstrings', () => {
  it('lists defs, classes and methods with docstring presence and visibility', () => {
    const source = [
      '"""Module docstring."""',
      'def public(a):',
      '    """Doc."""',
      '    return a',
      'def _private():',
      '    return 1',
      'class Model:',
      "    '''Class doc.'''",
      '    def __init__(self):',
      '        "init doc"',
      '    def __repr__(self):',
      '        return ""',
      '    @property',
      '    def size(self):',
      '        # comment first',
      '        """Still a docstring."""',
      '    def f_doc(self):',
      '        f"not {a} docstring"',
      '    def one_liner(self): "doc"',
      '    def grouped(self):',
      '        "doc"; x = 1',
      'def outer():',
      '    def inner():',
      '        "x" "y"',
      '    return inner',
      'def not_doc():',
      '    x = "text"'
    ].join('\n');
    expect(analyzePython(source).functions.map(f => [f.qualifiedName, f.kind, f.line, f.hasDocstring, f.isPublic])).toEqual([
      ['public', 'function', 2, true, true],
      ['_private', 'function', 5, false, false],
      ['Model', 'class', 7, true, true],
      ['Model.__init__', 'method', 9, true, true],
      ['Model.__repr__', 'method', 11, false, false],
      ['Model.size', 'method', 14, true, true],
      ['Model.f_doc', 'method', 17, false, true],
      ['Model.one_liner', 'method', 19, true, true],
      ['Model.grouped', 'method', 20, true, true],
      ['outer', 'function', 22, false, true],
      ['outer.inner', 'function', 23, true, true],
      ['not_doc', 'function', 26, false, true]
    ]);
  });
});

describe('analyzePython: assignments', () => {
  it('records plain, annotated, augmented, chained, attribute and tuple targets', () => {
    const source = [
      'import torch',
      'import os as o',
      'SEED = 42',
      'torch.backends.cudnn.deterministic = True',
      'o.environ["CUBLAS_WORKSPACE_CONFIG"] = ":4096:8"',
      'lr: float = 1e-3',
      'n: int',
      'count += 1',
      'a = b = 0',
      'x, (y, z) = 1, (2, 3)',
      'p, *rest = items',
      '[u, v] = pair',
      'self.model = make()',
      'def f():',
      '    torch.backends.cudnn.benchmark = False'
    ].join('\n');
    const rows = analyzePython(source).assignments.map(a => [a.target, a.qualified, a.value, a.line, a.scope, a.op]);
    expect(rows).toEqual([
      ['SEED', undefined, '42', 3, undefined, undefined],
      ['torch.backends.cudnn.deterministic', 'torch.backends.cudnn.deterministic', 'True', 4, undefined, undefined],
      ['o.environ["CUBLAS_WORKSPACE_CONFIG"]', 'os.environ["CUBLAS_WORKSPACE_CONFIG"]', '":4096:8"', 5, undefined, undefined],
      ['lr', undefined, '1e-3', 6, undefined, undefined],
      ['count', undefined, '1', 8, undefined, '+='],
      ['a', undefined, '0', 9, undefined, undefined],
      ['b', undefined, '0', 9, undefined, undefined],
      ['x', undefined, '1', 10, undefined, undefined],
      ['y', undefined, '2', 10, undefined, undefined],
      ['z', undefined, '3', 10, undefined, undefined],
      ['p', undefined, 'items', 11, undefined, undefined],
      ['rest', undefined, 'items', 11, undefined, undefined],
      ['u', undefined, 'pair', 12, undefined, undefined],
      ['v', undefined, 'pair', 12, undefined, undefined],
      ['self.model', undefined, 'make()', 13, undefined, undefined],
      ['torch.backends.cudnn.benchmark', 'torch.backends.cudnn.benchmark', 'False', 15, 'f', undefined]
    ]);
  });

  it('gives offsets in document order', () => {
    const source = 'a = 1\nb, c = 2, 3';
    expect(analyzePython(source).assignments.map(a => a.offset)).toEqual([0, 6, 9]);
  });
});

describe('analyzePython: strings', () => {
  it('gives values without quotes or prefixes, f-string fields as {}', () => {
    const source = [
      'a = "/data/raw.csv"',
      "b = r'C:\\data'",
      'c = """multi',
      'line"""',
      'd = f"{root}/out/{name!r:>10}.png"',
      "e = b'bytes'",
      'g = "x" \'y\'',
      "h = ''"
    ].join('\n');
    expect(analyzePython(source).strings.map(s => [s.value, s.line])).toEqual([
      ['/data/raw.csv', 1],
      ['C:\\data', 2],
      ['multi\nline', 3],
      ['{}/out/{}.png', 5],
      ['bytes', 6],
      ['x', 7],
      ['y', 7],
      ['', 8]
    ]);
  });

  it('keeps an unterminated string without inventing quotes', () => {
    expect(analyzePython('x = "abc\ny = 1').strings[0].value).toBe('abc');
  });
});

describe('analyzePython: syntax errors', () => {
  it('reports the lines where the parser recovered and keeps reading', () => {
    const result = analyzePython('import numpy as np\nx = = 1\nnp.random.seed(0)\ndef f(:\n    pass\n');
    expect(result.syntaxErrors).toEqual([2, 4]);
    expect(result.calls.map(c => c.qualified)).toEqual(['numpy.random.seed']);
  });

  it('does not report valid Python the parser finds odd', () => {
    const source =
      'def g():\n    yield\n    x = (yield)\nv = 20.\nw = f(2.)\n\f\nmatch p:\n    case Point():\n        pass\n' +
      'e = 1.e5 + 2.j + 1_0.\ns = "2." # 3.\n';
    const result = analyzePython(source);
    expect(result.syntaxErrors).toEqual([]);
    expect(result.assignments.map(a => [a.target, a.value])).toEqual([
      ['x', '(yield)'],
      ['v', '20.'],
      ['w', 'f(2.)'],
      ['e', '1.e5 + 2.j + 1_0.'],
      ['s', '"2."']
    ]);
    expect(result.calls.map(c => c.positional)).toEqual([['2.']]);
  });

  it('handles empty and whitespace-only sources', () => {
    expect(analyzePython('')).toEqual({ imports: [], calls: [], assignments: [], functions: [], strings: [], asserts: [], syntaxErrors: [] });
    expect(analyzePython('\n\n   \n# only a comment\n').syntaxErrors).toEqual([]);
  });
});

describe('analyzePython: docstrings and asserts', () => {
  it('marks the literals of module, class and function docstrings, and no other string', () => {
    const source =
      '"""Module doc.\n\n>>> 1 + 1\n2\n"""\nPROMPT = ">>> "\n\nclass Net:\n    "Net " "doc."\n\n' +
      '    def forward(self, x):\n        """Forward.\n\n        >>> Net().forward(1)\n        """\n        print(">>> shape", x)\n        return x\n';
    const strings = analyzePython(source).strings.map(s => [s.line, !!s.docstring]);
    expect(strings).toEqual([
      [1, true],
      [6, false],
      [9, true],
      [9, true],
      [12, true],
      [16, false]
    ]);
  });

  it('lists assert statements with their scope, also inside function bodies the prescan would drop', () => {
    const source = 'import numpy as np\nassert np.__version__\n\ndef check(a):\n    total = a + 1\n    assert total > 1, "too small"\n    return total\n';
    expect(analyzePython(source).asserts).toEqual([
      { line: 2, offset: 19 },
      { line: 6, offset: 78, scope: 'check' }
    ]);
    expect(analyzeRelevantPython(source).asserts).toEqual(analyzePython(source).asserts);
  });
});
