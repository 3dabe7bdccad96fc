import type { NotebookFile } from '../notebook/facts';
import { modulesWrittenByNotebooks, scriptsRunBy, withWrittenModules } from './notebookModules';

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

  // A course notebook made for Colab fetches its helper modules from the course repo, indented under an if.
  it('finds .py files that wget or curl lines fetch', () => {
    const written = modulesWrittenByNotebooks([
      notebookFile(
        'week04/homework.ipynb',
        "import sys, os\nif 'google.colab' in sys.modules:\n    !wget -q https://example.org/course/master/week04/framebuffer.py\n" +
          '    !curl -sL https://example.org/x/replay.py?raw=1 -o replay_buffer.py\n    !wget -q https://example.org/setup.sh -O- | bash\n' +
          '    !wget https://example.org/data/train.csv\n    !curl -O https://example.org/lib/atari_wrappers.py',
        '# !wget https://example.org/commented_out.py\nprint("!wget https://example.org/in_a_string.py")'
      )
    ]);
    expect([...written]).toEqual(['week04/framebuffer.py', 'week04/replay_buffer.py', 'week04/atari_wrappers.py']);
  });

  it('adds them and their folders to the repo seen by import resolution', () => {
    const tree = withWrittenModules({ has: p => p === 'a.py', dirs: new Set(['']) }, new Set(['gen/b.py']));
    expect([tree.has('a.py'), tree.has('gen/b.py'), tree.dirs.has('gen')]).toEqual([true, true, true]);
  });
});

describe('scriptsRunBy', () => {
  it('lists the .py scripts %run in code cells, relative to the notebook', () => {
    const file = notebookFile('nb/a.ipynb', '%run -i ../setup_paths.py --quiet\nimport numpy', '%run other.ipynb\n# %run commented.py', "x = '%run no.py'");
    expect(scriptsRunBy(file)).toEqual(['setup_paths.py']);
  });
});
