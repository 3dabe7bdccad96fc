import { runCheck } from '../__tests__/checkHarness';
import { gitIndexBytes } from '../__tests__/gitIndexBytes';
import type { MemoryRepoSpec } from '../memoryReader';
import { modelCheck } from './model';

const POINTER = 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'a'.repeat(64) + '\nsize 123456789\n';
const TRAIN = 'from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression()\nclf.fit(X, y)\n';
const SAVE = 'import torch\ntorch.save(weights, "model.pt")\n';

const run = (spec: MemoryRepoSpec) => runCheck(modelCheck, spec);

describe('modelCheck', () => {
  it('does not apply without model code or artefacts', async () => {
    const { outcome } = await run({ files: { 'README.md': '# X\n', 'plot.py': 'import matplotlib\n' } });
    expect(outcome).toEqual({ status: 'na', summary: 'No model training or saving code', findings: [] });
  });

  it('fails when code trains a model and none is shipped', async () => {
    const { outcome } = await run({ files: { 'train.py': TRAIN } });
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      {
        status: 'fail',
        message: 'The code trains a model (clf.fit in train.py) but no trained model is shipped or linked with a checksum',
        path: 'train.py',
        line: 3
      }
    ]);
  });

  it('warns, not fails, when the code trains a model and saves it but none is shipped', async () => {
    // The shape of a tutorial script: a training loop, then the weights saved beside it, never committed.
    const script = [
      'import torch',
      'import torch.nn as nn',
      'net = nn.Linear(784, 10)',
      'opt = torch.optim.SGD(net.parameters(), lr=0.1)',
      'for xb, yb in batches:',
      '    loss = nn.functional.cross_entropy(net(xb), yb)',
      '    opt.zero_grad()',
      '    loss.backward()',
      '    opt.step()',
      "torch.save(net.state_dict(), 'net.ckpt')"
    ].join('\n');
    const { outcome } = await run({ files: { 'mlp/main.py': script } });
    expect(outcome.status).toBe('warn');
    expect(outcome.summary).toBe('A model is saved but not shipped');
    expect(outcome.findings).toEqual([
      expect.objectContaining({ status: 'warn', path: 'mlp/main.py', line: 10 })
    ]);
  });

  // R analyses: a random forest in R Markdown, caret's train where caret is loaded, a fit kept with saveRDS.
  it('recognises training and saving in R, not statistical fits', async () => {
    const rmd = '```{r}\nlibrary(randomForest)\nset.seed(415)\nfit <- randomForest(class ~ ., data = train)\nwrite.csv(predict(fit, new), "out.csv")\n```\n';
    const trained = await run({ files: { 'index.Rmd': rmd } });
    expect(trained.outcome).toMatchObject({ status: 'fail', summary: 'Training code but no trained model' });
    expect(trained.outcome.findings[0]).toMatchObject({ path: 'index.Rmd', line: 4 });
    const saved = await run({ files: { 'model.R': 'library(caret)\nm <- train(y ~ ., data = d)\nsaveRDS(m, "model.rds")\nsaveRDS(d, "clean.rds")\n' } });
    expect(saved.outcome).toMatchObject({ status: 'warn', summary: 'A model is saved but not shipped' });
    expect(saved.outcome.findings[0]).toMatchObject({ path: 'model.R', line: 3 });
    // caret loaded from a vector of package names, in a loop.
    const looped = 'Packages <- c("rpart", "caret")\nlapply(Packages, library, character.only = TRUE)\nfit <- train(IncCat ~ premium, data = d,\n  method = "rpart")\n';
    expect((await run({ files: { 'rmd/analysis.R': looped } })).outcome).toMatchObject({ status: 'fail', findings: [expect.objectContaining({ line: 3 })] });
    const stats = await run({ files: { 'analysis.R': 'fit <- glm(y ~ x, family = binomial, data = d)\nm <- lm(y ~ x)\ntrain <- d[1:10, ]\n' } });
    expect(stats.outcome.status).toBe('na');
  });

  it('recognises training in plain NumPy and in JAX, inside functions too', async () => {
    const numpyNet = [
      'import numpy as np',
      'def train(X, Y, W, lr=0.1, epochs=10):',
      '    for _ in range(epochs):',
      '        dW = X.T @ (X @ W - Y) / len(X)',
      '        W -= lr * dW',
      '    return W'
    ].join('\n');
    const numpy = await run({ files: { 'regress.py': numpyNet } });
    expect(numpy.outcome.status).toBe('fail');
    expect(numpy.outcome.findings[0]).toMatchObject({ path: 'regress.py', line: 5 });
    expect(numpy.outcome.findings[0].message).toMatch(/^The code trains a model \(a gradient step in regress\.py\)/);
    const jaxLoop = [
      'import jax',
      'import optax',
      'def fit(params, batches):',
      '    tx = optax.adam(1e-3)',
      '    opt_state = tx.init(params)',
      '    for batch in batches:',
      '        grads = jax.grad(loss)(params, batch)',
      '        updates, opt_state = tx.update(grads, opt_state)',
      '        params = optax.apply_updates(params, updates)',
      '    return params'
    ].join('\n');
    const jax = await run({ files: { 'fit.py': jaxLoop } });
    expect(jax.outcome.status).toBe('fail');
    expect(jax.outcome.findings[0]).toMatchObject({ path: 'fit.py', line: 4 });
  });

  it('counts parameters saved with np.savez as a saved model, pickled results as none', async () => {
    const loop = ['import numpy as np', 'import pickle', 'for epoch in range(50):', '    W -= lr * dW'];
    const saved = await run({ files: { 'mlp.py': [...loop, "np.savez('mlp_weights.npz', W=W)"].join('\n') } });
    expect(saved.outcome.status).toBe('warn');
    expect(saved.outcome.findings[0].message).toMatch(/^The code saves a model \(np\.savez in mlp\.py\)/);
    const results = await run({ files: { 'mlp.py': [...loop, "pickle.dump(results, open('scores.pkl', 'wb'))"].join('\n') } });
    expect(results.outcome.status).toBe('fail');
  });

  it('warns when code only saves a model, pointing into the notebook cell', async () => {
    const notebook = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { language: 'python', name: 'python3' } },
      cells: [
        { cell_type: 'markdown', source: '# Save', metadata: {} },
        { cell_type: 'code', source: SAVE, metadata: {}, execution_count: null, outputs: [] }
      ]
    });
    const { outcome } = await run({ files: { 'export.ipynb': notebook } });
    expect(outcome.status).toBe('warn');
    expect(outcome.findings[0]).toMatchObject({ status: 'warn', path: 'export.ipynb', cell: 1, line: 2 });
    expect(outcome.findings[0].message).toMatch(/^The code saves a model \(torch\.save in export\.ipynb\)/);
  });

  it('passes on a committed model, reading only small files to tell LFS pointers', async () => {
    const { outcome, reads } = await run({
      files: { 'train.py': TRAIN, 'models/clf.joblib': 'x'.repeat(2000), 'models/tiny.pkl': 'abc', 'README.md': '# X' },
      sizes: { 'models/clf.joblib': 50 * 1024 * 1024 }
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([
      {
        status: 'pass',
        message: 'Trained model committed: models/clf.joblib (joblib) and 1 more',
        path: 'models/clf.joblib',
        evidence: [{ path: 'models/tiny.pkl' }]
      }
    ]);
    expect(reads).not.toContain('models/clf.joblib');
    expect(reads).toContain('models/tiny.pkl');
  });

  it('passes on an LFS pointer, an LFS pattern, a SavedModel and a DVC output', async () => {
    const pointer = await run({ files: { 'model.pt': POINTER } });
    expect(pointer.outcome.findings[0].message).toBe('Trained model stored with Git LFS (pointer file): model.pt (PyTorch)');
    const pattern = await run({
      files: { '.gitattributes': '*.h5 filter=lfs\n', 'm.h5': 'x', 'predict.py': 'from tensorflow import keras\n' },
      sizes: { 'm.h5': 5000 }
    });
    expect(pattern.outcome.findings[0].message).toBe('Trained model stored with Git LFS: m.h5 (Keras/HDF5)');
    const savedModel = await run({ files: { 'export/saved_model.pb': 'x', 'export/variables/variables.index': 'x' } });
    expect(savedModel.outcome.findings[0].message).toBe('Trained model committed: export (TensorFlow SavedModel)');
    const stage = 'stages:\n  train:\n    outs:\n      - models/model.pkl\n';
    const lock = 'schema: \'2.0\'\nstages:\n  train:\n    outs:\n    - path: models/model.pkl\n      md5: 0123456789abcdef0123456789abcdef\n';
    const dvc = await run({ files: { 'train.py': TRAIN, 'dvc.yaml': stage, 'dvc.lock': lock } });
    expect(dvc.outcome.status).toBe('pass');
    expect(dvc.outcome.findings[0]).toMatchObject({ message: 'Trained model versioned with DVC: models/model.pkl (pickle)' });
  });

  it('warns when only a dvc.yaml stage declares the model: no dvc.lock records it, nothing to pull', async () => {
    // A DVC checkpoints example: the stage names model.pt as its output, but no dvc.lock was committed.
    const stage = 'stages:\n  train:\n    cmd: python train.py\n    outs:\n    - model.pt:\n        checkpoint: true\n';
    const { outcome } = await run({ files: { 'train.py': TRAIN, 'dvc.yaml': stage } });
    expect(outcome.status).toBe('warn');
    expect(outcome.findings).toEqual([
      {
        status: 'warn',
        message: 'model.pt is a DVC stage output, but no dvc.lock or .dvc file records it, so the model is not shipped',
        path: 'model.pt'
      }
    ]);
  });

  it('passes on a documented download with a checksum, warns without one', async () => {
    const readme = (checksum: string) =>
      `# X\n\n## Pretrained model\n\nDownload https://example.org/v1/model.ckpt\n${checksum}\n`;
    const verified = await run({ files: { 'train.py': TRAIN, 'README.md': readme('md5: 0123456789abcdef0123456789abcdef') } });
    expect(verified.outcome.status).toBe('pass');
    expect(verified.outcome.findings).toEqual([
      { status: 'pass', message: 'README.md links a model download with a checksum', path: 'README.md', line: 5 }
    ]);
    const unverified = await run({ files: { 'train.py': TRAIN, 'docs/models.md': readme('') } });
    expect(unverified.outcome.status).toBe('warn');
    expect(unverified.outcome.summary).toBe('Model download documented without a checksum');
    expect(unverified.outcome.findings).toEqual([
      {
        status: 'warn',
        message: 'docs/models.md links a model download without a checksum (sha256/md5) to verify it',
        path: 'docs/models.md',
        line: 5
      }
    ]);
  });

  it('passes when the code downloads the trained model and verifies its hash', async () => {
    const loader = [
      'import torch',
      "WEIGHTS = {'base': 'https://example.org/releases/base-5be1c2d4.pth'}",
      'def pretrained(name):',
      '    return torch.hub.load_state_dict_from_url(WEIGHTS[name], check_hash=True)'
    ].join('\n');
    const { outcome } = await run({ files: { 'train.py': TRAIN, 'hub.py': loader } });
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('Model download verified by the code');
    expect(outcome.findings).toEqual([
      {
        status: 'pass',
        message: 'hub.py downloads a trained model and verifies its checksum (check_hash=True)',
        path: 'hub.py',
        line: 4
      }
    ]);
  });

  it('does not take pickles of data for a trained model', async () => {
    // A dataset pickled beside a notebook that loads it into (x, y): data, and no model anywhere.
    const notebookCode = ['import pickle', "x, y = pickle.load(open('toy_views.pkl', 'rb'))", 'print(x.shape)'].join('\n');
    const { outcome } = await run({
      files: { 'digits_data.pkl': 'x', 'toy_views.pkl': 'x', 'dataset/split.pkl': 'x', 'explore.py': notebookCode }
    });
    expect(outcome).toEqual({ status: 'na', summary: 'No model training or saving code', findings: [] });
  });

  it('does not apply outside machine learning, whatever pickles or HDF5 files the analysis keeps', async () => {
    // A data-journalism analysis: pandas only, a cached frame pickled, a survey in HDF5, a link to climate "models".
    const analysis = ['import pandas as pd', "fires = pd.read_csv('fires.csv')", "fires.to_pickle('cache.pkl')"].join('\n');
    const readme = '# Fires\n\nThe climate models are on https://zenodo.org/record/123\n';
    const { outcome } = await run({
      files: { 'analysis.py': analysis, 'cache.pkl': 'x', 'survey.h5': 'x', 'README.md': readme, 'fires.csv': 'a\n1\n' }
    });
    expect(outcome).toEqual({ status: 'na', summary: 'No model training or saving code', findings: [] });
    const withTorch = await run({ files: { 'analysis.py': 'import torch\n', 'cache.pkl': 'x' } });
    expect(withTorch.outcome.status).toBe('pass');
  });

  it("leaves a vendored library's training, saving and verified downloads out", async () => {
    // A study that copied a metrics package (own setup.py and licence) holding its own training loop,
    // a saved network and a checked weight download; the study itself only tabulates with pandas.
    const vendoredTrain = ['import torch', 'opt.step()', "torch.save(net.state_dict(), 'inception.pt')"].join('\n');
    const vendoredHub = "import torch\ntorch.hub.load_state_dict_from_url('https://e.org/pt_inception-2015.pth', check_hash=True)\n";
    const { outcome } = await run({
      files: {
        LICENSE: 'MIT License\nCopyright (c) the study\n',
        'tabulate.py': 'import pandas as pd\n',
        'third_party/fidlib/setup.py': 'from setuptools import setup\n',
        'third_party/fidlib/LICENSE': 'Apache License\nVersion 2.0\n',
        'third_party/fidlib/fidlib/train.py': vendoredTrain,
        'third_party/fidlib/fidlib/hub.py': vendoredHub
      }
    });
    expect(outcome).toEqual({ status: 'na', summary: 'No model training or saving code', findings: [] });
  });

  it('leaves tests aside: a test that runs backward() trains no model', async () => {
    // An autograd engine whose tests check gradients with backward(); its demo notebook trains with a
    // hand-written step and saves nothing.
    const engineTest = 'import torch\ndef test_grad():\n    y = (x * x).sum()\n    y.backward()\n    assert x.grad is not None\n';
    const tested = await run({ files: { 'test/test_engine.py': engineTest, 'engine/value.py': 'class Value:\n    pass\n' } });
    expect(tested.outcome.status).toBe('na');
    const demo = 'for k in range(100):\n    for p in model.parameters():\n        p.data -= learning_rate * p.grad\n';
    const trained = await run({ files: { 'test/test_engine.py': engineTest, 'demo.py': demo } });
    expect(trained.outcome.status).toBe('fail');
    expect(trained.outcome.findings[0]).toMatchObject({ path: 'demo.py', line: 3 });
  });

  it("passes on a notebook's !wget of the weights checked with sha256sum", async () => {
    const cell = ['!wget -q https://example.org/weights/unet_best.pth', '!echo "$SUM  unet_best.pth" | sha256sum -c', 'import torch'].join('\n');
    const nb = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { language: 'python', name: 'python3' } },
      cells: [{ cell_type: 'code', source: cell, metadata: {}, execution_count: null, outputs: [] }]
    });
    const { outcome } = await run({ files: { 'train.py': TRAIN, 'demo.ipynb': nb } });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([
      { status: 'pass', message: 'demo.ipynb downloads a trained model and verifies its checksum (sha256sum)', path: 'demo.ipynb' }
    ]);
  });

  it('does not count a save inside a save method that nothing calls', async () => {
    // A graph-network paper's TF1 model class defines save(), which its training script never calls.
    const models = [
      'import tensorflow as tf',
      'class Model(object):',
      '    def save(self, sess=None):',
      '        saver = tf.train.Saver(self.vars)',
      "        saver.save(sess, 'tmp/%s.ckpt' % self.name)"
    ].join('\n');
    const train = ['from models import Model', 'model = Model()', 'for epoch in range(200):', '    model.fit(features, labels)'].join('\n');
    const unused = await run({ files: { 'gcn/models.py': models, 'gcn/train.py': train } });
    expect(unused.outcome.status).toBe('fail');
    const used = await run({ files: { 'gcn/models.py': models, 'gcn/train.py': train + '\nmodel.save(sess)\n' } });
    expect(used.outcome.status).toBe('warn');
  });

  it('does not count a model that git ignores and does not track', async () => {
    const files = { '.gitignore': '*.pt\n', 'model.pt': 'x'.repeat(5000), 'train.py': TRAIN };
    const { outcome } = await run({ files: { ...files, '.git/index': gitIndexBytes(files, ['.gitignore', 'train.py']) } });
    expect(outcome.status).toBe('fail');
    expect(outcome.findings.map(f => f.status)).toEqual(['warn', 'fail']);
    expect(outcome.findings[0]).toMatchObject({ path: 'model.pt', message: 'model.pt is ignored by git, so the model is not shipped' });
  });

  it('counts a model force-added despite an ignore rule: git tracks it, so a clone has it', async () => {
    // The shape of a real case: `models/binaries/` ignored, the paper's trained weights committed with `add -f`.
    const files = { '.gitignore': 'models/binaries/\n', 'models/binaries/gat_000000.pth': 'w'.repeat(5000), 'train.py': TRAIN };
    const index = gitIndexBytes(files, Object.keys(files));
    const { outcome } = await run({ files: { ...files, '.git/index': index } });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings[0]).toMatchObject({ status: 'pass', path: 'models/binaries/gat_000000.pth' });
  });

  it('counts an ignored model in a checkout without git metadata: it came with the repo', async () => {
    const { outcome } = await run({ files: { '.gitignore': '*.pt\n', 'model.pt': 'x'.repeat(5000), 'train.py': TRAIN } });
    expect(outcome.status).toBe('pass');
  });

  it('keeps to the ignore rules where git metadata is there but its index cannot be read (a worktree)', async () => {
    const { outcome } = await run({
      files: { '.git': 'gitdir: /elsewhere/.git/worktrees/w\n', '.gitignore': '*.pt\n', 'model.pt': 'x'.repeat(5000), 'train.py': TRAIN }
    });
    expect(outcome.findings[0]).toMatchObject({ status: 'warn', path: 'model.pt' });
  });
});
