import { notebookCode, isPythonNotebook } from './code';
import { pythonLinesOfCell } from './magics';
import type { NotebookCellInfo, ParsedNotebook } from './parse';

function notebook(cells: Array<[NotebookCellInfo['cellType'], string]>, language?: string, kernelName?: string): ParsedNotebook {
  return {
    nbformat: 4,
    nbformatMinor: 5,
    language,
    kernelName,
    metadata: {},
    cells: cells.map(([cellType, source], index) => ({
      index,
      cellType,
      source,
      executionCount: null,
      outputs: [],
      tags: []
    }))
  };
}

function cellPython(source: string): string {
  return pythonLinesOfCell(source.split('\n')).join('\n');
}

describe('pythonLinesOfCell', () => {
  it('blanks automagic lines (pip, ls, cd without %) but not Python that starts with those names', () => {
    expect(cellPython('pip install tensorflow\nls -la ../data\nls ./trainer/\ncd ..\nls = [1]\ncd(x)\nrm - 1\npip.main()')).toBe(
      'pass\npass\npass\npass\nls = [1]\ncd(x)\nrm - 1\npip.main()'
    );
  });

  it('takes a cell magic indented by a space as a cell magic', () => {
    expect(cellPython(' %%bash\nif ! gsutil ls; then\n  echo x\nfi')).toBe('\n\n\n');
  });

  it('blanks the lines a shell command continues over with backslashes', () => {
    expect(cellPython('!!gcc -shared \\\n    -o lib.so \\\n    -fPIC lib.c\nimport ctypes')).toBe('pass\n\n\nimport ctypes');
  });

  it("keeps a %%timeit cell's set-up statement, which runs first", () => {
    expect(cellPython('%%timeit -n10 -r100 m_gpu = to_device(m)\nf(m_gpu)').trim()).toBe('m_gpu = to_device(m)\nf(m_gpu)');
    expect(cellPython('%%time\nf(x)')).toBe('\nf(x)');
  });

  it('replaces line magics and shell lines by pass, keeping indentation and line count', () => {
    expect(cellPython('%matplotlib inline\nimport numpy as np\n!pip install torch\nif x:\n    !ls\n    %env A=1')).toBe(
      'pass\nimport numpy as np\npass\nif x:\n    pass\n    pass'
    );
  });

  it('replaces assignments from shell commands and magics', () => {
    expect(cellPython('files = !ls\na, b = %sx echo\nx = 1 % 2')).toBe('pass\npass\nx = 1 % 2');
  });

  it('replaces help requests but not comments or strings ending in ?', () => {
    expect(cellPython('np.random.seed?\n?len\nobj??\nx = 1  # why?\ns = "what?"\nwhy?')).toBe(
      'pass\npass\npass\nx = 1  # why?\ns = "what?"\npass'
    );
  });

  it('keeps the statement of %time and %timeit, at its column', () => {
    expect(cellPython('%time model.fit(X)\n%timeit -n 10 -r 3 np.random.seed(0)\n%timeit')).toBe(
      '      model.fit(X)\n                   np.random.seed(0)\npass'
    );
  });

  it('puts the statement of an indented %timeit at the indentation of its block', () => {
    expect(cellPython('for t in types:\n    %timeit f(t)\n    print()')).toBe('for t in types:\n    f(t)        \n    print()');
  });

  it('leaves % and ! inside strings, brackets and continuations alone', () => {
    const src = 's = """\n!not shell\n%not magic\nwhy?\n"""\nf(1,\n  !x)\ny = 1 + \\\n%2';
    expect(cellPython(src)).toBe(src);
  });

  it('blanks a cell under a non-Python cell magic', () => {
    expect(cellPython('%%bash\npip install x\necho "hi"')).toBe('\n\n');
    expect(cellPython('\n%%writefile run.py\nimport torch')).toBe('\n\n');
    expect(cellPython('%%html\n<b>x</b>')).toBe('\n');
  });

  it('keeps the body of Python cell magics, blanking the magic line', () => {
    expect(cellPython('%%time\nimport random\n%matplotlib inline')).toBe('\nimport random\npass');
    expect(cellPython('%%capture out\nx = 1')).toBe('\nx = 1');
  });
});

describe('notebookCode', () => {
  it('joins code cells in order and maps lines back to cell and cell line', () => {
    const nb = notebook([
      ['markdown', '# T'],
      ['code', '%matplotlib inline\nimport numpy as np\n'],
      ['code', ''],
      ['markdown', 'x'],
      ['code', 'np.random.seed(0)\n!nvidia-smi\nx = 1']
    ]);
    const code = notebookCode(nb);
    expect(code.source).toBe('pass\nimport numpy as np\nnp.random.seed(0)\npass\nx = 1\n');
    expect(code.cells).toEqual([
      { cell: 1, startLine: 1, lineCount: 2 },
      { cell: 2, startLine: 3, lineCount: 0 },
      { cell: 4, startLine: 3, lineCount: 3 }
    ]);
    expect([1, 2, 3, 4, 5].map(l => code.locate(l))).toEqual([
      { cell: 1, line: 1 },
      { cell: 1, line: 2 },
      { cell: 4, line: 1 },
      { cell: 4, line: 2 },
      { cell: 4, line: 3 }
    ]);
    expect(code.locate(6)).toBeUndefined();
    expect(code.locate(0)).toBeUndefined();
  });

  it('gives no code for non-Python notebooks', () => {
    expect(notebookCode(notebook([['code', 'library(x)']], 'r')).source).toBe('');
    expect(notebookCode(notebook([['code', 'x']], undefined, 'ir')).cells).toEqual([]);
  });

  it('recognises Python kernels by language or kernel name', () => {
    expect(isPythonNotebook(notebook([], 'python'))).toBe(true);
    expect(isPythonNotebook(notebook([], 'ipython3'))).toBe(true);
    expect(isPythonNotebook(notebook([], 'julia'))).toBe(false);
    expect(isPythonNotebook(notebook([], undefined, 'conda-env-ml-py'))).toBe(true);
    expect(isPythonNotebook(notebook([]))).toBe(true);
  });

  it('gives an empty source for a notebook with no code cells', () => {
    const code = notebookCode(notebook([['markdown', '# only prose']]));
    expect(code.source).toBe('');
    expect(code.cells).toEqual([]);
  });
});
