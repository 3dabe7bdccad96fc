import { auditWith } from '../__tests__/checkHarness';
import { runAudit } from '../engine';
import { MemoryRepoReader, MemoryRepoSpec } from '../memoryReader';
import type { CheckResult } from '../report';
import { dependenciesCheck } from './dependencies';

const audit = (files: MemoryRepoSpec['files']): Promise<CheckResult> => auditWith(dependenciesCheck, files);

function notebook(...cells: string[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', language: 'python' }, language_info: { name: 'python' } },
    cells: cells.map(source => ({ cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null }))
  });
}

describe('dependenciesCheck', () => {
  // A 2016 training script: print statements and `except E, e`, run where only Python 3 is declared.
  it('warns on Python 2 scripts unless the environment asks for Python 2', async () => {
    const script = 'import numpy as np\ntry:\n    x = np.load("a.npy")\nexcept IOError, e:\n    print "no data", e\n';
    const result = await audit({ 'requirements.txt': 'numpy==1.11.0\n', 'train.py': script, 'clean.py': 'print("fine")\n' });
    expect(result.status).toBe('warn');
    expect(result.findings.filter(f => f.message.includes('Python 2'))).toEqual([
      expect.objectContaining({ status: 'warn', path: 'train.py', line: 4, message: expect.stringContaining('"except E, e" clause') })
    ]);
    const asked = await audit({ 'requirements.txt': 'numpy==1.11.0\n', 'runtime.txt': 'python-2.7\n', 'train.py': script });
    expect(asked.status).toBe('pass');
    expect(asked.findings.find(f => f.message.includes('Python 2'))?.status).toBe('info');
  });

  it('fails without any dependency file', async () => {
    const result = await audit({ 'train.py': 'import numpy\n', 'README.md': '# x' });
    expect(result.status).toBe('fail');
    expect(result.summary).toMatch(/No dependency file/);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0].status).toBe('fail');
  });

  // A small autograd library: setup.py names the project and no install_requires, the demo imports numpy.
  it('fails when the only dependency file names no package and the code imports some', async () => {
    const setup = 'import setuptools\nsetuptools.setup(name="tiny_grad", version="0.1.0", packages=setuptools.find_packages())\n';
    const result = await audit({ 'setup.py': setup, 'tiny_grad/__init__.py': '', 'demo.py': 'import numpy as np\nimport tiny_grad\n' });
    expect(result).toMatchObject({ status: 'fail', summary: 'setup.py declares no packages, while the code imports numpy' });
    expect(result.findings.map(f => [f.status, f.path])).toEqual([['fail', 'setup.py']]);
    expect((await audit({ 'setup.py': setup, 'tiny_grad/__init__.py': '', 'demo.py': 'import os\nimport tiny_grad\n' })).status).toBe('pass');
  });

  it('passes when every import is declared where repo2docker looks', async () => {
    const result = await audit({
      'binder/environment.yml': 'dependencies:\n  - numpy=1.26.4\n  - pytorch\n  - pip:\n    - opencv-python-headless\n',
      'train.py': 'import os\nimport numpy as np\nimport torch\nimport cv2\nfrom . import sibling\nimport helpers\nfrom IPython.display import display\n',
      'helpers.py': ''
    });
    expect(result.status).toBe('pass');
    expect(result.summary).toBe('Declared in binder/environment.yml; every imported package is declared');
    expect(result.findings).toEqual([]);
  });

  it('warns about each undeclared import at its first place, cells included', async () => {
    const result = await audit({
      'requirements.txt': 'numpy==1.26.4\n',
      'analysis.ipynb': notebook('import numpy as np', 'import pandas as pd\nfrom sklearn import svm'),
      'src/train.py': 'import yaml\nimport pandas\n'
    });
    expect(result.status).toBe('warn');
    expect(result.summary).toBe('Declared in requirements.txt; 3 imported packages not declared: pandas, sklearn, yaml');
    expect(result.findings).toEqual([
      { status: 'warn', message: '"pandas" is imported but no dependency file declares it', path: 'analysis.ipynb', cell: 1, line: 1, evidence: [{ path: 'src/train.py', line: 2 }] },
      { status: 'warn', message: '"sklearn" is imported but no dependency file declares it (package: scikit-learn)', path: 'analysis.ipynb', cell: 1, line: 2 },
      { status: 'warn', message: '"yaml" is imported but no dependency file declares it (package: pyyaml)', path: 'src/train.py', line: 1 }
    ]);
  });

  // An analysis that runs R through rpy2: the extension is loaded by a magic, never imported.
  it('counts the IPython extensions a notebook loads as imports, not those IPython ships', async () => {
    const result = await audit({
      'requirements.txt': 'pandas==2.2.2\n',
      'analysis.ipynb': notebook(
        '%load_ext autoreload\n%autoreload 2\nimport pandas as pd',
        '# filter warnings\n%load_ext rpy2.ipython',
        '%%bash\nload_ext not_a_magic_here',
        'load_ext sql'
      )
    });
    expect(result.summary).toBe('Declared in requirements.txt; 2 imported packages not declared: rpy2, sql');
    expect(result.findings.map(f => [f.message, f.cell, f.line])).toEqual([
      ['"rpy2" is imported but no dependency file declares it', 1, 2],
      ['"sql" is imported but no dependency file declares it (package: ipython-sql)', 3, 1]
    ]);
  });

  // A textbook repo's shape: environment.yml pulling requirements.txt in through pip, and a notebook
  // that writes a module with %%file and imports it.
  it('passes a notebook that writes its own module and imports it', async () => {
    const result = await audit({
      'environment.yml': 'name: handbook\ndependencies:\n  - python=3.5\n  - pip:\n    - -r requirements.txt\n',
      'requirements.txt': 'numpy==1.11.1\npandas==0.18.1\nmemory_profiler\n',
      'notebooks/01.07-Profiling.ipynb': notebook(
        '%load_ext memory_profiler',
        '%%file profile_demo.py\ndef sum_of_lists(N):\n    return sum(range(N))',
        'from profile_demo import sum_of_lists\nimport memory_profiler'
      ),
      'notebooks/03.11-Time-Series.ipynb': notebook('import pandas as pd\nimport numpy as np')
    });
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('pass');
  });

  // Model code in one folder, experiment notebooks in a sibling folder reaching it through sys.path.
  it("passes the repo's own modules reached through sys.path from a sibling folder", async () => {
    const result = await audit({
      'requirements.txt': 'autograd\nnumpy\nscikit-learn\n',
      'nets/__init__.py': '',
      'nets/two_layer_net.py': 'import autograd.numpy as np\n',
      'experiments/Iris.ipynb': notebook("import sys\nsys.path.append('../nets')", 'from two_layer_net import *\nfrom sklearn import datasets')
    });
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('pass');
  });

  // The first cell runs a path helper ("%run setup_paths.py": its __file__ is set) instead of importing it.
  it('follows the sys.path set-up of a script the notebook runs with %run', async () => {
    const helper = "import sys\nfrom pathlib import Path\nsys.path.append(str(Path(__file__).resolve().parents[1] / 'lib' / 'deep'))\n";
    const files = {
      'requirements.txt': 'numpy==1.26.4\n',
      'tools/setup_paths.py': helper,
      'lib/deep/metric_nets.py': 'import numpy as np\n',
      'notebooks/fig2.ipynb': notebook('%run ../tools/setup_paths.py', 'from metric_nets import *')
    };
    expect(await audit(files)).toMatchObject({ status: 'pass', findings: [] });
    const without = await audit({ ...files, 'notebooks/fig2.ipynb': notebook('from metric_nets import *') });
    expect(without.findings.map(f => f.message)).toEqual(['"metric_nets" is imported but no dependency file declares it']);
  });

  // A data-journalism repo: a notebook's Python declared by a pip freeze, an R Markdown analysis that
  // installs its own packages, or loads packages install.R leaves out.
  it('compares the R code with install.R, and warns when it installs its packages itself', async () => {
    const selfInstall = await audit({
      'requirements.txt': 'pyparsing==2.4.7\n',
      'py/extract.ipynb': notebook('import pyparsing'),
      'rmd/analysis.Rmd': '```{r setup}\nPackages <- c("readr", "caret")\ninstall.packages(Packages)\nlapply(Packages, require, character.only = TRUE)\n```\n'
    });
    expect(selfInstall.status).toBe('warn');
    expect(selfInstall.findings.map(f => [f.message, f.path, f.line])).toEqual([
      ['The R code installs the packages it needs itself (install.packages) and no install.R, DESCRIPTION or renv.lock declares them', 'rmd/analysis.Rmd', 3]
    ]);
    const partial = await audit({ 'install.R': 'install.packages("dplyr")\n', 'analysis.R': 'library(dplyr)\nlibrary(ggplot2)\n' });
    expect(partial.summary).toBe('Declared in install.R; 1 imported package not declared: ggplot2');
    expect(partial.findings.map(f => f.message)).toEqual(['R package "ggplot2" is loaded but no install.R, DESCRIPTION or renv.lock declares it']);
  });

  // A project template: requirements.txt for the package, an optional citation tracker behind try/except,
  // and a Sphinx build under doc/ with its own extensions.
  it('passes when only optional imports and the Sphinx build import undeclared packages', async () => {
    const result = await audit({
      'requirements.txt': 'numpy\nscipy\npandas\n',
      'template_pkg/core.py': 'import numpy as np\nimport pandas as pd\nimport scipy.optimize as opt\n',
      'template_pkg/due.py': 'try:\n    from duecredit import due, BibTeX\nexcept Exception as e:\n    due = None\n',
      'doc/conf.py': 'import sphinx\nimport sphinx_rtd_theme\nextensions = ["numpydoc"]\n',
      'doc/sphinxext/github.py': 'from docutils import nodes\n'
    });
    expect(result).toMatchObject({ status: 'pass', findings: [] });
  });

  it('warns when the only declarations are outside the root, binder/ and .binder/', async () => {
    const result = await audit({ 'code/requirements.txt': 'numpy\n', 'code/run.py': 'import numpy\n' });
    expect(result.status).toBe('warn');
    expect(result.summary).toBe("Declared only outside repo2docker's places: code/requirements.txt; every imported package is declared");
    expect(result.findings).toEqual([
      {
        status: 'warn',
        message: 'code/requirements.txt is outside the root, binder/ and .binder/, where repo2docker and readers look for it',
        path: 'code/requirements.txt'
      }
    ]);
  });

  it('counts packages declared in sub-folders for imports, and reports broken files', async () => {
    const result = await audit({
      'environment.yml': 'dependencies: [numpy\n',
      'docs/requirements.txt': 'numpy\n',
      'run.py': 'import numpy\n'
    });
    expect(result.status).toBe('warn');
    expect(result.summary).toMatch(/^Declared in environment.yml; every imported package is declared; some files could not be fully read$/);
    expect(result.findings).toEqual([expect.objectContaining({ status: 'warn', path: 'environment.yml', line: 2, message: expect.stringMatching(/^Broken YAML/) })]);
  });

  // A benchmark repo's shape: requirements.txt beside a Dockerfile over a framework image, code importing
  // what only the image brings. The image may have it, but nothing declares it.
  it('compares imports even when a Dockerfile over a full image defines the environment', async () => {
    const result = await audit({
      Dockerfile: 'FROM tensorflow/tensorflow:latest-gpu-py3\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      'requirements.txt': 'scikit-learn>=0.19.0\npsutil>=5.2.2\n',
      'benchmark/convnet.py': 'import numpy as np\nimport tensorflow as tf\nfrom sklearn.svm import SVC\nimport psutil\n'
    });
    expect(result.status).toBe('warn');
    expect(result.summary).toBe(
      "Declared in Dockerfile, requirements.txt; 2 imported packages not declared: numpy, tensorflow (the Dockerfile's base image tensorflow/tensorflow:latest-gpu-py3 may bring some, undeclared)"
    );
    const scipyImage = await audit({ Dockerfile: 'FROM jupyter/scipy-notebook:2024-01-15\nUSER jovyan\n', 'run.py': 'import scipy\n' });
    expect(scipyImage.status).toBe('warn');
  });

  it('reads what a Dockerfile over a bare python image installs', async () => {
    const result = await audit({ Dockerfile: 'FROM python:3.11\nRUN pip install numpy==1.26.4\n', 'run.py': 'import numpy\nimport scipy\n' });
    expect(result.status).toBe('warn');
    expect(result.findings.map(f => [f.message, f.path, f.line])).toEqual([['"scipy" is imported but no dependency file declares it', 'run.py', 2]]);
  });

  it('treats the project itself and lock-listed packages as declared', async () => {
    const result = await audit({
      'pyproject.toml': '[project]\nname = "paper-code"\ndependencies = ["numpy"]\n',
      'uv.lock': '[[package]]\nname = "scipy"\n',
      'nb/run.py': 'import numpy\nimport scipy\nimport paper_code\n'
    });
    expect(result.status).toBe('pass');
  });
});

describe('dependenciesCheck with many files outside repo2docker places', () => {
  it('gives one finding with every file as evidence', async () => {
    const report = await runAudit(
      new MemoryRepoReader({ files: { 'a/requirements.txt': 'numpy\n', 'b/requirements.txt': 'numpy\n', 'a/run.py': 'import numpy\nimport urllib2\n' } }),
      { checks: [dependenciesCheck] }
    );
    const result = report.checks[0];
    expect(result.status).toBe('warn');
    expect(result.findings).toEqual([
      {
        status: 'warn',
        code: 'dependencies.outside-known-places',
        message: '2 dependency files, all outside the root, binder/ and .binder/, where repo2docker and readers look',
        path: 'a/requirements.txt',
        evidence: [{ path: 'b/requirements.txt' }]
      }
    ]);
  });
});

describe('dependenciesCheck and lock files', () => {
  it('a lock of unknown format alone declares nothing; a Pipfile.lock does', async () => {
    const unknown = await runAudit(new MemoryRepoReader({ files: { 'tool.lock': 'pid 42\n', 'run.py': '' } }), { checks: [dependenciesCheck] });
    expect(unknown.checks[0].status).toBe('fail');
    const pipfileLock = await runAudit(new MemoryRepoReader({ files: { 'Pipfile.lock': '{"default": {"numpy": {}}}', 'run.py': 'import numpy\n' } }), {
      checks: [dependenciesCheck]
    });
    expect(pipfileLock.checks[0]).toMatchObject({ status: 'pass', summary: 'Declared in Pipfile.lock; every imported package is declared' });
  });
});
