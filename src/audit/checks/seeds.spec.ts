import { auditWith } from '../__tests__/checkHarness';
import type { MemoryRepoSpec } from '../memoryReader';
import type { CheckResult } from '../report';
import { seedsCheck } from './seeds';

const seedsOf = (files: MemoryRepoSpec['files']): Promise<CheckResult> => auditWith(seedsCheck, files);

/** A notebook (nbformat 4) with the given cells; strings are code cells, `{ md }` markdown ones. */
function notebook(cells: Array<string | { md: string }>): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', language: 'python' }, language_info: { name: 'python' } },
    cells: cells.map(c =>
      typeof c === 'string'
        ? { cell_type: 'code', source: c, metadata: {}, outputs: [], execution_count: null }
        : { cell_type: 'markdown', source: c.md, metadata: {} }
    )
  });
}

const SEEDED_SCRIPT = `import random
import numpy as np
import torch
from sklearn.model_selection import train_test_split

SEED = 42
random.seed(SEED)
np.random.seed(SEED)
torch.manual_seed(SEED)

X = np.random.rand(10, 2)
model = torch.nn.Linear(2, 1)
X_train, X_test = train_test_split(X, random_state=SEED)
random.shuffle(order)
`;

describe('seeds check', () => {
  test('a repo that draws no random numbers: na', async () => {
    const result = await seedsOf({
      'README.md': '# Arrays only',
      'stats.py': 'import numpy as np\nimport random\nx = np.zeros(3)\nprint(np.mean(x))\n'
    });
    expect(result.status).toBe('na');
    expect(result.summary).toBe('No code draws random numbers');
    expect(result.findings).toEqual([]);
  });

  test('a repo with no Python at all: na', async () => {
    const result = await seedsOf({ 'README.md': '# Nothing' });
    expect(result.status).toBe('na');
  });

  test('everything seeded before first use: pass, listing what is seeded', async () => {
    const result = await seedsOf({ 'train.py': SEEDED_SCRIPT });
    expect(result.status).toBe('pass');
    expect(result.summary).toBe('3 of 3 generators seeded before first use; 1 of 1 calls that take a seed get a fixed one');
    expect(result.findings).toEqual([
      {
        status: 'pass',
        message: 'Seeded before first use: NumPy, PyTorch, Python random; fixed seed on every scikit-learn call (1)',
        path: 'train.py'
      }
    ]);
    expect(result.id).toBe('seeds');
    expect(result.sources.map(s => s.title)).toEqual(
      expect.arrayContaining([expect.stringContaining('Tatman'), expect.stringContaining('Controlling randomness')])
    );
  });

  test('nothing seeded: fail, one finding per framework at its first draw', async () => {
    const result = await seedsOf({
      'train.py': `import numpy as np
import torch

x = np.random.rand(3)
y = np.random.rand(3)
net = torch.nn.Conv2d(3, 8, 3)
`
    });
    expect(result.status).toBe('fail');
    expect(result.findings).toEqual([
      {
        status: 'fail',
        message: 'NumPy draws random numbers at line 4 (np.random.rand) before any np.random.seed',
        path: 'train.py',
        line: 4,
        fix: 'seeds'
      },
      {
        status: 'fail',
        message: 'PyTorch draws random numbers at line 6 (torch.nn.Conv2d) before any torch.manual_seed',
        path: 'train.py',
        line: 6,
        fix: 'seeds'
      }
    ]);
  });

  test('some files seeded, others not: warn', async () => {
    const result = await seedsOf({
      'a.py': 'import numpy as np\nnp.random.seed(0)\nnp.random.rand()\n',
      'b.py': 'import numpy as np\nnp.random.rand()\n'
    });
    expect(result.status).toBe('warn');
    // No finding is shown worse than its item (itemStatus.ts).
    expect(result.findings.map(f => [f.status, f.path, f.line])).toEqual([
      ['warn', 'b.py', 2],
      ['pass', 'a.py', undefined]
    ]);
  });

  test('seeded after first use: the finding names the late seed', async () => {
    const result = await seedsOf({ 'a.py': 'import random\nrandom.shuffle(x)\nrandom.seed(1)\n' });
    expect(result.status).toBe('fail');
    expect(result.findings[0].message).toBe(
      'Python random draws random numbers at line 2 (random.shuffle) before it is seeded (random.seed at line 3)'
    );
  });

  test('a seed from the clock does not count', async () => {
    const result = await seedsOf({
      'a.py': 'import numpy as np\nimport time\nnp.random.seed(int(time.time()))\nnp.random.rand()\n'
    });
    expect(result.status).toBe('fail');
    expect(result.findings[0].message).toBe(
      'NumPy draws random numbers at line 4 (np.random.rand), but np.random.seed at line 3 takes its seed from time.time()'
    );
  });

  test('notebook: a seed in a later cell than the first draw is a finding at that cell and line', async () => {
    const result = await seedsOf({
      'analysis.ipynb': notebook([
        { md: '# Experiment' },
        'import numpy as np\nx = np.random.rand(3)',
        { md: 'Now seed' },
        'np.random.seed(0)\ny = np.random.rand(3)'
      ])
    });
    expect(result.status).toBe('fail');
    expect(result.findings).toEqual([
      {
        status: 'fail',
        message:
          'NumPy draws random numbers at cell 2, line 2 (np.random.rand) before it is seeded (np.random.seed at cell 4, line 1)',
        path: 'analysis.ipynb',
        cell: 1,
        line: 2,
        fix: 'seeds'
      }
    ]);
  });

  test('notebook: a seed cell first passes', async () => {
    const result = await seedsOf({
      'analysis.ipynb': notebook(['import numpy as np\nnp.random.seed(0)', 'x = np.random.rand(3)'])
    });
    expect(result.status).toBe('pass');
    expect(result.findings).toEqual([
      { status: 'pass', message: 'Seeded before first use: NumPy', path: 'analysis.ipynb' }
    ]);
  });

  test('a seeding helper imported from another module counts for what it seeds', async () => {
    const result = await seedsOf({
      'utils.py': 'import random\nimport numpy as np\n\ndef set_seed(s):\n    random.seed(s)\n    np.random.seed(s)\n',
      'train.py': 'import numpy as np\nimport torch\nfrom utils import set_seed\nset_seed(1)\nnp.random.rand()\ntorch.rand(2)\n'
    });
    expect(result.status).toBe('warn');
    expect(result.findings.map(f => [f.status, f.message])).toEqual([
      ['warn', 'PyTorch draws random numbers at line 6 (torch.rand) before any torch.manual_seed'],
      ['pass', 'Seeded before first use: NumPy']
    ]);
  });

  test('a draw inside a function of another module is reported at the call, with the draw as evidence', async () => {
    const result = await seedsOf({
      'data.py': 'import numpy as np\n\ndef load(x):\n    np.random.shuffle(x)\n    return x\n',
      'train.py': 'from data import load\nitems = load([1, 2, 3])\n'
    });
    expect(result.status).toBe('fail');
    expect(result.findings).toEqual([
      {
        status: 'fail',
        message: 'NumPy draws random numbers at line 2 (load() runs np.random.shuffle in data.py, line 4) before any np.random.seed',
        path: 'train.py',
        line: 2,
        evidence: [{ path: 'data.py', line: 4 }],
        fix: 'seeds'
      }
    ]);
  });

  test('a draw inside a function of the same unit is reported at the draw, with the call as evidence', async () => {
    const result = await seedsOf({
      'train.py': 'import numpy as np\n\ndef main():\n    x = np.random.rand()\n\nif __name__ == "__main__":\n    main()\n'
    });
    expect(result.findings[0]).toEqual({
      status: 'fail',
      message: 'NumPy draws random numbers at line 4 (np.random.rand, run by main() at line 7) before any np.random.seed',
      path: 'train.py',
      line: 4,
      evidence: [{ path: 'train.py', line: 7 }],
      fix: 'seeds'
    });
  });

  test('scikit-learn calls: random_state missing or None are findings, conditions respected', async () => {
    const result = await seedsOf({
      'model.py': `from sklearn.model_selection import KFold, train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.svm import SVC

kf = KFold(5, shuffle=False)
kf2 = KFold(5, shuffle=True)
parts = train_test_split(X, y, random_state=None)
svc = SVC()
rf = RandomForestClassifier(n_estimators=10, random_state=0)
rf2 = RandomForestClassifier(**params)
`
    });
    expect(result.status).toBe('warn');
    expect(result.summary).toBe('2 of 4 calls that take a seed get a fixed one');
    expect(result.findings).toEqual([
      { status: 'warn', message: 'KFold at line 6 has no random_state', path: 'model.py', line: 6, fix: 'seeds' },
      {
        status: 'warn',
        message: 'train_test_split at line 7 passes random_state=None',
        path: 'model.py',
        line: 7,
        fix: 'seeds'
      }
    ]);
  });

  test('scikit-learn calls all missing random_state: fail', async () => {
    const result = await seedsOf({
      'model.py': 'from sklearn.cluster import KMeans\nkm = KMeans(3)\n'
    });
    expect(result.status).toBe('fail');
  });

  test('default_rng() without a seed is always a finding, even after np.random.seed', async () => {
    const result = await seedsOf({
      'a.py': 'import numpy as np\nnp.random.seed(0)\nrng = np.random.default_rng()\nrng2 = np.random.default_rng(42)\n'
    });
    expect(result.status).toBe('warn');
    expect(result.findings).toEqual([
      {
        status: 'warn',
        message: 'np.random.default_rng() at line 3 has no seed: the global np.random.seed does not reach it',
        path: 'a.py',
        line: 3,
        fix: 'seeds'
      },
      { status: 'pass', message: 'Seeded with a fixed value (no draw of its own in view): NumPy', path: 'a.py' }
    ]);
  });

  test('a framework seeded with a fixed value whose draws no call shows is there and seeded, not "no randomness"', async () => {
    // The shape of TF1 paper code: seeds at the top of train.py, draws in initialisers built inside layer classes.
    const result = await seedsOf({
      'train.py': 'import numpy as np\nimport tensorflow as tf\nfrom models import GCN\nseed = 123\nnp.random.seed(seed)\ntf.set_random_seed(seed)\nmodel = GCN(placeholders)\n',
      'models.py': 'class GCN(object):\n    def __init__(self, placeholders):\n        self.layers = []\n'
    });
    expect(result.status).toBe('pass');
    expect(result.findings).toEqual([
      { status: 'pass', message: 'Seeded with a fixed value (no draw of its own in view): NumPy, TensorFlow/Keras', path: 'train.py' }
    ]);
  });

  test('JAX keys built from the clock are findings; fixed keys are not', async () => {
    const result = await seedsOf({
      'j.py': 'import jax\nimport time\nk1 = jax.random.PRNGKey(0)\nk2 = jax.random.key(int(time.time()))\n'
    });
    expect(result.status).toBe('warn');
    expect(result.findings.map(f => [f.status, f.message, f.line])).toEqual([
      ['warn', 'jax.random.key() at line 4 takes its seed from time.time()', 4]
    ]);
  });

  test('boosting libraries without a seed are findings', async () => {
    const result = await seedsOf({
      'b.py': 'import xgboost as xgb\nfrom catboost import CatBoostClassifier\nm = xgb.XGBClassifier()\nc = CatBoostClassifier(random_seed=3)\n'
    });
    expect(result.status).toBe('warn');
    expect(result.findings.map(f => [f.status, f.message])).toEqual([
      ['warn', 'xgb.XGBClassifier at line 3 has no random_state or seed'],
      ['pass', 'Fixed seed on every CatBoost call (1)']
    ]);
  });

  test('files that cannot be read or parsed do not stop the check', async () => {
    const result = await seedsOf({
      'bin.py': new Uint8Array([0, 1, 2, 0, 255]),
      'latin.py': new Uint8Array([0x23, 0x20, 0xe9, 0x0a]),
      'broken.py': 'import numpy as np\ndef f(:\n    pass\nnp.random.rand(\n',
      'bad.ipynb': '{ not json',
      'ok.py': 'import random\nrandom.seed(0)\nrandom.random()\n'
    });
    expect(['pass', 'warn', 'fail']).toContain(result.status);
    expect(result.findings.some(f => f.path === 'ok.py' && f.status === 'pass')).toBe(true);
  });

  test('never reports PYTHONHASHSEED as a failure', async () => {
    const result = await seedsOf({
      'a.py': 'import os, random\nos.environ["PYTHONHASHSEED"] = "0"\nrandom.seed(0)\nrandom.random()\n'
    });
    expect(result.status).toBe('pass');
    expect(result.findings.every(f => !f.message.includes('PYTHONHASHSEED'))).toBe(true);
  });

  test('recognises dask as a framework, seeded through its generators, random_state and da.random.seed', async () => {
    // A dask tutorial-style notebook: arrays from a seeded RandomState, a seeded sample, a dask-ml split.
    const result = await seedsOf({
      'dask_demo.ipynb': notebook([
        'import dask.array as da\nimport dask.dataframe as dd\nfrom dask_ml.model_selection import train_test_split',
        'rs = da.random.RandomState(42)\nx = rs.normal(10, 0.1, size=(20000, 20000), chunks=(1000, 1000))',
        'df = dd.read_csv("data/*.csv")\nsmall = df.sample(frac=0.01, random_state=0)',
        'X_train, X_test = train_test_split(x, random_state=0)',
        'da.random.seed(3)\ny = da.random.random((100, 100), chunks=10)'
      ])
    });
    expect(result.status).toBe('pass');
    expect(result.findings).toEqual([{ status: 'pass', message: 'Fixed seed on every Dask call (4)', path: 'dask_demo.ipynb' }]);
  });

  test('flags dask draws without a seed', async () => {
    const result = await seedsOf({
      'blobs.py':
        'import dask.array as da\nfrom dask_ml.cluster import KMeans\n' +
        'x = da.random.normal(0, 1, size=(1000, 2), chunks=100)\nrng = da.random.default_rng()\nkm = KMeans(n_clusters=3)\n'
    });
    expect(result.status).toBe('fail');
    expect(result.findings.map(f => [f.status, f.message, f.fix])).toEqual([
      ['warn', "da.random.normal at line 3 draws from dask.array.random's hidden generator with no da.random.seed(...) before it", undefined],
      ['fail', 'da.random.default_rng() at line 4 has no seed: the global seed does not reach it', 'seeds'],
      ['warn', 'KMeans at line 5 has no random_state', 'seeds']
    ]);
  });

  test('leaves randomness in tests and in a vendored library aside', async () => {
    // The results code is seeded; the tests draw fixtures at random, as property tests often do.
    const result = await seedsOf({
      'train.py': 'import numpy as np\nnp.random.seed(0)\nw = np.random.randn(3)\n',
      'tests/test_model.py': 'import numpy as np\n\ndef test_shapes():\n    x = np.random.randn(4, 3)\n    assert x.shape == (4, 3)\n',
      'test_utils.py': 'import random\nITEMS = [1, 2, 3]\nrandom.shuffle(ITEMS)\n\ndef test_items():\n    assert sorted(ITEMS) == [1, 2, 3]\n',
      'LICENSE': 'MIT License\nCopyright (c) 2023 Study Authors\n',
      'vendor/augment_lib/setup.py': 'from setuptools import setup\n',
      'vendor/augment_lib/LICENSE': 'Apache License 2.0\n',
      'vendor/augment_lib/augment_lib/ops.py': 'import random\ndef flip(img):\n    return img if random.random() < 0.5 else img[::-1]\nflip([1])\n'
    });
    expect(result.status).toBe('pass');
    expect(result.findings.map(f => f.path)).toEqual(['train.py']);
  });

  test('judges a test-named experiment script that holds no test', async () => {
    // A sequence-model repo's add_test.py trains and evaluates: it is no test, its randomness counts.
    const result = await seedsOf({
      'adding_problem/add_test.py':
        'import numpy as np\nimport torch\ntorch.manual_seed(1)\nw = torch.randn(2, 1)\nX = np.random.rand(100, 2)\n'
    });
    expect(result.status).toBe('warn');
    // The one rule between an item and its findings: none is shown worse than its warning item.
    expect(result.findings[0]).toMatchObject({ status: 'warn', path: 'adding_problem/add_test.py', line: 5 });
  });

  test('with randomness only in tests, the item does not apply', async () => {
    const result = await seedsOf({
      'analysis.py': 'import pandas as pd\ndf = pd.read_csv("a.csv")\n',
      'tests/test_analysis.py': 'import numpy as np\n\nSAMPLE = np.random.rand(100)\n\ndef test_mean():\n    assert SAMPLE.mean() < 1\n'
    });
    expect(result.status).toBe('na');
  });

  test('a scikit-learn call without random_state after a fixed global NumPy seed is seeded', async () => {
    // An autograd demo notebook: NumPy seeded in one cell, the toy data drawn by make_moons in the next.
    const seeded = await seedsOf({
      'demo.ipynb': notebook([
        'import random\nimport numpy as np\nfrom sklearn.datasets import make_moons',
        'np.random.seed(1337)\nrandom.seed(1337)',
        'X, y = make_moons(n_samples=100, noise=0.1)\ny = y * 2 - 1'
      ])
    });
    expect(seeded.status).toBe('pass');
    expect(seeded.findings).toEqual([
      {
        status: 'pass',
        message: 'Seeded with a fixed value (no draw of its own in view): NumPy, Python random; fixed seed on every scikit-learn call (1)',
        path: 'demo.ipynb'
      }
    ]);
    // Drawn before the seed: the global seed does not reach it.
    const early = await seedsOf({
      'demo.ipynb': notebook(['import numpy as np\nfrom sklearn.datasets import make_moons', 'X, y = make_moons(n_samples=100)', 'np.random.seed(0)'])
    });
    // Drawn before the seed: nothing is seeded, and the failing item says so above its warning.
    expect(early.findings.map(f => [f.status, f.message])).toEqual([
      ['fail', '0 of 1 calls that take a seed get a fixed one'],
      ['warn', 'make_moons at cell 2, line 1 has no random_state']
    ]);
  });
});

describe('seeds check: R', () => {
  // An investigation's R Markdown: a random forest fit after set.seed; and a script that samples first.
  const rmd = ['---', 'title: planes', '---', '```{r}', 'library(randomForest)', '# reproducible fit', 'set.seed(415)', 'fit <- randomForest(class ~ ., data = train)', '```', ''].join('\n');
  const script = ['library(dplyr)', 'picked <- sample(ids, 10)', 'set.seed(1)', ''].join('\n');

  test('set.seed before the first draw passes; a draw before any set.seed fails at its line', async () => {
    const seeded = await seedsOf({ 'index.Rmd': rmd });
    expect(seeded).toMatchObject({ status: 'pass', summary: '1 of 1 generators seeded before first use' });
    expect(seeded.findings).toEqual([{ status: 'pass', message: 'Seeded before first use: R (set.seed before randomForest)', path: 'index.Rmd' }]);
    const both = await seedsOf({ 'index.Rmd': rmd, 'R/pick.R': script });
    expect(both.status).toBe('warn');
    expect(both.findings[0]).toMatchObject({ path: 'R/pick.R', line: 2, message: 'R draws random numbers at line 2 (sample) before any set.seed' });
  });

  test("caret's train draws only where caret is loaded; an R test file and code without draws say nothing", async () => {
    const caret = await seedsOf({ 'analysis.R': 'library(caret)\nfit <- train(y ~ ., data = d, method = "rpart")\n' });
    expect(caret.findings[0]).toMatchObject({ status: 'fail', line: 2, message: 'R draws random numbers at line 2 (train) before any set.seed' });
    const other = await seedsOf({ 'model.R': 'fit <- train(d)\nsummary(fit)\n', 'tests/testthat/test-x.R': 'x <- runif(3)\n' });
    expect(other.status).toBe('na');
  });
});

describe('seeds check: draws no traced run reaches', () => {
  // Paper code whose model is picked from a dict and run through `self.model(x)`: no call order reaches its layers.
  const model = [
    'import torch',
    'import torch.nn as nn',
    'class ProbAttention(nn.Module):',
    '    def __init__(self, p=0.1):',
    '        super().__init__()',
    '        self.dropout = nn.Dropout(p)',
    '    def forward(self, q, k):',
    '        index = torch.randint(k.shape[0], (q.shape[0], 5))',
    '        return self.dropout(q[index])',
    ''
  ].join('\n');
  const main = 'from models.attn import ProbAttention\nMODELS = {"attn": ProbAttention}\nnet = MODELS["attn"]()\n';

  test('a framework drawn from only there, and seeded nowhere in the repo: fail, at the first draw', async () => {
    const result = await seedsOf({ 'models/__init__.py': '', 'models/attn.py': model, 'main.py': main });
    expect(result.status).toBe('fail');
    expect(result.findings).toEqual([
      expect.objectContaining({
        status: 'fail',
        path: 'models/attn.py',
        line: 6,
        message: 'PyTorch draws random numbers (nn.Dropout in ProbAttention.__init__, line 6) and no code of the repo calls torch.manual_seed'
      })
    ]);
  });

  test("a model class's layers alone (weights a checkpoint replaces, as in an inference package) are not judged", async () => {
    const inference = 'import torch\nimport torch.nn as nn\nclass Encoder(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.proj = nn.Linear(512, 256)\n        self.pos = nn.Parameter(torch.randn(77, 512))\n        self.init_weights()\n    def init_weights(self):\n        nn.init.normal_(self.proj.weight, std=0.02)\n';
    expect((await seedsOf({ 'clip/model.py': inference })).status).toBe('na');
  });

  test('a plain function nothing calls is not judged (a scraper helper busting a cache)', async () => {
    const scraper = 'import random\ndef fetch(url):\n    return url + "?v=" + str(random.random())\n';
    const result = await seedsOf({ 'scrapers/site.py': scraper });
    expect(result.status).toBe('na');
  });

  test('seeded anywhere in the repo: the order cannot be judged, so nothing is said of those draws', async () => {
    const seeded = 'import torch\ntorch.manual_seed(0)\n' + main;
    const result = await seedsOf({ 'models/__init__.py': '', 'models/attn.py': model, 'main.py': seeded });
    expect(result.findings.filter(f => f.message.includes('no code of the repo calls'))).toEqual([]);
    expect(result.status).toBe('pass');
  });
});

describe('seedsCheck: GPU determinism (advice)', () => {
  const train = 'import torch\ntorch.manual_seed(0)\ndevice = "cuda" if torch.cuda.is_available() else "cpu"\nmodel = torch.nn.Linear(2, 1).to(device)\nx = torch.randn(4, 2)\n';

  it('advises a determinism switch where seeded PyTorch runs on the GPU, without changing the item', async () => {
    const result = await seedsOf({ 'train.py': train });
    const advice = result.findings.filter(f => f.message.includes('GPU'));
    expect(advice).toEqual([expect.objectContaining({ status: 'info', path: 'train.py', line: 3, fix: 'seeds' })]);
    expect(result.status).toBe('pass');
  });

  it('is quiet once a switch is set anywhere in the repo, and for CPU-only code', async () => {
    const switched = await seedsOf({ 'train.py': train, 'setup_env.py': 'import torch\ntorch.backends.cudnn.deterministic = True\n' });
    expect(switched.findings.some(f => f.message.includes('GPU'))).toBe(false);
    const cpu = await seedsOf({ 'train.py': 'import torch\ntorch.manual_seed(0)\nx = torch.randn(4, 2)\n' });
    expect(cpu.findings.some(f => f.message.includes('GPU'))).toBe(false);
  });
});
