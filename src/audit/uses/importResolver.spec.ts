import { analyzePython } from '../python/analyze';
import { resolveImports, ResolvedImport } from './importResolver';

/** A repo of Python files; `analysisOf` parses them on demand, as the lab and the engine do. */
function site(files: Record<string, string>, path: string, code: string) {
  return {
    files: [...Object.keys(files), path],
    path,
    analysis: analyzePython(code),
    analysisOf: async (p: string) => (files[p] === undefined ? undefined : analyzePython(files[p]))
  };
}

function summary(r: ResolvedImport): string {
  const where = r.path ? `${r.path}${r.line ? ':' + r.line : ''}` : r.folder ? `${r.folder}/` : '';
  return `${r.import.local} ${r.kind}${where ? ' ' + where : ''}`;
}

/** The Binder paper's example: a package, a data folder, notebooks in experiments/ importing via sys.path. */
const BINDER_LAYOUT = {
  'mypkg/__init__.py': 'from .model import Net\n__version__ = "1.0"\n',
  'mypkg/model.py': 'import torch\n\n\nclass Net:\n    def forward(self, x):\n        return x\n',
  'mypkg/train.py': 'from .model import Net\n\n\ndef train(net, data):\n    return net\n\nEPOCHS = 3\n',
  'data/train.csv': 'a,b\n',
  'README.md': '# demo\n'
};

describe('resolveImports', () => {
  it.each<[string, Record<string, string>, string, string, string[]]>([
    [
      "Binder layout: sys.path.append('..') from experiments/",
      BINDER_LAYOUT,
      'experiments/run.ipynb',
      "import sys\nsys.path.append('..')\nfrom mypkg.train import train, EPOCHS\nfrom mypkg import Net\nimport mypkg.model as m\nimport numpy as np\n",
      [
        'sys stdlib',
        'train local mypkg/train.py:4',
        'EPOCHS local mypkg/train.py:7',
        'Net local mypkg/model.py:4',
        'm local mypkg/model.py',
        'np third-party'
      ]
    ],
    [
      'sys.path.insert(0, os.path.abspath(os.path.join(os.getcwd(), "..")))',
      BINDER_LAYOUT,
      'experiments/deep/run.ipynb',
      "import os, sys\nsys.path.insert(0, os.path.abspath(os.path.join(os.getcwd(), '..', '..')))\nfrom mypkg.model import Net\n",
      ['os stdlib', 'sys stdlib', 'Net local mypkg/model.py:4']
    ],
    [
      'sys.path via a name: ROOT = Path.cwd().parent',
      BINDER_LAYOUT,
      'experiments/run.ipynb',
      'import sys\nfrom pathlib import Path\nROOT = Path.cwd().parent\nsys.path.insert(0, str(ROOT))\nfrom mypkg.train import train\n',
      ['sys stdlib', 'Path stdlib', 'train local mypkg/train.py:4']
    ],
    [
      'the notebook folder itself',
      { 'nb/helpers.py': 'def plot():\n    pass\n' },
      'nb/a.ipynb',
      'from helpers import plot\nimport helpers\n',
      ['plot local nb/helpers.py:1', 'helpers local nb/helpers.py']
    ],
    [
      'the repo root (an installed or root-run package)',
      { 'lib/__init__.py': '', 'lib/core.py': 'X = 1\n' },
      'notebooks/a.ipynb',
      'from lib.core import X\n',
      ['X local lib/core.py:1']
    ],
    [
      'a src/ layout',
      { 'src/proj/__init__.py': '', 'src/proj/io.py': 'def load():\n    pass\n', 'pyproject.toml': '' },
      'notebooks/a.ipynb',
      'from proj.io import load\nfrom proj import io\n',
      ['load local src/proj/io.py:1', 'io local src/proj/io.py']
    ],
    [
      "sys.path.append('../src') beats nothing: a sibling src folder",
      { 'code/src/tools.py': 'def go():\n    pass\n' },
      'code/nb/a.ipynb',
      "import sys\nsys.path.append('../src')\nfrom tools import go\n",
      ['sys stdlib', 'go local code/src/tools.py:1']
    ],
    [
      'a package without __init__.py (namespace package)',
      { 'ns/sub.py': 'class A:\n    pass\n' },
      'a.ipynb',
      'from ns.sub import A\nimport ns\n',
      ['A local ns/sub.py:1', 'ns local ns/']
    ],
    [
      'relative imports in a package module',
      { 'pkg/__init__.py': '', 'pkg/util.py': 'def helper():\n    pass\n', 'pkg/deep/__init__.py': '' },
      'pkg/deep/mod.py',
      'from ..util import helper\nfrom .. import util\nfrom .missing import thing\n',
      ['helper local pkg/util.py:1', 'util local pkg/util.py', 'thing unresolved']
    ],
    [
      'a re-export through __init__ followed to the definition',
      {
        'pkg/__init__.py': 'from .a import f\nfrom . import b as bee\n',
        'pkg/a.py': 'from .impl import f\n',
        'pkg/impl.py': '\n\ndef f():\n    pass\n',
        'pkg/b.py': ''
      },
      'run.py',
      'from pkg import f, bee\n',
      ['f local pkg/impl.py:3', 'bee local pkg/b.py']
    ],
    [
      'a regular package wins over a module of the same name; __init__ definitions win over submodules',
      { 'x/__init__.py': 'def y():\n    pass\n', 'x/y.py': '', 'x.py': '' },
      'a.ipynb',
      'import x\nfrom x import y\n',
      ['x local x/__init__.py', 'y local x/__init__.py:1']
    ],
    [
      'stdlib and third-party are listed, not opened; a local file shadows stdlib',
      { 'random.py': 'def seed():\n    pass\n', 'data/readme.txt': '' },
      'a.ipynb',
      'import os.path\nimport sklearn.ensemble as ens\nfrom random import seed\nimport data\n',
      ['os stdlib', 'ens third-party', 'seed local random.py:1', 'data local data/']
    ],
    [
      'an imported name the module does not define still opens the module',
      { 'm.py': 'import numpy\n' },
      'a.ipynb',
      'from m import nothing\nfrom m import *\n',
      ['nothing local m.py', '* local m.py']
    ],
    [
      'sys.path to a folder outside the repo or computed at run time is ignored',
      { 'pkg/__init__.py': '' },
      'nb/a.ipynb',
      "import sys\nsys.path.append('/opt/lib')\nsys.path.append(get())\nimport other\n",
      ['sys stdlib', 'other third-party']
    ],
    [
      'guesses where Python would not look: a folder beside the notebook folder, then the folders above',
      { 'helper/plots.py': 'def show():\n    pass\n', 'analysis/common.py': '', 'analysis/deep/tools/x.py': '' },
      'analysis/deep/nb.ipynb',
      'from plots import show\nimport common\nimport x\nimport random\n',
      ['show local helper/plots.py:1', 'common local analysis/common.py', 'x local analysis/deep/tools/x.py', 'random stdlib']
    ],
    [
      'sys.path set up by a helper module imported first, from its own __file__',
      {
        'notebooks/paths.py': "import sys\nfrom pathlib import Path\nsys.path.insert(0, str(Path(__file__).resolve().parents[1] / 'code' / 'lib'))\n",
        'code/lib/zoo.py': 'def net():\n    pass\n'
      },
      'notebooks/a.ipynb',
      'import paths\nfrom zoo import net\n',
      ['paths local notebooks/paths.py', 'net local code/lib/zoo.py:1']
    ],
    [
      'an assignment, a class and a method',
      { 'cfg.py': 'LR = 0.1\nclass Trainer:\n    def fit(self):\n        pass\n' },
      'a.ipynb',
      'from cfg import LR, Trainer\n',
      ['LR local cfg.py:1', 'Trainer local cfg.py:2']
    ]
  ])('%s', async (_title, files, path, code, expected) => {
    const resolved = await resolveImports(site(files, path, code));
    expect(resolved.map(summary)).toEqual(expected);
  });

  it('gives modules but no lines without a way to read other files', async () => {
    const { files, path, analysis } = site(BINDER_LAYOUT, 'experiments/run.ipynb', "import sys\nsys.path.append('..')\nfrom mypkg.train import train\n");
    const resolved = await resolveImports({ files, path, analysis });
    expect(resolved.map(summary)).toEqual(['sys stdlib', 'train local mypkg/train.py']);
  });

  it('survives a module whose analysis cannot be read', async () => {
    const resolved = await resolveImports({
      files: ['m.py'],
      path: 'a.ipynb',
      analysis: analyzePython('from m import f\n'),
      analysisOf: async () => undefined
    });
    expect(resolved.map(summary)).toEqual(['f local m.py']);
  });
});
