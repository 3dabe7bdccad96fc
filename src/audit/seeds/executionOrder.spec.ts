import { analyzePython } from '../python/analyze';
import type { AnalysedUnit } from './analysedUnit';
import { callsInExecutionOrder } from './executionOrder';
import { RepoModules } from './repoModules';

function script(path: string, source: string): AnalysedUnit {
  return { path, kind: 'script', analysis: analyzePython(source), evidence: line => ({ path, line }) };
}

function order(source: string): string[] {
  return callsInExecutionOrder(script('main.py', source)).map(r => r.call.text);
}

describe('callsInExecutionOrder within one unit', () => {
  test.each<[string, string[]]>([
    ['c()\nd()', ['c', 'd']],
    ['def f():\n    a()\n    b()\nc()\nf()\nd()', ['c', 'f', 'a', 'b', 'd']],
    // A function defined but never called adds nothing.
    ['def f():\n    a()\nc()', ['c']],
    // Each function runs once per unit: its later runs add no new first use.
    ['def f():\n    a()\nf()\nf()', ['f', 'a', 'f']],
    ['def f():\n    f()\nf()', ['f', 'f']],
    ['def outer():\n    def inner():\n        a()\n    inner()\nouter()', ['outer', 'inner', 'a']],
    // Classes run their __init__, and methods called through self.
    [
      'class Net:\n    def __init__(self):\n        self.build()\n        x()\n    def build(self):\n        y()\nnet = Net()',
      ['Net', 'self.build', 'y', 'x']
    ],
    // A function passed by name to a module-level call runs there (fire.Fire(main)).
    ['import fire\ndef main():\n    a()\nfire.Fire(main)', ['fire.Fire', 'a']],
    ['def main():\n    a()\nif __name__ == "__main__":\n    main()', ['main', 'a']],
    // Methods of an object a repo class made, through an alias of the class; calling the object runs forward.
    [
      'class Exp:\n    def __init__(self):\n        a()\n    def train(self):\n        b()\nE = Exp\nexp = E()\nexp.train()',
      ['E', 'a', 'exp.train', 'b']
    ],
    ['class Net:\n    def forward(self, x):\n        d()\nnet = Net()\nnet(1)\nother(2)', ['Net', 'net', 'd', 'other']],
    // An object not made by a repo class: its methods are someone else's.
    ['import torch\nnet = torch.nn.Linear(2, 2)\nnet.train()', ['torch.nn.Linear', 'net.train']]
  ])('%j', (source, expected) => {
    expect(order(source)).toEqual(expected);
  });

  test('calls reached through a helper carry the call site', () => {
    const reached = callsInExecutionOrder(script('main.py', 'def f():\n    a()\nf()'));
    expect(reached[1].call.text).toBe('a');
    expect(reached[1].via.map(s => [s.text, s.line])).toEqual([['f()', 3]]);
  });
});

describe('callsInExecutionOrder across repo modules', () => {
  const utils = script('utils.py', 'import numpy as np\ndef set_seed(s):\n    np.random.seed(s)\ndef other():\n    boom()');
  const config = script(
    'config.py',
    'import numpy as np\nnp.random.seed(0)\nif __name__ == "__main__":\n    np.random.rand()'
  );
  const helpers = script('pkg/helpers.py', 'import random\ndef seed_all():\n    random.seed(1)');

  test('a helper imported from another module runs its body at the call', () => {
    const train = script('train.py', 'from utils import set_seed\nimport numpy as np\nset_seed(0)\nnp.random.rand()');
    const reached = callsInExecutionOrder(train, new RepoModules([utils, train]));
    expect(reached.map(r => [r.call.text, r.unit.path])).toEqual([
      ['set_seed', 'train.py'],
      ['np.random.seed', 'utils.py'],
      ['np.random.rand', 'train.py']
    ]);
    expect(reached[1].via).toEqual([{ unit: train, line: 3, text: 'set_seed()' }]);
  });

  test('`import module` then `module.fn()` resolves too', () => {
    const train = script('train.py', 'import utils\nutils.set_seed(0)');
    const reached = callsInExecutionOrder(train, new RepoModules([utils, train]));
    expect(reached.map(r => r.call.text)).toEqual(['utils.set_seed', 'np.random.seed']);
  });

  test("an imported module's top-level code runs at the import, without its __main__ block", () => {
    const train = script('train.py', 'import config\nimport numpy as np\nnp.random.rand()');
    const reached = callsInExecutionOrder(train, new RepoModules([config, train]));
    expect(reached.map(r => [r.call.text, r.call.line, r.unit.path])).toEqual([
      ['np.random.seed', 2, 'config.py'],
      ['np.random.rand', 3, 'train.py']
    ]);
    expect(reached[0].via.map(s => s.text)).toEqual(['import config']);
  });

  test("an imported class's object: its constructor, then the method called on it, in the class's module", () => {
    const model = script('models/attn.py', 'import torch\nclass Attention:\n    def __init__(self):\n        self.drop = torch.nn.Dropout(0.1)\n    def forward(self, q):\n        return torch.randint(4, (2, 2))');
    const main = script('main.py', 'from models.attn import Attention\nExp = Attention\nnet = Exp()\nnet(0)');
    const reached = callsInExecutionOrder(main, new RepoModules([model, main]));
    expect(reached.map(r => [r.call.text, r.unit.path])).toEqual([
      ['Exp', 'main.py'],
      ['torch.nn.Dropout', 'models/attn.py'],
      ['net', 'main.py'],
      ['torch.randint', 'models/attn.py']
    ]);
  });

  test('relative imports inside a package', () => {
    const train = script('pkg/train.py', 'from .helpers import seed_all\nseed_all()');
    const reached = callsInExecutionOrder(train, new RepoModules([helpers, train]));
    expect(reached.map(r => r.call.text)).toEqual(['seed_all', 'random.seed']);
  });

  test('without the repo modules, only the unit itself is followed', () => {
    const train = script('train.py', 'from utils import set_seed\nset_seed(0)');
    expect(callsInExecutionOrder(train).map(r => r.call.text)).toEqual(['set_seed']);
  });
});
