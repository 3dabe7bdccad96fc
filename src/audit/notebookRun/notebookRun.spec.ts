import type { NotebookCellInfo, ParsedNotebook } from '../notebook/parse';
import { notebookRunOf } from './facts';

function notebook(sources: string[], kernel = 'python3'): ParsedNotebook {
  return {
    nbformat: 4,
    nbformatMinor: 5,
    language: 'python',
    kernelName: kernel,
    metadata: { kernelspec: { name: kernel, display_name: kernel === 'python2' ? 'Python 2' : 'Python 3' } },
    cells: sources.map(
      (source, index): NotebookCellInfo => ({
        index,
        cellType: source.startsWith('# md') ? 'markdown' : 'code',
        source,
        executionCount: null,
        outputs: [],
        tags: []
      })
    )
  };
}

const noStars = (): undefined => undefined;

function lateNames(sources: string[], starNames: (m: string) => readonly string[] | undefined = noStars): string[] {
  return notebookRunOf(notebook(sources), starNames).lateNames.map(l => `${l.name}@${l.read.cell}<${l.defined.cell}`);
}

describe('Python 3 syntax of a notebook', () => {
  it('names the Python 2 idioms at their cell and line', () => {
    const run = notebookRunOf(
      notebook([
        'import os\nprint "hello"',
        'try:\n    f()\nexcept ValueError, e:\n    pass',
        'x = `y`\nmode = 0777\nif a <> b:\n    raise ValueError, "no"',
        "exec \"code\"\ns = ur'x'"
      ]),
      noStars
    );
    expect(run.syntax).toEqual([
      { cell: 0, line: 2, python2: 'print statement' },
      { cell: 1, line: 3, python2: '"except E, e" clause' },
      { cell: 2, line: 1, python2: 'backtick repr' },
      { cell: 2, line: 2, python2: 'old octal literal' },
      { cell: 2, line: 3, python2: '"<>" operator' },
      { cell: 2, line: 4, python2: '"raise E, message" statement' },
      { cell: 3, line: 1, python2: 'exec statement' },
      { cell: 3, line: 2, python2: "ur'' string prefix" }
    ]);
    expect(run.python2Kernel).toBe(false);
  });

  it('names backticks and old octals as Python 2 only beside a certain Python 2 idiom', () => {
    const sql = notebookRunOf(notebook(['%bq query\nSELECT x\nFROM `project.dataset.table`', 'MONTH=07']), noStars);
    expect(sql.syntax.length).toBeGreaterThan(0);
    expect(sql.syntax.every(s => s.python2 === undefined)).toBe(true);
  });

  it('takes Python 3 code, magics and shell lines as they are', () => {
    const run = notebookRunOf(
      notebook(['%matplotlib inline\n!pip install numpy\nprint("a", end="")\nprint\nx = 0o777 + 00\ny = 1.\nexec("z = 1")', '%%bash\nls -l']),
      noStars
    );
    expect(run.syntax).toEqual([]);
  });

  it('reports a top-level line indented unlike the cell, but not a cell indented as a whole or a magic', () => {
    const cells = ['# TODO: your code\n  save(index, path)', '  x = 1\n  y = 2', '%time f(x)\nz = 1', ' # TODO 1\nLABEL = 1', '    m.add(f)\nm.shape'];
    const run = notebookRunOf(notebook(cells), noStars);
    expect(run.syntax).toEqual([{ cell: 0, line: 2 }]);
  });

  it('reports a broken cell without naming an idiom, and a Python 2 kernel', () => {
    const run = notebookRunOf(notebook(['x = (1, 2', 'print(x)'], 'python2'), noStars);
    expect(run.syntax[0]).toMatchObject({ cell: 0 });
    expect(run.syntax[0].python2).toBeUndefined();
    expect(run.python2Kernel).toBe(true);
  });
});

describe('use before define across cells', () => {
  it('reports a name read in a cell above its only definition', () => {
    expect(lateNames(['df.head()', 'import pandas as pd\ndf = pd.read_csv("a.csv")'])).toEqual(['df@0<1']);
  });

  it('never takes keyword arguments, attributes or builtins for reads', () => {
    expect(
      lateNames([
        'import matplotlib.pyplot as plt\nplt.figure(figsize=(8, 6))\nx.shape if False else len([])\ndisplay(In, Out, _)',
        'figsize = 3\nshape = 2\nlen = 5\nx = 1'
      ])
    ).toEqual(['x@0<1']);
  });

  it('binds imports, for and with targets, except names, walrus, annotated and augmented assignments', () => {
    expect(
      lateNames([
        'import numpy as np, os.path\nfrom a import (b as c)\nfor i, (j, k) in z0: pass\nwith open(f0) as fh: pass\n' +
          'try:\n    pass\nexcept E0 as err:\n    pass\nif (n := 3): pass\nw: int = 1\n',
        'np, os, c, i, j, k, fh, err, n, w',
        'z0 = f0 = E0 = 1'
      ])
    ).toEqual(['z0@0<2', 'f0@0<2', 'E0@0<2']);
  });

  it('gives comprehensions their own scope and reads inside a NameError guard as no reads', () => {
    expect(
      lateNames(['[v for v in range(3)]\n{k: q for k, q in d0.items()}', 'try:\n    cache\nexcept NameError:\n    cache = {}', 'v = k = q = d0 = 1'])
    ).toEqual(['d0@0<2']);
    expect(lateNames(['n = sum(f(p) for p in net.parameters())', 'p = f = net = 1'])).toEqual(['f@0<1', 'net@0<1']);
  });

  it("reads a %%timeit cell's set-up statement as code that runs first", () => {
    expect(lateNames(['%%timeit -n10 -r100 m_gpu = to_device(m)\nf(m_gpu)', 'm_gpu = 2\nm = f = to_device = 1'])).toEqual([
      'to_device@0<1',
      'm@0<1',
      'f@0<1'
    ]);
    expect(notebookRunOf(notebook(['%%timeit -n10 -r100 m_gpu = to_device(m)\nf(m_gpu)']), noStars).syntax).toEqual([]);
  });

  it('reads a function body at its calls, not where it is defined', () => {
    expect(lateNames(['def f():\n    return later + 1', 'later = 2', 'f()'])).toEqual([]);
    expect(lateNames(['def f():\n    return g()\ndef g():\n    return later', 'f()', 'later = 2'])).toEqual(['later@1<2']);
  });

  it('reads an __init__ when its class is called; class bodies run at once', () => {
    expect(lateNames(['class A:\n    def __init__(self):\n        self.n = size\n    def m(self):\n        return other', 'a = A()', 'size = other = 1'])).toEqual([
      'size@1<2'
    ]);
    expect(lateNames(['class B(Base):\n    x = rate', 'Base = object\nrate = 1'])).toEqual(['Base@0<1', 'rate@0<1']);
  });

  it('takes a global assigned in a function as defined where the function is', () => {
    expect(lateNames(['def setup():\n    global model\n    model = 1', 'setup()\nmodel'])).toEqual([]);
  });

  it('resolves star imports of repo modules and stops at those it cannot see into', () => {
    const repo = (m: string): readonly string[] | undefined => (m === 'helpers' ? ['load'] : undefined);
    expect(lateNames(['from helpers import *\nload()\nrest()', 'def load(): pass\ndef rest(): pass'], repo)).toEqual(['rest@0<1']);
    expect(lateNames(['from pylab import *\nrest()', 'def rest(): pass'], repo)).toEqual([]);
  });

  it('stops at exec, globals() and %run, which may define any name', () => {
    expect(lateNames(['globals()["x"] = 1\nx', 'x = 2'])).toEqual([]);
    expect(lateNames(['%run setup.py\nx', 'x = 2'])).toEqual([]);
  });

  it('takes names stored by magics as defined: %%bigquery df, files = !ls', () => {
    expect(lateNames(['%%bigquery df --project {PROJECT}\nSELECT 1', 'files = !ls', 'df.head()\nfiles', 'df = 2\nfiles = 3'])).toEqual([]);
  });

  it('leaves reads within one cell to the cell: loops and branches order them', () => {
    expect(lateNames(['for i in range(2):\n    if i:\n        print(prev)\n    prev = i'])).toEqual([]);
  });
});
