import { runCheck } from '../__tests__/checkHarness';
import type { MemoryRepoSpec } from '../memoryReader';
import { docsCheck } from './docs';

async function run(files: MemoryRepoSpec['files']) {
  return (await runCheck(docsCheck, { files })).outcome;
}

const GOOD_README = [
  '# Study', //1
  '', //2
  '## Reproduce', //3
  '', //4
  '```bash', //5
  'pip install -r requirements.txt', //6
  'python train.py', //7
  '```', //8
  '', //9
  '## Results', //10
  '', //11
  '| model | accuracy |', //12
  '|---|---|', //13
  '| ours | 0.91 |' //14
].join('\n');

const documented = (name: string) => `def ${name}(x):\n    """Do it."""\n    return x\n`;
const undocumented = (name: string) => `def ${name}(x):\n    return x\n`;

describe('docsCheck', () => {
  it('fails without a README, still reporting the rest', async () => {
    const outcome = await run({ 'a.py': documented('f'), LICENSE: 'MIT' });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('No README');
    expect(outcome.findings.map(f => f.status)).toEqual(['fail', 'pass', 'pass']);
  });

  it('passes with steps, results, documented code and a licence, noting CITATION.cff', async () => {
    const outcome = await run({
      'README.md': GOOD_README,
      'src/lib.py': documented('a') + undocumented('b') + 'def _private():\n    pass\n',
      'tests/test_lib.py': undocumented('test_a'),
      'LICENSE.txt': 'MIT',
      'CITATION.cff': 'cff-version: 1.2.0\n'
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([
      {
        status: 'pass',
        message: 'README.md says how to run it: "Reproduce" with commands at line 5',
        path: 'README.md',
        line: 3
      },
      { status: 'pass', message: 'README.md has a results table under "Results"', path: 'README.md', line: 12 },
      { status: 'pass', message: '1 of 2 public functions and classes have a docstring (50%)' },
      { status: 'pass', message: 'Licence in LICENSE.txt', path: 'LICENSE.txt' },
      { status: 'pass', message: 'CITATION.cff says how to cite the work', path: 'CITATION.cff' }
    ]);
  });

  it('warns on what is missing, naming it in the summary', async () => {
    const outcome = await run({ 'README.md': '# Study\n\n## Installation\n\nInstall the requirements.\n' });
    expect(outcome.status).toBe('warn');
    expect(outcome.summary).toBe('README present; missing: how-to-reproduce commands, results table, licence');
    expect(outcome.findings).toEqual([
      {
        status: 'warn',
        message: 'README.md has a "Installation" section but no commands in it: give the exact commands',
        path: 'README.md',
        line: 3
      },
      { status: 'warn', message: 'README.md shows no results: add a results table', path: 'README.md' },
      { status: 'warn', message: 'No LICENSE file: without one, others may not reuse the code or rerun the study' }
    ]);
  });

  it('lists the first undocumented public functions and counts the rest', async () => {
    const code = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(undocumented).join('') + 'class K:\n    def m(self):\n        pass\n';
    const outcome = await run({ 'README.md': GOOD_README, COPYING: 'GPL', 'lib.py': code });
    expect(outcome.status).toBe('warn');
    expect(outcome.summary).toBe('README present; missing: docstrings');
    const finding = outcome.findings.find(f => f.message.startsWith('Only'));
    expect(finding).toEqual({
      status: 'warn',
      message: 'Only 0 of 9 public functions and classes have a docstring (0%); undocumented: a, b, c, d, e and 4 more',
      path: 'lib.py',
      line: 1,
      evidence: [
        { path: 'lib.py', line: 3 },
        { path: 'lib.py', line: 5 },
        { path: 'lib.py', line: 7 },
        { path: 'lib.py', line: 9 }
      ]
    });
  });

  it('follows the README to a linked document holding the steps', async () => {
    const readme = '# Study\n\nSee [training](docs/TRAINING.md#setup) and [missing](NOPE.md).\n\n## Results\n\n| a | b |\n|---|---|\n';
    const outcome = await run({
      'README.md': readme,
      'docs/TRAINING.md': '# Training\n\n```\npython train.py\n```\n',
      LICENSE: 'MIT'
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings[0]).toEqual({
      status: 'pass',
      message: 'README.md links docs/TRAINING.md, which says how to run it: "Training" with commands at line 3',
      path: 'docs/TRAINING.md',
      line: 1,
      evidence: [{ path: 'README.md', line: 3 }]
    });
  });

  it('reads a reStructuredText README', async () => {
    const rst = 'Study\n=====\n\nUsage\n-----\n\n::\n\n    python run.py\n\nResults\n-------\n\n=====  =====\nmodel  acc\n=====  =====\n';
    const outcome = await run({ 'README.rst': rst, LICENSE: 'MIT' });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings.map(f => f.line)).toEqual([4, 14, undefined]);
  });

  it('warns when the README is not text', async () => {
    const outcome = await run({ 'README.md': new Uint8Array([0, 159, 146, 150]), LICENSE: 'MIT' });
    expect(outcome.status).toBe('warn');
    expect(outcome.findings[0]).toEqual({ status: 'warn', message: 'README.md could not be read as text (binary)', path: 'README.md' });
  });

  it.each([
    ['## License\n\nThis project is licensed under the MIT License.\n', 'names the licence (MIT)', 3],
    ['Code licensed under Apache 2.0 (see the paper for the data terms).\n', 'names the licence (Apache 2.0)', 1],
    ['## Licence\n\nBSD-3-Clause\n', 'names the licence (BSD-3-Clause)', 3],
    ['[![License: MIT](https://img.shields.io/badge/License-MIT-yellow.svg)](https://opensource.org/licenses/MIT)\n', 'names the licence (MIT)', 1],
    ['[![badge](https://img.shields.io/github/license/some-lab/some-study)](#)\n', 'shows a licence badge', 1]
  ])('counts a licence named in the README: %s', async (statement, said, line) => {
    const outcome = await run({ 'README.md': GOOD_README + '\n\n' + statement, 'lib.py': documented('f') });
    const licence = outcome.findings[3];
    expect(licence).toMatchObject({ status: 'pass', path: 'README.md', line: 15 + line });
    expect(licence.message).toContain(said);
    expect(outcome.status).toBe('pass');
  });

  it('does not take "see LICENSE" or a word like "licence" alone for a named licence', async () => {
    const outcome = await run({ 'README.md': GOOD_README + '\n\nPlease check the licence of each dataset before use.\n', 'lib.py': documented('f') });
    expect(outcome.findings[3].status).toBe('warn');
  });

  it("counts a README table mapping notebooks to the paper's figures as steps and results", async () => {
    // The shape of many paper repos: one notebook per figure, no command block, no results heading.
    const readme = [
      '# Code for "A study of things"', //1
      '', //2
      'Each notebook makes one figure or table of the paper.', //3
      '', //4
      '| Paper | Notebook |', //5
      '|---|---|', //6
      '| Figure 1 | [notebooks/fig1_overview.ipynb](notebooks/fig1_overview.ipynb) |', //7
      '| Fig. 3b | `notebooks/fig3_ablation.ipynb` |', //8
      '| Table 2 | scripts/table2.py |' //9
    ].join('\n');
    const outcome = await run({ 'README.md': readme, 'scripts/table2.py': documented('main'), LICENSE: 'MIT' });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings.slice(0, 2)).toEqual([
      { status: 'pass', message: "README.md maps notebooks or scripts to the paper's figures and tables (3 row(s))", path: 'README.md', line: 5 },
      { status: 'pass', message: "README.md maps notebooks or scripts to the paper's figures and tables (3 row(s))", path: 'README.md', line: 5 }
    ]);
  });

  it("leaves a vendored library's docstrings out of the share", async () => {
    const outcome = await run({
      'README.md': GOOD_README,
      'LICENSE': 'MIT License\nCopyright (c) 2020 Study Authors\n',
      'model.py': undocumented('train') + undocumented('evaluate'),
      'external/optim_lib/setup.py': 'from setuptools import setup\n',
      'external/optim_lib/LICENSE': 'Apache License 2.0\n',
      'external/optim_lib/optim_lib/adam.py': documented('a') + documented('b') + documented('c') + documented('d') + documented('e')
    });
    expect(outcome.findings[2]).toMatchObject({ status: 'warn', message: 'Only 0 of 2 public functions and classes have a docstring (0%); undocumented: train, evaluate' });
  });
});
