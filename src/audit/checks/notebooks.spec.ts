import { runCheck } from '../__tests__/checkHarness';
import type { MemoryRepoSpec } from '../memoryReader';
import { notebooksCheck } from './notebooks';

interface CellSpec {
  source: string;
  count?: number | null;
  markdown?: boolean;
  error?: [string, string];
  tags?: string[];
}

function notebook(cells: CellSpec[], language = 'python'): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: language === 'python' ? 'python3' : 'ir', language } },
    cells: cells.map(c =>
      c.markdown
        ? { cell_type: 'markdown', source: c.source, metadata: {} }
        : {
            cell_type: 'code',
            source: c.source,
            metadata: c.tags ? { tags: c.tags } : {},
            execution_count: c.count ?? null,
            outputs: c.error ? [{ output_type: 'error', ename: c.error[0], evalue: c.error[1], traceback: [] }] : []
          }
    )
  });
}

async function run(files: MemoryRepoSpec['files']) {
  return (await runCheck(notebooksCheck, { files })).outcome;
}

const CLEAN = notebook([
  { source: '# Analysis', markdown: true },
  { source: 'import numpy as np\nimport pandas as pd', count: 1 },
  { source: 'df = pd.read_csv("data/x.csv")\nnp.mean(df.x)', count: 2 }
]);

describe('notebooksCheck', () => {
  it('does not apply without notebooks', async () => {
    expect(await run({ 'a.py': 'x = 1' })).toEqual({ status: 'na', summary: 'No notebooks', findings: [] });
  });

  it('passes a notebook run once, in order, without issues', async () => {
    const outcome = await run({ 'clean.ipynb': CLEAN });
    expect(outcome).toEqual({
      status: 'pass',
      summary: '1 notebook(s), all run cleanly in order',
      findings: [{ status: 'pass', message: '1 notebook(s) run top to bottom, counts 1..n in order', path: 'clean.ipynb' }]
    });
  });

  it('fails on cells run out of order', async () => {
    const nb = notebook([
      { source: 'import numpy as np', count: 1 },
      { source: 'x = np.ones(3)', count: 7 },
      { source: 'y = np.zeros(3)', count: 3 }
    ]);
    const outcome = await run({ 'order.ipynb': nb });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('1 notebook(s): 1 out of order or with saved errors');
    expect(outcome.findings).toEqual([
      {
        status: 'fail',
        message: 'Restart & Run All would not reproduce the saved outputs (count 3 after 7); in all: 1 cell run out of order (cell 3); counts skip 1 time; restart and run all before saving',
        path: 'order.ipynb',
        cell: 2,
        line: 1
      }
    ]);
  });

  it('fails on saved errors, naming the cell and the error', async () => {
    const nb = notebook([
      { source: 'import numpy as np', count: 1 },
      { source: 'np.linalg.inv(a)', count: 2, error: ['LinAlgError', 'Singular matrix'] }
    ]);
    const outcome = await run({ 'err.ipynb': nb });
    expect(outcome.status).toBe('fail');
    expect(outcome.findings[0]).toEqual({
      status: 'fail',
      message: 'Cell 2 saved an error (LinAlgError: Singular matrix)',
      path: 'err.ipynb',
      cell: 1,
      line: 1
    });
  });

  it('notes a never-run notebook without calling it out of order', async () => {
    const nb = notebook([{ source: 'import numpy as np' }, { source: 'np.ones(3)' }]);
    const outcome = await run({ 'fresh.ipynb': nb });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([
      { status: 'pass', message: '1 notebook(s) saved without outputs, so their run order cannot be checked', path: 'fresh.ipynb' }
    ]);
  });

  it('warns on an invalid notebook', async () => {
    const outcome = await run({ 'broken.ipynb': '{"cells": [', 'clean.ipynb': CLEAN });
    expect(outcome.status).toBe('warn');
    expect(outcome.summary).toBe('2 notebook(s): 1 with minor issues');
    expect(outcome.findings[0]).toMatchObject({ status: 'warn', path: 'broken.ipynb' });
    expect(outcome.findings[0].message).toMatch(/^Notebook is not valid JSON/);
    expect(outcome.findings[1]).toMatchObject({ status: 'pass', path: 'clean.ipynb' });
  });

  it('warns on gaps, late imports and absolute paths, with cells and lines', async () => {
    const nb = notebook([
      { source: 'import numpy as np', count: 1 },
      { source: 'x = np.ones(3)', count: 2 },
      { source: 'import pandas as pd\ndf = pd.read_csv("/home/ana/data.csv")', count: 5 }
    ]);
    const outcome = await run({ 'messy.ipynb': nb });
    expect(outcome.status).toBe('warn');
    expect(outcome.findings).toEqual([
      {
        status: 'warn',
        message: 'Restart & Run All may not reproduce the saved outputs (count jumps from 2 to 5); in all: counts skip 1 time; restart and run all before saving',
        path: 'messy.ipynb',
        cell: 2,
        line: 1
      },
      {
        status: 'warn',
        message: '"pandas" is imported after other code; move imports to the first cell',
        fix: 'imports',
        path: 'messy.ipynb',
        cell: 2,
        line: 1
      },
      {
        status: 'warn',
        message:
          'Absolute path "/home/ana/data.csv" will not exist on another machine; use a path relative to the repo',
        fix: 'paths',
        path: 'messy.ipynb',
        cell: 2,
        line: 2
      }
    ]);
  });

  it('advises (info, never a warning) when settings are not in a parameters cell, and credits one that is', async () => {
    const cells: CellSpec[] = [
      { source: 'import numpy as np', count: 1 },
      { source: 'epochs = 10\nlearning_rate = 0.01', count: 2 },
      { source: 'w = np.zeros(epochs)', count: 3 }
    ];
    const missing = await run({ 'p.ipynb': notebook(cells) });
    expect(missing.status).toBe('pass');
    expect(missing.findings[0]).toEqual({
      status: 'info',
      message: 'Settings such as epochs are not in a cell tagged "parameters", so papermill cannot rerun it with other values',
      path: 'p.ipynb',
      cell: 1,
      line: 1
    });
    cells[1].tags = ['parameters'];
    const tagged = await run({ 'p.ipynb': notebook(cells) });
    expect(tagged.status).toBe('pass');
    expect(tagged.findings[0]).toEqual({
      status: 'pass',
      message: 'Cell 2 is tagged "parameters" for papermill',
      path: 'p.ipynb',
      cell: 1,
      line: 1
    });
  });

  it('lists five saved errors per notebook and counts the rest', async () => {
    const cells: CellSpec[] = [{ source: 'import math', count: 1 }];
    for (let i = 1; i <= 7; i++) {
      cells.push({ source: `math.log(${-i})`, count: i + 1, error: ['ValueError', 'math domain error'] });
    }
    const outcome = await run({ 'e.ipynb': notebook(cells) });
    expect(outcome.findings.map(f => f.message)).toEqual([
      'Cell 2 saved an error (ValueError: math domain error)',
      'Cell 3 saved an error (ValueError: math domain error)',
      'Cell 4 saved an error (ValueError: math domain error)',
      'Cell 5 saved an error (ValueError: math domain error)',
      'Cell 6 saved an error (ValueError: math domain error)',
      '2 more saved errors',
      '1 notebook(s) run top to bottom, counts 1..n in order'
    ]);
    expect(outcome.findings[5].evidence).toEqual([
      { path: 'e.ipynb', cell: 6, line: 1 },
      { path: 'e.ipynb', cell: 7, line: 1 }
    ]);
  });

  it('checks only the run order of non-Python notebooks', async () => {
    const nb = notebook([{ source: 'X <- "/home/ana/d.csv"', count: 2 }, { source: 'library(dplyr)', count: 1 }], 'R');
    const outcome = await run({ 'r.ipynb': nb });
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toHaveLength(1);
  });
});

describe('notebooksCheck: the repo status follows the share of notebooks', () => {
  const outOfOrder = notebook([
    { source: 'import numpy as np', count: 4 },
    { source: 'x = np.arange(3)', count: 2 }
  ]);
  const withError = notebook([
    { source: 'import pandas as pd', count: 1 },
    { source: 'pd.read_csv("penguins.csv")', count: 2, error: ['FileNotFoundError', "No such file: 'penguins.csv'"] }
  ]);
  // A course repo: one notebook per lesson, a few saved mid-edit.
  const lessons = (bad: Record<string, string>, total: number) =>
    Object.fromEntries(Array.from({ length: total }, (_, i) => [`notebooks/lesson_${i + 1}.ipynb`, bad[`lesson_${i + 1}`] ?? CLEAN]));

  it('warns when fewer than half are out of order or hold saved errors', async () => {
    const outcome = await run(lessons({ lesson_2: outOfOrder, lesson_5: withError }, 6));
    expect(outcome.status).toBe('warn');
    expect(outcome.summary).toBe('6 notebook(s): 2 out of order or with saved errors');
    expect(outcome.findings.filter(f => f.status === 'fail').map(f => f.path)).toEqual([
      'notebooks/lesson_2.ipynb',
      'notebooks/lesson_5.ipynb'
    ]);
  });

  it('fails when half or more are', async () => {
    expect((await run(lessons({ lesson_1: outOfOrder, lesson_3: withError }, 4))).status).toBe('fail');
    expect((await run({ 'only.ipynb': withError })).status).toBe('fail');
  });
});
