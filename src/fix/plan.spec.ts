import { analyzePython } from '../audit/python/analyze';
import { applySeedPlan } from './apply';
import { cellsOf, notebookText, TestCell } from './__tests__/notebooks';
import { SeedPlan, SeedPlanOptions, planSeedFix } from './plan';

/** Plan and apply the fix of a script; the fixed text and the plan. */
function fixScript(text: string, options: SeedPlanOptions = {}, path = 'train.py'): { plan: SeedPlan; fixed: string } {
  const plan = planSeedFix({ path, text }, options);
  return { plan, fixed: applySeedPlan(text, plan) };
}

function fixNotebook(cells: TestCell[], options: SeedPlanOptions = {}): { plan: SeedPlan; fixed: string; text: string } {
  const text = notebookText(cells);
  const plan = planSeedFix({ path: 'nb.ipynb', text }, options);
  return { plan, fixed: applySeedPlan(text, plan), text };
}

/** The lines between the block's markers, without the comment lines. */
function blockCode(fixed: string): string[] {
  const lines = fixed.split(/\r?\n/);
  const begin = lines.indexOf('# repro-audit: seeds begin');
  const end = lines.indexOf('# repro-audit: seeds end');
  expect(begin).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(begin);
  return lines.slice(begin + 1, end).filter(l => !l.startsWith('#'));
}

function seedCellCode(fixed: string): string[] {
  const cell = cellsOf(fixed).find(c => c.tags.includes('repro-audit:seeds'));
  expect(cell).toBeDefined();
  return cell!.source.split('\n').filter(l => !l.startsWith('#'));
}

/** Fixing the fixed text again plans nothing. */
function expectIdempotent(path: string, fixed: string, options: SeedPlanOptions = {}): void {
  if (path.endsWith('.py')) {
    expect(analyzePython(fixed).syntaxErrors).toEqual([]);
  }
  const again = planSeedFix({ path, text: fixed }, options);
  expect(again.edits).toEqual([]);
  expect(again.status).toBe('up-to-date');
}

const TORCH_LINES = (t: string): string[] => [
  `${t}.manual_seed(SEED)`,
  `${t}.cuda.manual_seed_all(SEED)`,
  `${t}.backends.cudnn.benchmark = False`,
  `${t}.backends.cudnn.deterministic = True`,
  `${t}.use_deterministic_algorithms(True, warn_only=True)`
];

describe('the seed code for each framework', () => {
  test('Python random only', () => {
    const { plan, fixed } = fixScript('import random\nx = random.random()\n');
    expect(plan.frameworks).toEqual(['python']);
    expect(blockCode(fixed)).toEqual(['SEED = 42', 'random.seed(SEED)']);
    expectIdempotent('train.py', fixed);
  });

  test('NumPy under its own alias', () => {
    const { fixed } = fixScript('import numpy as npy\nx = npy.random.rand(3)\n');
    expect(blockCode(fixed)).toEqual(['SEED = 42', 'npy.random.seed(SEED)']);
  });

  test('PyTorch as T: CUBLAS first (os imported for it), then seeds and determinism switches', () => {
    const { plan, fixed } = fixScript('import torch as T\nx = T.randn(3)\n');
    expect(plan.frameworks).toEqual(['torch']);
    expect(blockCode(fixed)).toEqual([
      'import os',
      'os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")',
      'SEED = 42',
      ...TORCH_LINES('T')
    ]);
    expectIdempotent('train.py', fixed);
  });

  test('the file\'s own os import is used; every framework in SEEDS.md order', () => {
    const source = [
      'import os',
      'import random',
      'import numpy as np',
      'import torch',
      'import tensorflow as tf',
      'x = random.random() + np.random.rand() + torch.rand(1) + tf.random.normal([1])',
      ''
    ].join('\n');
    const { plan, fixed } = fixScript(source);
    expect(plan.frameworks).toEqual(['python', 'numpy', 'torch', 'tensorflow']);
    expect(blockCode(fixed)).toEqual([
      'os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")',
      'SEED = 42',
      'random.seed(SEED)',
      'np.random.seed(SEED)',
      ...TORCH_LINES('torch'),
      'tf.keras.utils.set_random_seed(SEED)',
      'tf.config.experimental.enable_op_determinism()'
    ]);
  });

  test('a framework revealed only by transformers gets its own import', () => {
    const { plan, fixed } = fixScript(
      'from transformers import AutoModelForSequenceClassification\nm = AutoModelForSequenceClassification.from_pretrained("bert")\n'
    );
    expect(plan.frameworks).toEqual(['torch']);
    expect(blockCode(fixed)).toEqual([
      'import os',
      'os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")',
      'import torch',
      'SEED = 42',
      ...TORCH_LINES('torch')
    ]);
  });

  test('TensorFlow imported as `from tensorflow import keras` gets `import tensorflow as tf`', () => {
    const { fixed } = fixScript('from tensorflow import keras\nlayer = keras.layers.Dense(3)\n');
    expect(blockCode(fixed)).toEqual([
      'import tensorflow as tf',
      'SEED = 42',
      'tf.keras.utils.set_random_seed(SEED)',
      'tf.config.experimental.enable_op_determinism()'
    ]);
  });

  test('standalone Keras: its own set_random_seed, no TensorFlow switch', () => {
    const { plan, fixed } = fixScript('import keras\nlayer = keras.layers.Dense(3)\n');
    expect(plan.frameworks).toEqual(['tensorflow']);
    expect(blockCode(fixed)).toEqual(['SEED = 42', 'keras.utils.set_random_seed(SEED)']);
    expectIdempotent('train.py', fixed);
  });

  test('JAX: XLA flag before start-up and a key from SEED; keys the code makes itself get SEED instead', () => {
    const notebook = fixNotebook(['import jax\nimport jax.numpy as jnp', 'x = jnp.ones(3)\nw = jax.random.normal(k, (3,))']);
    // Nothing draws from a global JAX generator: the notebook is not flagged, so nothing is written.
    expect(notebook.plan.status).toBe('already-seeded');

    const { plan, fixed } = fixScript('import jax\nimport time\nkey = jax.random.PRNGKey(int(time.time()))\n');
    expect(plan.frameworks).toEqual(['jax']);
    expect(blockCode(fixed)).toEqual([
      'import os',
      'if "--xla_gpu_deterministic_ops" not in os.environ.get("XLA_FLAGS", ""):',
      '    os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") + " --xla_gpu_deterministic_ops=true").strip()',
      'SEED = 42'
    ]);
    expect(fixed).toContain('\nkey = jax.random.PRNGKey(SEED)\n');
    expectIdempotent('train.py', fixed);

    const withTorch = fixScript('import jax\nimport torch\nx = torch.rand(1)\n');
    expect(blockCode(withTorch.fixed)).toContain('key = jax.random.key(SEED)');
  });

  test('scikit-learn: SEED and random_state=SEED where it matters, nowhere else', () => {
    const source = [
      'from sklearn.model_selection import KFold, train_test_split',
      'from sklearn.linear_model import LogisticRegression',
      'from sklearn.svm import SVC',
      'from sklearn.ensemble import RandomForestClassifier',
      'kf = KFold(5)',
      'kf2 = KFold(5, shuffle=True)',
      'lr = LogisticRegression()',
      "lr2 = LogisticRegression(solver='saga')",
      'svc = SVC()',
      'svc2 = SVC(probability=True)',
      'a = train_test_split(X, y, random_state=None)',
      'b = train_test_split(X, y, shuffle=False)',
      'rf = RandomForestClassifier(**options)',
      'rf2 = RandomForestClassifier(random_state=0)',
      ''
    ].join('\n');
    const { plan, fixed } = fixScript(source);
    expect(plan.frameworks).toEqual(['sklearn']);
    expect(plan.seed).toBe(0);
    expect(blockCode(fixed)).toEqual(['SEED = 0']);
    const body = fixed.slice(fixed.indexOf('kf = '));
    expect(body).toBe(
      [
        'kf = KFold(5)',
        'kf2 = KFold(5, shuffle=True, random_state=SEED)',
        'lr = LogisticRegression()',
        "lr2 = LogisticRegression(solver='saga', random_state=SEED)",
        'svc = SVC()',
        'svc2 = SVC(probability=True, random_state=SEED)',
        'a = train_test_split(X, y, random_state=SEED)',
        'b = train_test_split(X, y, shuffle=False)',
        'rf = RandomForestClassifier(**options)',
        'rf2 = RandomForestClassifier(random_state=0)',
        ''
      ].join('\n')
    );
    expect(plan.changes).toEqual([
      'seed block inserted at line 6 (scikit-learn)',
      'random_state=SEED: KFold at line 6',
      'random_state=SEED: LogisticRegression at line 8',
      'random_state=SEED: SVC at line 10',
      'random_state=SEED: train_test_split at line 11'
    ]);
    expectIdempotent('train.py', fixed);
  });

  test('XGBoost, LightGBM and CatBoost: keywords and params dicts', () => {
    const source = [
      'import xgboost as xgb',
      'import lightgbm as lgb',
      'from catboost import CatBoostClassifier',
      "params = {'max_depth': 3}",
      'bst = xgb.train(params, dtrain)',
      'm = lgb.train(dict(num_leaves=3), d)',
      'm2 = lgb.train({"num_leaves": 3,}, d)',
      'c = CatBoostClassifier(iterations=3)',
      'x = xgb.XGBClassifier()',
      'l = lgb.LGBMClassifier(random_state=None)',
      'def fit(p):',
      '    return xgb.train(p, dtrain)',
      ''
    ].join('\n');
    const { plan, fixed } = fixScript(source);
    expect(plan.frameworks).toEqual(['xgboost', 'lightgbm', 'catboost']);
    expect(fixed.slice(fixed.indexOf('params = '))).toBe(
      [
        "params = {'max_depth': 3, 'seed': SEED}",
        'bst = xgb.train(params, dtrain)',
        'm = lgb.train(dict(num_leaves=3, seed=SEED), d)',
        'm2 = lgb.train({"num_leaves": 3, "seed": SEED,}, d)',
        'c = CatBoostClassifier(iterations=3, random_seed=SEED)',
        'x = xgb.XGBClassifier(random_state=SEED)',
        'l = lgb.LGBMClassifier(random_state=SEED)',
        'def fit(p):',
        '    return xgb.train(p, dtrain)',
        ''
      ].join('\n')
    );
    expect(plan.notes).toContain(
      'LightGBM: for bit-identical results also pass deterministic=True with force_row_wise=True (or force_col_wise=True).'
    );
    expectIdempotent('train.py', fixed);
  });

  test('a params dict the code does not show gets a note instead of an edit', () => {
    const { plan, fixed } = fixScript("import xgboost as xgb\nparams = defaults = {'eta': 1}\nbst = xgb.train(params, dtrain)\n");
    expect(plan.notes).toContain('Give xgb.train at line 3 a seed by hand (seed=SEED in its params).');
    expect(fixed).toContain("params = defaults = {'eta': 1}\nbst = xgb.train(params, dtrain)\n");
  });

  test('NumPy Generators, random.Random and seeding calls that fix nothing get SEED', () => {
    const source = [
      'import random',
      'import time',
      'import numpy as np',
      'rng = np.random.default_rng()',
      'rng2 = np.random.default_rng(seed=None)',
      'rng3 = np.random.default_rng(42)',
      'r = random.Random()',
      'np.random.seed()',
      'random.seed(time.time())',
      'x = np.random.rand(3) + random.random()',
      ''
    ].join('\n');
    const { fixed } = fixScript(source);
    expect(fixed.slice(fixed.indexOf('rng = '))).toBe(
      [
        'rng = np.random.default_rng(SEED)',
        'rng2 = np.random.default_rng(seed=SEED)',
        'rng3 = np.random.default_rng(42)',
        'r = random.Random(SEED)',
        'np.random.seed(SEED)',
        'random.seed(SEED)',
        'x = np.random.rand(3) + random.random()',
        ''
      ].join('\n')
    );
    expect(blockCode(fixed)).toEqual(['SEED = 42', 'random.seed(SEED)', 'np.random.seed(SEED)']);
    expectIdempotent('train.py', fixed);
  });

  test('DataLoader with shuffle: a seeded generator and worker seeding, in the call\'s own layout', () => {
    const source = [
      'import torch',
      'from torch.utils.data import DataLoader',
      '',
      'def main():',
      '    loader = DataLoader(',
      '        ds,',
      '        batch_size=2,',
      '        shuffle=True,',
      '    )',
      '    workers = DataLoader(ds, num_workers=4)',
      '    plain = DataLoader(ds, shuffle=False)',
      '    return loader, workers, plain',
      ''
    ].join('\n');
    const { plan, fixed } = fixScript(source);
    expect(fixed).toContain(
      '        shuffle=True,\n        generator=g,\n        worker_init_fn=seed_worker,\n    )\n    workers = DataLoader(ds, num_workers=4, worker_init_fn=seed_worker)\n    plain = DataLoader(ds, shuffle=False)\n'
    );
    expect(blockCode(fixed).slice(-9)).toEqual([
      'def seed_worker(worker_id):',
      '    # Each DataLoader worker seeds NumPy and random from its own torch seed.',
      '    import random',
      '    import numpy',
      '    worker_seed = torch.initial_seed() % 2**32',
      '    numpy.random.seed(worker_seed)',
      '    random.seed(worker_seed)',
      'g = torch.Generator()',
      'g.manual_seed(SEED)'
    ]);
    expect(plan.changes).toContain('generator=g, worker_init_fn=seed_worker: DataLoader at line 5');
    expectIdempotent('train.py', fixed);
  });

  test('helper names the code already uses are not taken', () => {
    const { fixed } = fixScript('import torch\nfrom torch.utils.data import DataLoader\ng = make_graph()\nloader = DataLoader(ds, shuffle=True)\n');
    expect(fixed).toContain('loader = DataLoader(ds, shuffle=True, generator=seed_generator, worker_init_fn=seed_worker)');
    expect(fixed).toContain('seed_generator = torch.Generator()\nseed_generator.manual_seed(SEED)');
  });
});

describe('where the seed code goes', () => {
  test('script: after the docstring, __future__ imports and the imports at the top', () => {
    const source = '"""Train."""\nfrom __future__ import annotations\n\nimport numpy as np\n\nROOT = 1\nx = np.random.rand()\n';
    const { plan, fixed } = fixScript(source);
    expect(fixed).toBe(
      '"""Train."""\nfrom __future__ import annotations\n\nimport numpy as np\n\n' +
        '# repro-audit: seeds begin\n' +
        plan.block!.split('\n').slice(1).join('\n') +
        '\nROOT = 1\nx = np.random.rand()\n'
    );
    expect(plan.changes[0]).toBe('seed block inserted at line 6 (NumPy)');
  });

  test('script: before a module-level draw between imports; the later import is not used', () => {
    const { fixed } = fixScript('import numpy as np\nx = np.random.rand()\nimport random\ny = random.random()\n');
    expect(fixed.indexOf('# repro-audit: seeds begin')).toBeLessThan(fixed.indexOf('x = np.random'));
    expect(blockCode(fixed)).toEqual(['import random', 'SEED = 42', 'random.seed(SEED)', 'np.random.seed(SEED)']);
  });

  test('script: a shebang, encoding line and licence comment stay on top; CRLF files get CRLF', () => {
    const source = '#!/usr/bin/env python\r\n# -*- coding: utf-8 -*-\r\n# Licence: MIT\r\nx = __import__("random").random()\r\nimport numpy as np\r\ny = np.random.rand()\r\n';
    const { fixed } = fixScript(source);
    expect(fixed.startsWith('#!/usr/bin/env python\r\n# -*- coding: utf-8 -*-\r\n# Licence: MIT\r\n\r\n# repro-audit: seeds begin\r\n')).toBe(true);
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
    expectIdempotent('train.py', fixed);
  });

  test('script: after the file\'s own SEED constant, which the seed code then uses; --seed updates it', () => {
    const source = 'import numpy as np\nSEED = 7\nx = np.random.rand(3)\n';
    const { plan, fixed } = fixScript(source);
    expect(plan.seed).toBe(7);
    expect(fixed).toContain('SEED = 7\n\n# repro-audit: seeds begin\n');
    expect(blockCode(fixed)).toEqual(['np.random.seed(SEED)']);
    const changed = planSeedFix({ path: 'train.py', text: fixed }, { seed: 3 });
    expect(changed.changes).toEqual(['SEED = 3 at line 2']);
    expect(applySeedPlan(fixed, changed)).toBe(fixed.replace('SEED = 7', 'SEED = 3'));
  });

  test('notebook: after the title and the imports cell, before the first cell that draws', () => {
    const { plan, fixed } = fixNotebook([
      { md: '# Title' },
      'import numpy as np\nfrom sklearn.model_selection import train_test_split',
      { code: 'N = 10', tags: ['parameters'] },
      'x = np.random.rand(N)',
      'a, b = train_test_split(x)'
    ]);
    expect(plan.changes).toEqual([
      'seed cell inserted before cell 4 (NumPy, scikit-learn)',
      'random_state=SEED: train_test_split at cell 5, line 1'
    ]);
    const cells = cellsOf(fixed);
    expect(cells.map(c => c.tags)).toEqual([[], [], ['parameters'], ['repro-audit:seeds'], [], []]);
    expect(seedCellCode(fixed)).toEqual(['SEED = 42', 'np.random.seed(SEED)']);
    expect(cells[5].source).toBe('a, b = train_test_split(x, random_state=SEED)');
    expectIdempotent('nb.ipynb', fixed);
  });

  test('notebook: a first cell that imports and draws gets the seed cell before it, with its own imports', () => {
    const { fixed } = fixNotebook([{ md: '# Title\nintro' }, 'import numpy as npy\nx = npy.random.rand()']);
    const cells = cellsOf(fixed);
    expect(cells[1].tags).toEqual(['repro-audit:seeds']);
    expect(seedCellCode(fixed)).toEqual(['import numpy as npy', 'SEED = 42', 'npy.random.seed(SEED)']);
    expectIdempotent('nb.ipynb', fixed);
  });

  test('notebook: a draw inside a function counts where the function is called', () => {
    const { fixed } = fixNotebook(['import random\ndef pick():\n    return random.random()', 'print(1)', 'pick()']);
    expect(cellsOf(fixed).map(c => c.tags.length)).toEqual([0, 0, 1, 0]);
  });

  test('notebook: a SEED in the parameters cell is used, not redefined (papermill can still set it)', () => {
    const { plan, fixed } = fixNotebook([{ code: 'SEED = 3', tags: ['parameters'] }, 'import random\nx = random.random()']);
    expect(plan.seed).toBe(3);
    expect(seedCellCode(fixed)).toEqual(['import random', 'random.seed(SEED)']);
    expectIdempotent('nb.ipynb', fixed);
  });

  test('notebook: calls on IPython magic lines are edited in place', () => {
    const { fixed } = fixNotebook([
      '%matplotlib inline\nimport numpy as np\nfrom sklearn.cluster import KMeans',
      '%time km = KMeans(3).fit(np.random.rand(9, 2))\n!echo done'
    ]);
    expect(cellsOf(fixed)[2].source).toBe('%time km = KMeans(3, random_state=SEED).fit(np.random.rand(9, 2))\n!echo done');
    expectIdempotent('nb.ipynb', fixed);
  });

  test('draws in the repo\'s own modules are followed (repoUnits)', () => {
    const helper = { path: 'helpers.py', kind: 'script' as const, analysis: analyzePython('import numpy as np\ndef noise():\n    return np.random.rand()\n'), evidence: (line: number) => ({ path: 'helpers.py', line }) };
    const text = 'from helpers import noise\nx = noise()\n';
    expect(planSeedFix({ path: 'run.py', text }).status).toBe('nothing-to-seed');
    const { plan, fixed } = fixScript(text, { repoUnits: [helper] }, 'run.py');
    expect(plan.frameworks).toEqual(['numpy']);
    expect(blockCode(fixed)).toEqual(['import numpy as np', 'SEED = 42', 'np.random.seed(SEED)']);
  });
});

describe('running the fix again', () => {
  test('a changed seed updates the one block, nothing else', () => {
    const { fixed } = fixScript('import numpy as np\nx = np.random.rand(3)\nrng = np.random.default_rng()\n');
    const plan = planSeedFix({ path: 'train.py', text: fixed }, { seed: 7 });
    expect(plan.edits).toHaveLength(1);
    expect(plan.changes).toEqual(['seed block updated (SEED = 7; NumPy)']);
    const updated = applySeedPlan(fixed, plan);
    expect(updated).toBe(fixed.replace('SEED = 42', 'SEED = 7'));
    // Without --seed, the seed already written stays.
    expectIdempotent('train.py', updated);
  });

  test('a changed seed updates the one cell of a notebook', () => {
    const { fixed } = fixNotebook(['import random', 'x = random.random()']);
    const plan = planSeedFix({ path: 'nb.ipynb', text: fixed }, { seed: 123 });
    expect(plan.edits).toEqual([expect.objectContaining({ kind: 'text', cell: 1 })]);
    const updated = applySeedPlan(fixed, plan);
    expect(cellsOf(updated)).toHaveLength(3);
    expect(updated).toBe(fixed.replace('"SEED = 42\\n"', '"SEED = 123\\n"'));
    expectIdempotent('nb.ipynb', updated);
  });

  test('new code that needs seeding is fixed around the existing block; a block that comes too late is reported', () => {
    const { fixed } = fixScript('import numpy as np\nx = np.random.rand(3)\n');
    const grown = fixed.replace('import numpy as np\n', 'import numpy as np\nimport random\ny = random.random()\n');
    const plan = planSeedFix({ path: 'train.py', text: grown });
    expect(plan.changes).toEqual(['seed block updated (SEED = 42; Python random, NumPy)']);
    expect(plan.notes).toContain('The seed block runs after code that needs it (line 3): move it above.');
  });

  test('the seed already used by the file is kept: an earlier block\'s, or a literal seed', () => {
    const { fixed } = fixScript('import numpy as np\nx = np.random.rand(3)\n', { seed: 9 });
    expect(planSeedFix({ path: 'train.py', text: fixed.replace('x = ', 'rng = np.random.default_rng()\nx = ') }).seed).toBe(9);
    expect(fixScript('import numpy as np\nx = np.random.rand(3)\nnp.random.seed(5)\n').plan.seed).toBe(5);
    expect(fixScript('import numpy as np\nx = np.random.rand(3)\n', { defaultSeed: 11 }).plan.seed).toBe(11);
  });
});

describe('plans with nothing to write', () => {
  test('already seeded, nothing random, unsupported files', () => {
    expect(planSeedFix({ path: 'a.py', text: 'import numpy as np\nnp.random.seed(0)\nx = np.random.rand()\n' }).status).toBe('already-seeded');
    expect(planSeedFix({ path: 'a.py', text: 'import os\nprint(os.sep)\n' }).status).toBe('nothing-to-seed');
    const broken = planSeedFix({ path: 'a.ipynb', text: '{"cells": [' });
    expect(broken.status).toBe('unsupported');
    expect(broken.reason).toMatch(/^Notebook is not valid JSON/);
    expect(planSeedFix({ path: 'r.ipynb', text: notebookText(['x <- runif(3)'], 'R') }).reason).toBe('not a Python notebook (r)');
    const unclosed = planSeedFix({ path: 'a.py', text: 'import random\n# repro-audit: seeds begin\nx = random.random()\n' });
    expect(unclosed.reason).toBe('The seed block that begins at line 2 has no end marker (# repro-audit: seeds end)');
    expect(unclosed.edits).toEqual([]);
  });

  test('seeds outside 0..2**32-1 are refused', () => {
    expect(() => planSeedFix({ path: 'a.py', text: '' }, { seed: -1 })).toThrow(RangeError);
    expect(() => planSeedFix({ path: 'a.py', text: '' }, { seed: 2 ** 32 })).toThrow(RangeError);
    expect(() => planSeedFix({ path: 'a.py', text: '' }, { defaultSeed: 1.5 })).toThrow(RangeError);
  });
});

describe('PYTHONHASHSEED', () => {
  test('the plan says it cannot be set from a running kernel, and how to set it', () => {
    const notebook = fixNotebook(['import random\nx = random.random()']).plan;
    expect(notebook.notes).toContain(
      'PYTHONHASHSEED cannot be set from running code: Python reads it once at start-up (it fixes the iteration order of sets of strings). ' +
        'Set it in the kernel\'s environment: add "env": {"PYTHONHASHSEED": "0"} to the kernel\'s kernel.json, or export PYTHONHASHSEED=0 in the shell that starts Jupyter.'
    );
    const script = fixScript('import random\nx = random.random()\n').plan;
    expect(script.notes.some(n => n.endsWith('Start scripts with it set: PYTHONHASHSEED=0 python script.py.'))).toBe(true);
    // Advice only: no code sets it.
    expect(fixScript('import random\nx = random.random()\n').fixed).not.toMatch(/environ[^\n]*PYTHONHASHSEED/);
  });
});
