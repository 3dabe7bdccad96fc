import type { NotebookFile } from '../notebook/facts';
import { modulesWrittenByNotebooks, withWrittenModules } from './notebookModules';

function notebookFile(path: string, ...sources: string[]): NotebookFile {
  return {
    path,
    notebook: {
      nbformat: 4,
      nbformatMinor: 5,
      metadata: {},
      cells: sources.map((source, index) => ({ index, cellType: 'code', source, executionCount: null, outputs: [], tags: [] }))
    }
  };
}

describe('modulesWrittenByNotebooks', () => {
  it('finds %%file and %%writefile cells writing .py files, relative to the notebook', () => {
    const written = modulesWrittenByNotebooks([
      notebookFile('notebooks/a.ipynb', '%%file mprof_demo.py\ndef f():\n    pass', '\n%%writefile -a "../lib/helpers.py"\nX = 1'),
      notebookFile('b.ipynb', '%%writefile data.csv\na,b', '%%time\nx = 1', 'import os\n%%file late.py', '%%file /tmp/outside.py\n')
    ]);
    expect([...written]).toEqual(['notebooks/mprof_demo.py', 'lib/helpers.py']);
  });

  it('adds them and their folders to the repo seen by import resolution', () => {
    const tree = withWrittenModules({ has: p => p === 'a.py', dirs: new Set(['']) }, new Set(['gen/b.py']));
    expect([tree.has('a.py'), tree.has('gen/b.py'), tree.dirs.has('gen')]).toEqual([true, true, true]);
  });
});
