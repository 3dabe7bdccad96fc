import { RepoFacts } from '../facts';
import { MemoryRepoReader } from '../memoryReader';
import { walkRepo } from '../walk';
import { PYTHON_UNITS } from './units';

async function factsOf(files: Record<string, string | Uint8Array>): Promise<RepoFacts> {
  const reader = new MemoryRepoReader({ files });
  return new RepoFacts(reader, await walkRepo(reader));
}

function notebookJson(cells: Array<[string, string]>, language = 'python'): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: language === 'python' ? 'python3' : language, language } },
    cells: cells.map(([cell_type, source]) => ({ cell_type, source, metadata: {}, outputs: [], execution_count: null }))
  });
}

describe('PYTHON_UNITS', () => {
  it('gives one unit per script and per Python notebook, with evidence back to file, cell and line', async () => {
    const facts = await factsOf({
      'train.py': 'import numpy as np\n\nnp.random.seed(0)\n',
      'analysis.ipynb': notebookJson([
        ['markdown', '# Analysis'],
        ['code', '%matplotlib inline\nimport numpy as np\n!pip install torch'],
        ['markdown', 'More'],
        ['code', 'files = !ls\nnp.random.seed(1)\nnp.random.rand?']
      ]),
      'r.ipynb': notebookJson([['code', 'library(ggplot2)']], 'R'),
      'README.md': '# x'
    });
    const units = await facts.get(PYTHON_UNITS);
    expect(units.map(u => [u.path, u.kind])).toEqual([
      ['train.py', 'script'],
      ['analysis.ipynb', 'notebook']
    ]);
    const [script, notebook] = units;
    const scriptSeed = script.analysis.calls.find(c => c.qualified === 'numpy.random.seed');
    expect(scriptSeed?.line).toBe(3);
    expect(script.evidence(3)).toEqual({ path: 'train.py', line: 3 });

    const seed = notebook.analysis.calls.find(c => c.qualified === 'numpy.random.seed');
    expect(seed?.positional).toEqual(['1']);
    expect(notebook.evidence(seed!.line)).toEqual({ path: 'analysis.ipynb', cell: 3, line: 2 });
    expect(notebook.analysis.imports.map(i => notebook.evidence(i.line))).toEqual([
      { path: 'analysis.ipynb', cell: 1, line: 2 }
    ]);
    // Help requests and shell lines leave no calls behind, and no syntax errors.
    expect(notebook.analysis.calls.map(c => c.text)).toEqual(['np.random.seed']);
    expect(notebook.analysis.syntaxErrors).toEqual([]);
    expect(notebook.evidence(99)).toEqual({ path: 'analysis.ipynb' });
    expect(facts.warnings).toEqual([]);
    expect(await facts.get(PYTHON_UNITS)).toBe(units);
  });

  it('skips binary and non-UTF-8 scripts, which facts.text reports', async () => {
    const facts = await factsOf({
      'bin.py': new Uint8Array([0x69, 0x6d, 0, 0x70]),
      'latin1.py': new Uint8Array([0x78, 0x20, 0x3d, 0x20, 0x22, 0xe9, 0x22]),
      'ok.py': 'x = 1'
    });
    const units = await facts.get(PYTHON_UNITS);
    expect(units.map(u => u.path)).toEqual(['ok.py']);
    expect(facts.warnings.map(w => [w.path, w.message])).toEqual([
      ['bin.py', 'Binary file where text was expected; not analysed'],
      ['latin1.py', 'File is not valid UTF-8 text; not analysed']
    ]);
  });

  it('keeps a unit for a script with syntax errors, with a warning at the first one', async () => {
    const facts = await factsOf({
      'broken.py': 'import random\n\ndef f(:\n    pass\nrandom.seed(0)\n'
    });
    const units = await facts.get(PYTHON_UNITS);
    expect(units).toHaveLength(1);
    expect(units[0].analysis.syntaxErrors[0]).toBe(3);
    expect(units[0].analysis.calls.map(c => c.qualified)).toEqual(['random.seed']);
    expect(facts.warnings).toEqual([
      {
        status: 'warn',
        code: 'reading.python-syntax-error',
        message: 'Python file has syntax errors near line 3; analysis may be incomplete',
        path: 'broken.py',
        line: 3
      }
    ]);
  });

  it('gives an empty unit for a Python notebook without code, none for a broken notebook', async () => {
    const facts = await factsOf({
      'prose.ipynb': notebookJson([['markdown', 'Only words']]),
      'empty.ipynb': notebookJson([]),
      'broken.ipynb': '{ not json'
    });
    const units = await facts.get(PYTHON_UNITS);
    expect(units.map(u => [u.path, u.analysis.calls.length, u.analysis.imports.length])).toEqual([
      ['empty.ipynb', 0, 0],
      ['prose.ipynb', 0, 0]
    ]);
    expect(facts.warnings.map(w => w.path)).toEqual(['broken.ipynb']);
  });

  it('maps lines of a cell magic cell and of %time statements exactly', async () => {
    const facts = await factsOf({
      'nb.ipynb': notebookJson([
        ['code', '%%bash\npython -c "import torch"'],
        ['code', '%%time\nimport torch\n%time torch.manual_seed(0)']
      ])
    });
    const [unit] = await facts.get(PYTHON_UNITS);
    expect(unit.analysis.imports.map(i => [i.module, unit.evidence(i.line)])).toEqual([
      ['torch', { path: 'nb.ipynb', cell: 1, line: 2 }]
    ]);
    const seed = unit.analysis.calls[0];
    expect([seed.qualified, unit.evidence(seed.line)]).toEqual(['torch.manual_seed', { path: 'nb.ipynb', cell: 1, line: 3 }]);
  });
});
