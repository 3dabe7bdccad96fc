import type { NotebookCellInfo } from '../notebook/parse';
import { analyzePython } from '../python/analyze';
import type { Evidence } from '../report';
import { absolutePathsOf, isMachinePath } from './absolutePaths';
import { executionOrderOf, runOrderProblemsOf, runOrderSummary } from './executionOrder';
import { lateImportsOf } from './lateImports';
import { settingsOf } from './parameters';
import { savedErrorsOf } from './savedErrors';

function code(index: number, executionCount: number | null, source = 'x = 1', outputs: unknown[] = []): NotebookCellInfo {
  return { index, cellType: 'code', source, executionCount, outputs: outputs as NotebookCellInfo['outputs'], tags: [] };
}
const markdown = (index: number): NotebookCellInfo => ({
  index,
  cellType: 'markdown',
  source: '# t',
  executionCount: null,
  outputs: [],
  tags: []
});

describe('executionOrderOf', () => {
  it('accepts 1..n in cell order, ignoring markdown and empty cells', () => {
    expect(executionOrderOf([markdown(0), code(1, 1), code(2, null, '  '), code(3, 2)])).toEqual({
      kind: 'in-order',
      cells: 2
    });
  });

  it('reports the first cell whose count is not above the previous one', () => {
    expect(executionOrderOf([code(0, 1), code(1, 5), code(2, 3), code(3, 2)])).toEqual({
      kind: 'out-of-order',
      cell: 2,
      count: 3,
      previous: 5
    });
    expect(executionOrderOf([code(0, 2), code(1, 2)])).toMatchObject({ kind: 'out-of-order', cell: 1 });
  });

  it('reports gaps: a late start, a jump, an unrun cell', () => {
    expect(executionOrderOf([code(0, 3), code(1, 4)])).toEqual({ kind: 'gap', cell: 0, detail: 'counts start at 3, not 1' });
    expect(executionOrderOf([code(0, 1), code(1, 4)])).toEqual({ kind: 'gap', cell: 1, detail: 'count jumps from 1 to 4' });
    expect(executionOrderOf([code(0, 1), code(1, null), code(2, 2)])).toEqual({
      kind: 'gap',
      cell: 1,
      detail: 'a code cell was not run'
    });
  });

  it('tells never-run notebooks and notebooks without code apart', () => {
    expect(executionOrderOf([code(0, null), code(1, null)])).toEqual({ kind: 'never-run' });
    expect(executionOrderOf([markdown(0)])).toEqual({ kind: 'no-code' });
  });

  it('reads a saved count of 0 (a Colab notebook, cells not run in the saved session) as not run', () => {
    // Counts as saved by a Colab tutorial: 0 on the cells skipped, rising counts on the others.
    const cells = [code(0, 0), code(1, 0), code(2, 38), code(3, 0), code(4, 40), code(5, 44)];
    expect(executionOrderOf(cells)).toEqual({ kind: 'gap', cell: 0, detail: 'a code cell was not run' });
    expect(executionOrderOf([code(0, 0), code(1, 0)])).toEqual({ kind: 'never-run' });
  });
});

describe('runOrderProblemsOf', () => {
  it('counts every problem, not only the first: out of order, unrun between run cells, skipped counts', () => {
    // Counts as a notebook re-run piecemeal saves them: 1-5, 25, 7, 8, an unrun cell, then 23, 18.
    const cells = [1, 2, 3, 4, 5, 25, 7, 8, null, 23, 18].map((count, i) => code(i, count));
    const problems = runOrderProblemsOf([markdown(11), ...cells, code(12, null)]);
    expect(problems).toEqual({ outOfOrder: [6, 10], unrunBetween: [8], skips: 2 });
    expect(runOrderSummary(problems)).toBe(
      '2 cells run out of order (cell 7, 11); 1 cell never run between run ones (cell 9); counts skip 2 times'
    );
  });

  it('finds nothing in a clean run or a notebook never run', () => {
    expect(runOrderSummary(runOrderProblemsOf([code(0, 1), code(1, 2), markdown(2), code(3, 3)]))).toBe('');
    expect(runOrderProblemsOf([code(0, null)])).toEqual({ outOfOrder: [], unrunBetween: [], skips: 0 });
  });
});

describe('savedErrorsOf', () => {
  it('lists error outputs with their cell', () => {
    const cells = [
      code(0, 1, 'print(1)', [{ output_type: 'stream', name: 'stdout', text: '1' }]),
      code(1, 2, 'f()', [{ output_type: 'error', ename: 'ValueError', evalue: 'bad shape\nmore', traceback: [] }]),
      code(2, 3, 'g()', [{ output_type: 'error', traceback: [] }])
    ];
    expect(savedErrorsOf(cells)).toEqual([
      { cell: 1, text: 'ValueError: bad shape' },
      { cell: 2, text: 'Error' }
    ]);
  });
});

/** A notebook's code as the Python units give it: cells of the given sources, with line mapping. */
function cellsOf(...sources: string[]): { analysis: ReturnType<typeof analyzePython>; locate: (line: number) => Evidence } {
  const starts: number[] = [];
  let line = 1;
  for (const s of sources) {
    starts.push(line);
    line += s.split('\n').length;
  }
  const locate = (l: number): Evidence => {
    let cell = 0;
    starts.forEach((start, i) => (l >= start ? (cell = i) : undefined));
    return { path: 'nb.ipynb', cell, line: l - starts[cell] + 1 };
  };
  return { analysis: analyzePython(sources.join('\n') + '\n'), locate };
}

describe('lateImportsOf', () => {
  it('flags module-level imports in cells after the first code', () => {
    const { analysis, locate } = cellsOf('import numpy as np\nnp.random.seed(0)', 'x = np.ones(3)', 'import pandas as pd', 'def f():\n    import os');
    expect(lateImportsOf(analysis, locate)).toEqual([{ module: 'pandas', evidence: { path: 'nb.ipynb', cell: 2, line: 1 } }]);
  });

  it('accepts all imports before code, and notebooks with imports only', () => {
    const first = cellsOf('import numpy as np', 'import pandas as pd', 'df = pd.DataFrame()');
    expect(lateImportsOf(first.analysis, first.locate)).toEqual([]);
    const only = cellsOf('import numpy as np');
    expect(lateImportsOf(only.analysis, only.locate)).toEqual([]);
  });
});

describe('absolute paths', () => {
  it.each([
    ['/home/ana/data.csv', true],
    ['/Users/bob/x', true],
    ['C:\\\\Users\\\\x', true],
    ['D:/data/x.csv', true],
    ['~/data', true],
    ['/content/drive/MyDrive/x', true],
    ['https://example.org/home/x', false],
    ['/dev/null', false],
    ['data/x.csv', false],
    ['/', false]
  ])('%s is a machine path: %s', (value, expected) => {
    expect(isMachinePath(value)).toBe(expected);
  });

  it('lists the string literals holding one, with their line', () => {
    const { analysis } = cellsOf('import pandas as pd', 'df = pd.read_csv("/home/ana/d.csv")\nurl = "https://x.org/home/a"');
    expect(absolutePathsOf(analysis)).toEqual([{ value: '/home/ana/d.csv', line: 2 }]);
  });
});

describe('settingsOf', () => {
  it('takes a configuration cell at the top and UPPER_CASE constants anywhere', () => {
    const { analysis, locate } = cellsOf(
      'import numpy as np',
      'epochs = 10\nlr = 1e-3\nname = "run"\nmodel = None\nflag = True',
      'total = 0\nx = np.ones(3)',
      'y = 5',
      'BATCH = 32\nz = 7'
    );
    expect(settingsOf(analysis, locate, [0, 1, 2, 3, 4]).map(s => `${s.name}@${s.evidence.cell}`)).toEqual([
      'epochs@1',
      'lr@1',
      'name@1',
      'model@1',
      'flag@1',
      'BATCH@4'
    ]);
  });

  it('finds none in a notebook without settings', () => {
    const { analysis, locate } = cellsOf('import numpy as np', 'x = np.ones(3)', 'def f(a=1):\n    b = 2');
    expect(settingsOf(analysis, locate, [0, 1, 2])).toEqual([]);
    const loop = cellsOf('total = 0\nfor i in range(3):\n    total += i', 'url = "https://x.org"\nr = get(url)');
    expect(settingsOf(loop.analysis, loop.locate, [0, 1])).toEqual([]);
  });
});
