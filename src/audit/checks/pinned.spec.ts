import { auditWith } from '../__tests__/checkHarness';
import type { MemoryRepoSpec } from '../memoryReader';
import type { CheckResult } from '../report';
import { pinnedCheck } from './pinned';

const audit = (files: MemoryRepoSpec['files']): Promise<CheckResult> => auditWith(pinnedCheck, files);

describe('pinnedCheck', () => {
  it('is not applicable when nothing is declared and the code imports no third-party package', async () => {
    const result = await audit({ 'run.py': 'import os\nimport helpers\n', 'helpers.py': 'import json\n' });
    expect(result).toMatchObject({ status: 'na', summary: 'No declared packages to pin', findings: [] });
  });

  // A small autograd library's shape: setup.py with no install_requires, a demo notebook importing the
  // scientific stack and a test importing torch, the package itself imported from its folder.
  it('fails when the code imports third-party packages and nothing is declared', async () => {
    const notebook = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 4,
      metadata: { kernelspec: { name: 'python3', language: 'python' } },
      cells: [{ cell_type: 'code', source: 'import numpy as np\nfrom sklearn.datasets import make_moons\nfrom tiny_grad.engine import Value', metadata: {}, outputs: [], execution_count: 1 }]
    });
    const result = await audit({
      'setup.py': 'import setuptools\nsetuptools.setup(name="tiny_grad", version="0.1.0", packages=setuptools.find_packages())\n',
      'tiny_grad/__init__.py': '',
      'tiny_grad/engine.py': 'class Value:\n    pass\n',
      'demo.ipynb': notebook,
      'test/test_engine.py': 'import torch\nfrom tiny_grad.engine import Value\n'
    });
    expect(result.status).toBe('fail');
    expect(result.summary).toBe('Nothing declared, so none of the 3 imported packages is pinned');
    expect(result.findings).toEqual([
      {
        status: 'fail',
        message: 'The code imports 3 third-party packages (numpy, sklearn, torch) and no file declares any version of them',
        path: 'demo.ipynb',
        cell: 0,
        line: 1,
        fix: 'pins',
        evidence: [
          { path: 'demo.ipynb', cell: 0, line: 2 },
          { path: 'test/test_engine.py', line: 1 }
        ]
      }
    ]);
  });

  // An R Markdown analysis with no install.R, DESCRIPTION or renv.lock: its packages have no version anywhere.
  it('fails when R code loads packages and nothing is declared', async () => {
    const rmd = '---\ntitle: x\n---\n```{r}\nlibrary(dplyr)\nlibrary(ggplot2)\n```\n';
    const result = await audit({ 'index.Rmd': rmd, 'README.md': '# x\n' });
    expect(result).toMatchObject({ status: 'fail', summary: 'Nothing declared, so none of the 2 imported packages is pinned' });
    expect(result.findings[0]).toMatchObject({ path: 'index.Rmd', line: 5, evidence: [{ path: 'index.Rmd', line: 6 }] });
  });

  // A Python notebook whose analysis runs in R through rpy2's `%%R` cells, and an R-kernel notebook.
  it('fails when notebook R cells load packages and nothing is declared, naming each at its cell', async () => {
    const cell = (source: string) => ({ cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null });
    const notebook = (cells: object[], language: string) =>
      JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: { language_info: { name: language } }, cells });
    const result = await audit({
      'analysis.ipynb': notebook([cell('%load_ext rpy2.ipython\nimport warnings'), cell('%%R\nlibrary(dplyr)\nraw <- read.csv("x.csv")'), cell('print(1)')], 'python'),
      'survival.ipynb': notebook([cell('# the model\nlibrary(survival)\nfit <- coxph(f, data = d)')], 'R'),
      'summary.ipynb': notebook([cell('df.describe()  # library(notR) in Python is no R')], 'python')
    });
    // rpy2, loaded by `%load_ext`, then the R packages.
    expect(result).toMatchObject({ status: 'fail', summary: 'Nothing declared, so none of the 3 imported packages is pinned' });
    expect(result.findings[0]).toMatchObject({
      path: 'analysis.ipynb',
      cell: 0,
      line: 1,
      evidence: [
        { path: 'analysis.ipynb', cell: 1, line: 2 },
        { path: 'survival.ipynb', cell: 0, line: 2 }
      ]
    });
  });

  it('passes when every package has an exact version; python and pip need none', async () => {
    const result = await audit({
      'environment.yml': 'dependencies:\n  - python=3.11\n  - pip\n  - numpy=1.26.4\n  - pip:\n    - torch==2.1.0\n'
    });
    expect(result.status).toBe('pass');
    expect(result.summary).toBe('All 2 declared packages are pinned');
    expect(result.findings).toEqual([]);
  });

  it('warns when some are pinned, listing each unpinned package with a fix', async () => {
    const result = await audit({
      'requirements.txt': 'numpy==1.26.4\npandas>=2\nscipy\n',
      'setup.py': 'from setuptools import setup\nsetup(install_requires=["pandas", "numpy>=1.20"])\n'
    });
    expect(result.status).toBe('warn');
    expect(result.summary).toBe('1 of 3 declared packages pinned');
    expect(result.findings).toEqual([
      { status: 'warn', message: 'pandas (>=2) is not pinned to an exact version', path: 'requirements.txt', line: 2, fix: 'pins', evidence: [{ path: 'setup.py', line: 2 }] },
      { status: 'warn', message: 'scipy is not pinned to an exact version', path: 'requirements.txt', line: 3, fix: 'pins' }
    ]);
  });

  it('fails when nothing is pinned', async () => {
    const result = await audit({ 'binder/requirements.txt': 'numpy\npandas>=2\n' });
    expect(result.status).toBe('fail');
    expect(result.summary).toBe('0 of 2 declared packages pinned');
    // The item is worse than each package's warning: its summary leads, at its status (itemStatus.ts).
    expect(result.findings.map(f => [f.path, f.line])).toEqual([
      [undefined, undefined],
      ['binder/requirements.txt', 1],
      ['binder/requirements.txt', 2]
    ]);
  });

  it('passes when a lock file covers the ranges', async () => {
    const result = await audit({
      'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.10"\nnumpy = "^1.26"\npandas = "^2"\n',
      'poetry.lock': '[[package]]\nname = "numpy"\n[[package]]\nname = "pandas"\n'
    });
    expect(result.status).toBe('pass');
    expect(result.summary).toBe('All 2 declared packages are pinned (2 by a lock file or constraints)');
  });

  it('a lock covers only what it lists', async () => {
    const result = await audit({
      Pipfile: '[packages]\nnumpy = "*"\nrequests = "*"\n',
      'Pipfile.lock': '{"default": {"numpy": {"version": "==1.26.4"}}}'
    });
    expect(result.status).toBe('warn');
    expect(result.findings.map(f => f.message)).toEqual(['requests (*) is not pinned to an exact version']);
  });

  it('a lock of unknown format covers what is declared beside it', async () => {
    const result = await audit({ 'environment.yml': 'dependencies:\n  - numpy\n', 'conda-linux-64.lock': '@EXPLICIT\nhttps://x/numpy.conda\n' });
    expect(result.status).toBe('pass');
  });

  it('counts -c constraints and a pin elsewhere in the repo', async () => {
    const result = await audit({
      'requirements.in': 'numpy\npandas\n-c constraints.txt\n',
      'constraints.txt': 'numpy==1.26.4\n',
      'requirements.txt': 'pandas==2.2.0\n'
    });
    expect(result.status).toBe('pass');
  });

  it('a broken lock covers nothing and says so', async () => {
    const result = await audit({ 'requirements.txt': 'numpy\n', 'poetry.lock': '[[package]\n' });
    expect(result.status).toBe('fail');
    expect(result.findings[2]).toMatchObject({ status: 'warn', path: 'poetry.lock', line: 1, message: expect.stringMatching(/^Lock file not usable: Broken TOML/) });
  });

  it('Julia packages are pinned by Manifest.toml, R packages by a runtime.txt snapshot', async () => {
    const result = await audit({
      'Project.toml': '[deps]\nCSV = "336ed68f"\n',
      'Manifest.toml': 'manifest_format = "2.0"\n[[deps.CSV]]\nuuid = "336ed68f"\n',
      'install.R': 'install.packages("dplyr")\n',
      'runtime.txt': 'r-2024-01-15\n'
    });
    expect(result.status).toBe('pass');
    expect(result.summary).toBe('All 2 declared packages are pinned (1 by a lock file or constraints)');
  });
});
