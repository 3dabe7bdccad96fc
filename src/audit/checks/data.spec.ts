import { runCheck } from '../__tests__/checkHarness';
import { gitIndexBytes } from '../__tests__/gitIndexBytes';
import type { MemoryRepoSpec } from '../memoryReader';
import { dataCheck } from './data';

const MB = 1024 * 1024;

const run = (spec: MemoryRepoSpec) => runCheck(dataCheck, spec);

describe('dataCheck', () => {
  it('does not apply to a repo without data', async () => {
    const { outcome } = await run({ files: { 'a.py': 'print(1)\n', 'config.json': '{}' } });
    expect(outcome).toEqual({ status: 'na', summary: 'No data files in the repo', findings: [] });
  });

  it('passes on small data files committed in a data folder, whatever their format, and on data pickles', async () => {
    const graph = await run({
      files: { 'data/cora/README': 'Cora', 'data/cora/cora.content': '31336\t0\t1\n', 'data/cora/cora.cites': '35\t1033\n', 'gcn/train.py': 'import numpy as np\n' }
    });
    expect(graph.outcome).toEqual({ status: 'pass', summary: 'No large files in plain git', findings: [] });
    const pickled = await run({ files: { 'toy_data.pkl': 'x', 'explore.py': 'import pickle\n' } });
    expect(pickled.outcome.status).toBe('pass');
  });

  // A paper's sample data: annotation tables and images, each small, 60 MB together (neither subfolder alone 50 MB).
  it('warns on a folder of small data files that is large together, naming the deepest large folder once', async () => {
    const files: Record<string, string> = { 'train.py': 'import numpy as np\n', 'data/coco/README.md': '# sample' };
    const sizes: Record<string, number> = {};
    for (let i = 0; i < 40; i++) {
      files[`data/open_images/annotations/a${i}.csv`] = 'a\n';
      sizes[`data/open_images/annotations/a${i}.csv`] = 1 * MB;
      files[`data/open_images/images/i${i}.jpg`] = 'x';
      sizes[`data/open_images/images/i${i}.jpg`] = 0.5 * MB;
    }
    for (let i = 0; i < 20; i++) {
      files[`data/coco/c${i}.csv`] = 'a\n';
      sizes[`data/coco/c${i}.csv`] = 1 * MB;
    }
    const { outcome } = await run({ files, sizes });
    expect(outcome.status).toBe('warn');
    expect(outcome.summary).toBe('1 folder(s) of data committed to plain git');
    expect(outcome.findings).toEqual([
      {
        status: 'warn',
        message: 'data/open_images/ holds 60.0 MB of data in 80 files in plain git: track it with Git LFS or DVC, or download it with a checksum',
        path: 'data/open_images'
      }
    ]);
    // Under the size together, and kept out of git with LFS: no finding.
    const some = await run({ files: { ...files, '.gitattributes': 'data/open_images/** filter=lfs diff=lfs merge=lfs -text\n' }, sizes });
    expect(some.outcome).toMatchObject({ status: 'pass' });
  });

  it('warns on a 60 MB file in plain git without ever reading it', async () => {
    const { outcome, reads } = await run({
      files: { 'data/big.csv': 'a,b\n', 'train.py': 'import pandas as pd\n' },
      sizes: { 'data/big.csv': 60 * MB }
    });
    expect(outcome.status).toBe('warn');
    expect(outcome.summary).toBe('1 large file(s) committed to plain git');
    expect(outcome.findings).toEqual([
      {
        status: 'warn',
        message: 'data/big.csv (60.0 MB) is in plain git: track it with Git LFS or DVC, or download it with a checksum',
        path: 'data/big.csv'
      }
    ]);
    expect(reads).not.toContain('data/big.csv');
  });

  it('calls a data file of 4 MiB or more large, a 3 MB one a small fixture', async () => {
    // A graph dataset's feature table (several MB) committed beside a 3 MB zipped sample.
    const { outcome } = await run({
      files: { 'data/cora/cora.content': 'x', 'data/sample.zip': 'x' },
      sizes: { 'data/cora/cora.content': 4 * MB, 'data/sample.zip': 3.1 * MB }
    });
    expect(outcome.status).toBe('warn');
    expect(outcome.findings.map(f => f.path)).toEqual(['data/cora/cora.content']);
  });

  it('passes when Git LFS stores the large file', async () => {
    const { outcome, reads } = await run({
      files: { '.gitattributes': '# lfs\n*.csv filter=lfs diff=lfs merge=lfs -text\n', 'data/big.csv': 'x' },
      sizes: { 'data/big.csv': 60 * MB }
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([
      { status: 'pass', message: '1 file(s) stored with Git LFS (pattern "*.csv")', path: '.gitattributes', line: 2 }
    ]);
    expect(reads).toEqual(['.gitattributes']);
  });

  it('passes when DVC tracks the large file, even through a broken pointer', async () => {
    const { outcome, facts } = await run({
      files: { 'data/big.csv': 'x', 'data/big.csv.dvc': 'outs: [\n', 'data/raw/a.csv': 'a' },
      sizes: { 'data/big.csv': 60 * MB }
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([
      { status: 'pass', message: 'Data versioned with DVC (1 DVC file(s))', path: 'data/big.csv.dvc' },
      { status: 'pass', message: 'Raw data kept apart in data/raw/ (keep it read-only)', path: 'data/raw' }
    ]);
    expect(facts.warnings.map(w => w.path)).toEqual(['data/big.csv.dvc']);
  });

  it('passes when the large file is ignored by git (present locally, not committed)', async () => {
    const files = { '.gitignore': 'data/\n', 'data/big.npy': 'x' };
    const { outcome } = await run({
      files: { ...files, '.git/index': gitIndexBytes(files, ['.gitignore']) },
      sizes: { 'data/big.npy': 60 * MB }
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings[0]).toMatchObject({ status: 'pass', path: 'data/big.npy' });
    expect(outcome.findings[0].message).toMatch(/ignored by git/);
  });

  it('warns on an ignored large file that git tracks all the same (force-added), or that came in a checkout without git', async () => {
    const files = { '.gitignore': 'data/\n', 'data/big.npy': 'x' };
    for (const extra of [{ '.git/index': gitIndexBytes(files, ['.gitignore', 'data/big.npy']) }, {}]) {
      const { outcome } = await run({ files: { ...files, ...extra }, sizes: { 'data/big.npy': 60 * MB } });
      expect(outcome.status).toBe('warn');
      expect(outcome.findings[0]).toMatchObject({ status: 'warn', path: 'data/big.npy' });
    }
  });

  it('leaves a large trained model to the model item, but not a large pickle of data', async () => {
    // The shape of a real case: the paper's trained weights committed beside the code (the model item's pass).
    const { outcome } = await run({
      files: { 'models/binaries/gat_PPI_000000.pth': 'w', 'data/cora/features.npz': 'x', 'data/train_data.pkl': 'd' },
      sizes: { 'models/binaries/gat_PPI_000000.pth': 5 * MB, 'data/train_data.pkl': 5 * MB }
    });
    expect(outcome.findings.filter(f => f.status === 'warn').map(f => f.path)).toEqual([
      'data/train_data.pkl'
    ]);
  });

  it('notes download scripts that verify a checksum', async () => {
    const { outcome } = await run({
      files: {
        'get_data.sh': '#!/bin/sh\nwget -O d.zip "$URL"\nsha256sum -c d.sha256\n',
        'fetch.py': 'import hashlib\nimport requests\nr = requests.get(URL)\nhashlib.sha256(r.content)\n',
        'small.csv': 'a\n'
      }
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([
      { status: 'pass', message: 'fetch.py downloads data and verifies a checksum', path: 'fetch.py', line: 3 },
      { status: 'pass', message: 'get_data.sh downloads data and verifies a checksum', path: 'get_data.sh', line: 2 }
    ]);
  });

  it("does not count a vendored library's checked downloads as the study's data", async () => {
    const fetch = 'import hashlib, urllib.request\nurllib.request.urlretrieve(URL, "stats.npz")\nhashlib.sha256(b)\n';
    const { outcome } = await run({
      files: {
        LICENSE: 'MIT License\nCopyright (c) the study\n',
        'analysis.py': 'import numpy as np\n',
        'vendor/fidlib/pyproject.toml': '[project]\nname = "fidlib"\n',
        'vendor/fidlib/LICENSE': 'Apache License\nVersion 2.0\n',
        'vendor/fidlib/fidlib/fetch.py': fetch,
        'vendor/fidlib/scripts/get.sh': 'wget $URL\nsha256sum -c sums\n'
      }
    });
    expect(outcome).toEqual({ status: 'na', summary: 'No data files in the repo', findings: [] });
  });

  it('lists ten large files and counts the rest', async () => {
    const files: Record<string, string> = {};
    const sizes: Record<string, number> = {};
    for (let i = 0; i < 12; i++) {
      files[`blobs/b${String(i).padStart(2, '0')}.bin`] = 'x';
      sizes[`blobs/b${String(i).padStart(2, '0')}.bin`] = 11 * MB;
    }
    const { outcome, reads } = await run({ files, sizes });
    expect(outcome.status).toBe('warn');
    expect(outcome.summary).toBe('12 large file(s) committed to plain git');
    expect(outcome.findings).toHaveLength(11);
    expect(outcome.findings[10]).toMatchObject({ message: '2 more files of 4.00 MB or more are in plain git' });
    expect(outcome.findings[10].evidence).toEqual([{ path: 'blobs/b10.bin' }, { path: 'blobs/b11.bin' }]);
    expect(reads).toEqual([]);
  });

  it('leaves large notebooks and PDFs to others', async () => {
    const { outcome } = await run({
      files: { 'paper.pdf': 'x', 'analysis.ipynb': '{}', 'data.csv': 'a' },
      sizes: { 'paper.pdf': 30 * MB, 'analysis.ipynb': 30 * MB }
    });
    expect(outcome.status).toBe('pass');
  });
});

describe('dataCheck: files the code reads', () => {
  const notebook = (code: string) =>
    JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: 'python3', language: 'python' } },
      cells: [
        { cell_type: 'markdown', metadata: {}, source: '# x' },
        { cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: code }
      ]
    });

  it('warns with path, cell and line when a notebook reads a file the repo lacks', async () => {
    const { outcome } = await run({
      files: {
        'notebooks/x.ipynb': notebook("import pandas as pd\ntrain = pd.read_csv('../data/train.csv')\nraw = pd.read_csv('../data/raw.csv')\n"),
        'data/train.csv': 'a\n'
      }
    });
    expect(outcome.status).toBe('warn');
    expect(outcome.summary).toBe('1 file(s) read by the code are not in the repo');
    expect(outcome.findings).toEqual([
      { status: 'warn', message: 'notebooks/x.ipynb reads data/raw.csv, which is not in the repo', path: 'notebooks/x.ipynb', cell: 1, line: 3 }
    ]);
  });

  it('does not count files the repo code writes or downloads first, nor absolute paths; downloaded data is data', async () => {
    const { outcome } = await run({
      files: {
        'prepare.py': "import urllib.request\nurllib.request.urlretrieve(URL, 'data/raw.csv')\ndf.to_csv('data/clean.csv')\n",
        'analysis.py': "import pandas as pd\npd.read_csv('data/raw.csv')\npd.read_csv('data/clean.csv')\npd.read_csv('/home/me/x.csv')\n"
      }
    });
    expect(outcome).toEqual({ status: 'pass', summary: 'No large files in plain git', findings: [] });
  });

  it('does not count files that a notebook cell, a download script or a dataset downloader fetches first', async () => {
    // A vision notebook fetching its label list and a test picture with `!wget`; a graph study whose
    // download script unpacks an archive into data/; torchvision filling its root; a git-ignored output.
    const labels = [
      'import PIL.Image',
      '!wget https://storage.example.com/models/imagenet_lemmas.txt',
      "labels = dict(enumerate(open('imagenet_lemmas.txt')))",
      '!wget https://picsum.example/$res -O picsum.jpg',
      "img = PIL.Image.open('picsum.jpg')"
    ].join('\n');
    const script = '#!/bin/sh\nwget -P data/ https://example.org/cora.tgz\ntar -xzf data/cora.tgz \\\n  -C data/\n';
    const train = [
      'import numpy as np',
      'import torchvision',
      "feats = np.genfromtxt('data/cora/cora.content')",
      "mnist = torchvision.datasets.MNIST(root='mnist_root', download=True)",
      "arr = np.load('mnist_root/MNIST/raw/extra.npy')",
      "preds = np.load('outputs/preds.npy')",
      "missing = np.load('elsewhere/never.npy')"
    ].join('\n');
    const { outcome } = await run({
      files: {
        'demo/labels.ipynb': notebook(labels),
        'scripts/get_data.sh': script,
        'train.py': train,
        '.gitignore': 'outputs/\n',
        'data/README.md': 'Run scripts/get_data.sh'
      }
    });
    expect(outcome.findings).toEqual([
      { status: 'warn', message: 'train.py reads elsewhere/never.npy, which is not in the repo', path: 'train.py', line: 7 },
      { status: 'pass', message: 'train.py loads a published dataset through a library (torchvision.datasets.MNIST)', path: 'train.py', line: 4 }
    ]);
  });

  it('passes on data fetched through a library, and does not apply to an empty data/raw placeholder', async () => {
    // A CIFAR-10 trainer (torchvision, download=True) and a ViT fine-tuner (tensorflow_datasets): no
    // data committed, yet data there is. A project template's data/raw/.gitkeep holds none.
    const cifar = "import torchvision\ntrainset = torchvision.datasets.CIFAR10(root='./data', train=True, download=True)\n";
    const torch = await run({ files: { 'main.py': cifar } });
    expect(torch.outcome).toEqual({
      status: 'pass',
      summary: 'No large files in plain git',
      findings: [
        { status: 'pass', message: 'main.py loads a published dataset through a library (torchvision.datasets.CIFAR10)', path: 'main.py', line: 2 }
      ]
    });
    const tfds = await run({ files: { 'vit/input.py': "import tensorflow_datasets as tfds\nds = tfds.load('cifar10', split='train')\n" } });
    expect(tfds.outcome.status).toBe('pass');
    const template = await run({ files: { '{{ cookiecutter.repo_name }}/data/raw/.gitkeep': '', 'hooks/post_gen.py': 'import os\n' } });
    expect(template.outcome).toEqual({ status: 'na', summary: 'No data files in the repo', findings: [] });
  });

  it("reads a sub-folder script's ../ path from its own folder, and leaves git-ignored outputs alone", async () => {
    // A book's figure script reads ../data/digits.pkl, which the repo ignores (*.pkl) and its loader makes.
    const plot = "import pickle\nf = open('../data/digits.pkl', 'rb')\ntrain = pickle.load(f)\n";
    const ignored = await run({ files: { 'fig/plot.py': plot, '.gitignore': '*.pkl\n', 'data/digits.pkl.gz': 'x' } });
    expect(ignored.outcome.findings).toEqual([]);
    const absent = await run({ files: { 'fig/plot.py': plot, 'data/digits.pkl.gz': 'x' } });
    expect(absent.outcome.findings.map(f => f.message)).toEqual(['fig/plot.py reads data/digits.pkl, which is not in the repo']);
  });

  it('sees a folder of images that Keras reads and nothing provides', async () => {
    // A cats-and-dogs transfer-learning script: data/train is to be filled by hand, and nothing does.
    const train = [
      'import os',
      'from keras.preprocessing.image import ImageDataGenerator',
      "train_dir = os.path.join('data', 'train')",
      'def features():',
      '    gen = ImageDataGenerator(rescale=1. / 255).flow_from_directory(train_dir, shuffle=False)',
      '    return gen'
    ].join('\n');
    const { outcome } = await run({ files: { 'train.py': train } });
    expect(outcome.findings).toEqual([
      { status: 'warn', message: 'train.py reads data/train, which is not in the repo', path: 'train.py', line: 5 }
    ]);
    const filled = await run({ files: { 'train.py': train, 'data/train/cats/1.jpg': 'x' } });
    expect(filled.outcome.status).toBe('pass');
  });

  it('leaves stylesheets and code that a notebook reads to other items', async () => {
    // A textbook notebook styling itself from ../styles/custom.css, a path that moved.
    const code = "from IPython.core.display import HTML\nHTML(open('../styles/custom.css').read())\nexec(open('../lib/helpers.py').read())\n";
    const { outcome } = await run({ files: { 'sandbox/ch10/hacking.ipynb': notebook(code) } });
    expect(outcome).toEqual({ status: 'na', summary: 'No data files in the repo', findings: [] });
  });

  it('does not take a hub model name for a missing file', async () => {
    const code = "import whisper\nmodel = whisper.load_model('base.en')\nnet = load_model('nets/small.h5')\n";
    const { outcome } = await run({ files: { 'notebooks/asr.ipynb': notebook(code) } });
    expect(outcome.findings.map(f => f.message)).toEqual(['notebooks/asr.ipynb reads notebooks/nets/small.h5, which is not in the repo']);
  });

  it('says when a read path climbs out of the repo', async () => {
    const { outcome } = await run({ files: { 'a.py': "import numpy as np\nnp.load('../shared/x.npy')\n" } });
    expect(outcome.findings).toEqual([
      { status: 'warn', message: 'a.py reads ../shared/x.npy, which is outside the repo', path: 'a.py', line: 2 }
    ]);
    expect(outcome.status).toBe('warn');
  });
});
