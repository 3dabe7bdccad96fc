import type { PyImport } from '../python/types';
import { analyzePython } from '../python/analyze';
import { ModuleFinder } from '../uses/moduleFinder';
import { RepoIndex } from '../uses/repoIndex';
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
    analysis: { imports, calls: [], assignments: [] },
    evidence: line => (cellOf ? { path, cell: cellOf(line), line: 1 } : { path, line })
  };
}

/** A unit analysed from real-shaped code, as the audit sees it. */
function analysed(path: string, code: string): ImportingUnit {
  return { path, analysis: analyzePython(code), evidence: line => ({ path, line }) };
}

/** The imports reported as undeclared when nothing is declared: what the repo's own modules are not. */
function thirdParty(files: string[], path: string, code: string): string[] {
  return undeclaredImports([analysed(path, code)], new Set(), tree([...files, path])).map(u => u.key);
}

describe("the repo's own modules, found by the side-by-side import resolver", () => {
  const repo = ['utils.py', 'src/pkg/__init__.py', 'analysis/helpers.py', 'analysis/sub/run.py', 'lib/models/net.py', 'stubs/x.py'];
  it.each([
    ['utils', 'notebooks/a.ipynb', true],
    ['pkg', 'scripts/train.py', true],
    ['helpers', 'analysis/sub/run.py', true],
    ['models.net', 'lib/train.py', true],
    ['numpy', 'train.py', false]
  ])('%s from %s: local %s', (name, from, local) => {
    expect(thirdParty(repo, from, `import ${name}\n`)).toEqual(local ? [] : [name]);
  });

  // A research repo's shape: the model code in one folder, the experiment notebooks in a sibling folder
  // that reach it with sys.path.append('../<folder>') and import its modules by their bare names.
  it('follows sys.path.append to a sibling folder', () => {
    const files = ['nets/__init__.py', 'nets/two_layer_net.py', 'nets/figures.py'];
    const code = "import sys\nsys.path.append('../nets')\nfrom two_layer_net import *\nimport figures\nimport autograd.numpy as np\n";
    expect(thirdParty(files, 'experiments/2d-intuition.ipynb', code)).toEqual(['autograd']);
  });

  // A tests folder that puts a sibling util/ folder on the path (sys.path.append('../util'); import jsonutil).
  it("follows sys.path.insert(0, os.path.join(HERE, '..', 'util')) through a name bound to a path", () => {
    const files = ['util/jsonutil.py', 'util/api.py'];
    const code =
      'import os, sys\nHERE = os.getcwd()\nsys.path.insert(0, os.path.join(HERE, "..", "util"))\nimport jsonutil\nfrom api import make\nimport requests\n';
    expect(thirdParty(files, 'tests/test_api.py', code)).toEqual(['requests']);
  });

  it('takes a module beside the notebook folder (a sibling folder on the IDE path) but not a library name', () => {
    const files = ['helper/plotting.py', 'helper/yaml.py', 'helper/pandas.py', 'model_composer/build.py'];
    const code = 'import plotting\nfrom build import compose\nimport yaml\nimport pandas\n';
    expect(thirdParty(files, 'main/experiment.ipynb', code)).toEqual(['yaml', 'pandas']);
  });

  it('searches every folder when sys.path gets a folder it cannot follow', () => {
    const files = ['code/lib/explain/local_linear.py'];
    const dynamic = 'import sys\nsys.path.append(ROOT_DIR + get_suffix())\nimport local_linear\n';
    expect(thirdParty(files, 'experiments/a.ipynb', dynamic)).toEqual([]);
    expect(thirdParty(files, 'experiments/a.ipynb', 'import local_linear\n')).toEqual(['local_linear']);
  });

  it('a folder named after a library, holding notebooks only, is not the library', () => {
    const files = ['numpy/01-arrays.ipynb', 'pandas/02-frames.ipynb'];
    expect(thirdParty(files, 'numpy/01-arrays.ipynb', 'import numpy as np\nimport pandas\n')).toEqual(['numpy', 'pandas']);
  });

  // A helper module beside the notebooks puts the project's folders on sys.path from its own
  // __file__, and each notebook imports it first ("import add_root_to_path").
  it("follows the sys.path set-up of a repo module the notebook imports first, with that module's __file__", () => {
    const helper = "import os, sys\nfrom pathlib import Path\nROOT = Path(__file__).resolve().parents[1]\nsys.path.insert(0, os.path.join(str(ROOT), 'lib', 'python'))\n";
    const files = { 'experiments/add_root_to_path.py': helper, 'lib/python/models_zoo.py': 'class Net:\n    pass\n' };
    const units = [
      analysed('experiments/add_root_to_path.py', helper),
      analysed('experiments/fig3.ipynb', 'import add_root_to_path\nfrom models_zoo import Net\nimport scipy\n')
    ];
    const found = undeclaredImports(units, new Set(), tree([...Object.keys(files), 'experiments/fig3.ipynb']));
    expect(found.map(u => u.key)).toEqual(['scipy']);
    // Without the helper, models_zoo is two folders away: nothing finds it.
    expect(thirdParty(Object.keys(files), 'experiments/fig3.ipynb', 'from models_zoo import Net\n')).toEqual(['models_zoo']);
  });

  it("a script's sys.path built from its own __file__", () => {
    const code = "import os, sys\nsys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib', 'python'))\nimport models_zoo\n";
    expect(thirdParty(['lib/python/models_zoo.py'], 'scripts/train.py', code)).toEqual([]);
    // Found on the search path itself, not by the guess an unfollowed sys.path entry allows.
    const finder = new ModuleFinder(new RepoIndex(['lib/python/models_zoo.py', 'scripts/train.py']), 'scripts/train.py', analyzePython(code));
    expect(finder.find('models_zoo')).toEqual({ path: 'lib/python/models_zoo.py' });
  });

  it('leaves out optional imports: a try/except ImportError, and its fallback', () => {
    const code = 'try:\n    from duecredit import due\nexcept ImportError:\n    due = None\ntry:\n    import ujson as json\nexcept ImportError:\n    import json\nimport numpy\n';
    expect(thirdParty([], 'pkg/due.py', code)).toEqual(['numpy']);
  });

  it('a Cython module built in place counts', () => {
    expect(thirdParty(['lib/fast_nms.pyx', 'lib/setup.py'], 'lib/detect.py', 'import fast_nms\n')).toEqual([]);
  });

  it('a namespace package (no __init__.py) counts through its modules', () => {
    expect(thirdParty(['ns/sub.py'], 'a.ipynb', 'from ns.sub import A\nfrom ns import sub\n')).toEqual([]);
  });

  it('a helper named like the standard library beside the notebook folder does not hide the standard library', () => {
    expect(thirdParty(['tools/random.py'], 'nb/a.ipynb', 'import random\n')).toEqual([]);
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

  // A course's exercise files leave blanks for the learner: `import ____`, `from ____ import ____`.
  it('skips the blanks of exercise templates', () => {
    expect(undeclaredImports([unit('exercises/exc_01_03.py', ['____', '___', 'spacy'])], new Set(['spacy']), repo)).toEqual([]);
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

describe('undeclaredImports: declared under other names', () => {
  // A data-science course's declarations (pandas, scikit-learn, Pillow...) and a training repo's
  // (hydra-core, tensorflow-gpu, jax[cuda] parsed to jax, google-cloud-storage), against their imports.
  it('takes name rules, namespaces and extras, but not what a distribution merely installs along', () => {
    const declared = new Set(['pandas', 'scikit-learn', 'pillow', 'matplotlib', 'hydra-core', 'tensorflow-gpu', 'jax', 'google-cloud-storage']);
    const units = [
      unit('nb/03.11-Time-Series.ipynb', ['dateutil', 'sklearn.datasets', 'PIL.Image', 'cPickle', 'urllib2', 'Queue']),
      unit('train.py', ['hydra', 'tensorflow.keras', 'keras', 'jax.numpy', 'google.cloud', 'omegaconf', 'numpy'])
    ];
    expect(undeclaredImports(units, declared, tree([])).map(u => u.key)).toEqual(['dateutil', 'omegaconf', 'numpy']);
  });

  it('reports a namespace member by its distribution', () => {
    const imports: PyImport[] = [{ module: 'google.cloud', name: 'bigquery', local: 'bigquery', line: 3, offset: 0 }];
    const found = undeclaredImports(
      [{ path: 'q.py', analysis: { imports, calls: [], assignments: [] }, evidence: line => ({ path: 'q.py', line }) }],
      new Set(['google-cloud-storage']),
      tree([])
    );
    expect(found.map(u => [u.key, u.distributions[0]])).toEqual([['google.cloud.bigquery', 'google-cloud-bigquery']]);
  });
});
