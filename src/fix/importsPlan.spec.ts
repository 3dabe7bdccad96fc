import { analyzePython } from '../audit/python/analyze';
import { lateImportFacts } from '../audit/hygiene/lateImports';
import { notebookCode } from '../audit/notebook/code';
import { parseNotebook } from '../audit/notebook/parse';
import { applySeedPlan } from './apply';
import { planImportsFix } from './importsPlan';
import { TestCell, notebookText } from './__tests__/notebooks';
import { seedPlanDiff } from './preview';

function sources(text: string): string[] {
  return parseNotebook(text).notebook!.cells.map(c => c.source);
}

/** Late imports as the notebooks check sees them, after the fix. */
function lateAfter(text: string): string[] {
  const nb = parseNotebook(text).notebook!;
  const code = notebookCode(nb);
  return lateImportFacts(analyzePython(code.source), line => code.locate(line)?.cell ?? 0).map(i => i.module);
}

function fix(cells: TestCell[]): { before: string; after: string; plan: ReturnType<typeof planImportsFix> } {
  const before = notebookText(cells);
  const plan = planImportsFix({ path: 'nb/analysis.ipynb', text: before });
  const after = plan.status === 'changes' ? applySeedPlan(before, plan) : before;
  return { before, after, plan };
}

describe('planImportsFix', () => {
  it('moves a late import after code into the first code cell, after its imports, in order', () => {
    const { after, plan } = fix([
      { md: '# Scores' },
      'import pandas as pd\n\ndf = pd.read_csv("scores.csv")',
      'import numpy as np\nprint(np.mean(df.score))',
      'from scipy import stats  # t-test\nstats.ttest_1samp(df.score, 0)'
    ]);
    expect(plan.status).toBe('changes');
    expect(sources(after)).toEqual([
      '# Scores',
      'import pandas as pd\nimport numpy as np\nfrom scipy import stats  # t-test\n\ndf = pd.read_csv("scores.csv")',
      'print(np.mean(df.score))',
      'stats.ttest_1samp(df.score, 0)'
    ]);
    expect(plan.changes).toEqual([
      '"import numpy as np" (cell 3, line 1) moved to cell 2',
      '"from scipy import stats  # t-test" (cell 4, line 1) moved to cell 2'
    ]);
    expect(lateAfter(after)).toEqual([]);
  });

  it('is idempotent: a second run plans nothing', () => {
    const { after } = fix(['x = 1', 'import os\nprint(os.getcwd())']);
    const again = planImportsFix({ path: 'nb/analysis.ipynb', text: after });
    expect(again.status).toBe('nothing-to-fix');
    expect(again.edits).toEqual([]);
  });

  it('puts imports above code in a first cell without imports, with a blank line', () => {
    const { after } = fix(['x = 1', 'import os\nprint(os.getcwd(), x)']);
    expect(sources(after)).toEqual(['import os\n\nx = 1', 'print(os.getcwd(), x)']);
  });

  it('takes a whole multi-line import and a cell of imports only; the last line loses no line break it had', () => {
    const { after } = fix(['import sys\nn = 3', 'y = 2\nfrom collections import (\n    Counter,\n    OrderedDict,\n)', 'import json\n']);
    expect(sources(after)).toEqual([
      'import sys\nfrom collections import (\n    Counter,\n    OrderedDict,\n)\nimport json\nn = 3',
      'y = 2',
      ''
    ]);
  });

  it('removes adjacent imports at the end of a cell without a final line break in one edit', () => {
    const { after } = fix(['x = 1', 'y = x\nimport os\nimport sys']);
    expect(sources(after)).toEqual(['import os\nimport sys\n\nx = 1', 'y = x']);
  });

  it('takes the blank lines under imports removed from the top of a cell along', () => {
    const { after } = fix(['x = 1', 'import os\nimport sys\n\n\nprint(os.sep, sys.argv)']);
    expect(sources(after)[1]).toBe('print(os.sep, sys.argv)');
  });

  it('leaves conditional and nested imports where they are, and says so', () => {
    const { plan } = fix([
      'import os\nx = 1',
      'if os.name == "nt":\n    import winreg\ntry:\n    import ujson as json\nexcept ImportError:\n    import json',
      'def f():\n    import math\n    return math.pi'
    ]);
    expect(plan.status).toBe('nothing-to-fix');
    expect(plan.notes.join('\n')).toContain('import of winreg at cell 2, line 2 is conditional or nested');
    expect(plan.notes.join('\n')).not.toContain('math');
  });

  it('moves `from __future__` first in the cell, before magics and other imports', () => {
    const { after } = fix(['%matplotlib inline\nimport numpy as np\nx = np.ones(2)', 'from __future__ import division\nprint(x / 2)']);
    expect(sources(after)[0]).toBe('from __future__ import division\n%matplotlib inline\nimport numpy as np\nx = np.ones(2)');
  });

  it('keeps an import below the sys.path change it depends on, and explains why', () => {
    const { after, plan } = fix([
      'import sys\nimport numpy as np\nx = np.zeros(3)',
      'sys.path.insert(0, "../src")\nimport mymodule\nimport pandas as pd\nmymodule.run(pd, x)'
    ]);
    expect(sources(after)).toEqual([
      'import sys\nimport numpy as np\nx = np.zeros(3)',
      'sys.path.insert(0, "../src")\nimport mymodule\nimport pandas as pd\nmymodule.run(pd, x)'
    ]);
    expect(plan.status).toBe('nothing-to-fix');
    expect(plan.notes.join('\n')).toContain('"import mymodule" (cell 2, line 2) not moved: sys.path.insert(...) at cell 2, line 1 runs before it');
  });

  it('keeps an import below a %pip install and an os.environ setting that run before it', () => {
    const { plan } = fix([
      'import os\nn = 1',
      '%pip install lightgbm\nimport lightgbm',
      'os.environ["KERAS_BACKEND"] = "jax"\nimport keras'
    ]);
    expect(plan.status).toBe('nothing-to-fix');
    expect(plan.notes.join('\n')).toContain('"%pip install lightgbm" at cell 2, line 1 runs before it');
    expect(plan.notes.join('\n')).toContain('os.environ["KERAS_BACKEND"] is set at cell 3, line 1');
  });

  it('does not move an import above another binding of its name', () => {
    const { plan } = fix(['from statistics import mean\nm = mean([1, 2])', 'from numpy import mean\nprint(mean([3]))']);
    expect(plan.status).toBe('nothing-to-fix');
    expect(plan.notes.join('\n')).toContain('"mean" is also bound at cell 1, line 1');
  });

  it('moves `import os.path` below an `import os`: both bind the same package', () => {
    const { after } = fix(['import os\nroot = os.getcwd()', 'import os.path\nprint(os.path.join(root, "x"))']);
    expect(sources(after)).toEqual(['import os\nimport os.path\nroot = os.getcwd()', 'print(os.path.join(root, "x"))']);
  });

  it('drops a late import the first cell already has instead of writing it twice', () => {
    const { after, plan } = fix(['import numpy as np\nx = np.ones(1)', 'import numpy as np\nprint(x)']);
    expect(sources(after)).toEqual(['import numpy as np\nx = np.ones(1)', 'print(x)']);
    expect(plan.changes[0]).toContain('removed: cell 1 already imports it');
  });

  it('skips a %pip-only first cell and a %%bash cell: imports go into the first cell that holds Python', () => {
    const { after } = fix(['%pip install seaborn', '%%bash\necho hi', 'df = 1', 'import seaborn as sns\nsns.set()']);
    expect(sources(after)).toEqual(['%pip install seaborn', '%%bash\necho hi', 'import seaborn as sns\n\ndf = 1', 'sns.set()']);
  });

  it('leaves every other byte of the notebook as it was, and previews as a diff', () => {
    const { before, after, plan } = fix(['a = 1', 'import os\nprint(os.sep)']);
    const untouched = (text: string) => text.replace(/"source": \[[^\]]*\]/g, '');
    expect(untouched(after)).toBe(untouched(before));
    expect(seedPlanDiff(before, plan)).toContain('+import os');
  });

  it('never moves imports into or out of the seed fix\'s own cell', () => {
    const { after } = fix([
      { code: 'import random\nSEED = 42\nrandom.seed(SEED)', tags: ['repro-audit:seeds'] },
      'x = 1',
      'import os\nprint(os.sep, x)'
    ]);
    expect(sources(after)).toEqual(['import random\nSEED = 42\nrandom.seed(SEED)', 'import os\n\nx = 1', 'print(os.sep, x)']);
  });

  it('refuses what it cannot fix', () => {
    expect(planImportsFix({ path: 'p2.ipynb', text: notebookText(['x = 1', 'import os\nprint os.sep']) }).reason).toBe(
      'cell 2, line 2 does not parse as Python 3 (print statement: Python 2): fix that first'
    );
    expect(planImportsFix({ path: 'a.py', text: 'import os' }).status).toBe('unsupported');
    expect(planImportsFix({ path: 'r.ipynb', text: notebookText(['x <- 1'], 'R') }).reason).toContain('not a Python notebook');
  });
});
