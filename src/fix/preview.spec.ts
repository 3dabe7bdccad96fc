import { applySeedPlan } from './apply';
import { cellsOf, nbformatText, notebookText } from './__tests__/notebooks';
import { planSeedFix } from './plan';
import { seedPlanDiff } from './preview';

describe('seedPlanDiff', () => {
  test('a notebook: the new cell and each edited cell under a `cell N` header', () => {
    const text = notebookText([
      { md: '# Title' },
      'import numpy as np\nfrom sklearn.ensemble import RandomForestClassifier',
      'x = np.random.rand(10)',
      'model = RandomForestClassifier(n_estimators=10)\nmodel.fit(x, x)'
    ]);
    const plan = planSeedFix({ path: 'nb.ipynb', text });
    expect(seedPlanDiff(text, plan)).toBe(
      [
        '--- /dev/null',
        '+++ b/nb.ipynb (cell 3, new, tags: repro-audit:seeds)',
        '@@ -0,0 +1,4 @@',
        ...plan.block!.split('\n').map(l => '+' + l),
        '--- a/nb.ipynb (cell 4)',
        '+++ b/nb.ipynb (cell 5)',
        '@@ -1,2 +1,2 @@',
        '-model = RandomForestClassifier(n_estimators=10)',
        '+model = RandomForestClassifier(n_estimators=10, random_state=SEED)',
        ' model.fit(x, x)',
        ''
      ].join('\n')
    );
  });

  test('a script: a unified diff that patch -p1 applies', () => {
    const text = 'import random\n\nx = random.random()\n';
    const plan = planSeedFix({ path: 'src/a.py', text });
    const lines = plan.block!.split('\n').slice(0, -1);
    expect(seedPlanDiff(text, plan)).toBe(
      ['--- a/src/a.py', '+++ b/src/a.py', `@@ -1,3 +1,${3 + lines.length + 1} @@`, ' import random', ' ', ...lines.map(l => '+' + l), '+', ' x = random.random()', ''].join('\n')
    );
  });

  test('a plan without edits previews as nothing', () => {
    const text = 'import os\n';
    expect(seedPlanDiff(text, planSeedFix({ path: 'a.py', text }))).toBe('');
  });
});

describe('notebooks keep every byte the fix does not change', () => {
  const rich = {
    cells: [
      { cell_type: 'markdown', id: 'intro', metadata: { editable: false }, source: ['# Café ☕\n', 'Notes.'] },
      {
        attachments: {},
        cell_type: 'code',
        execution_count: 3,
        id: 'draw',
        metadata: { collapsed: false, scrolled: true },
        outputs: [
          { data: { 'application/json': { ratio: 0.5 }, 'text/plain': ['0.5'] }, execution_count: 3, metadata: {}, output_type: 'execute_result' },
          { name: 'stderr', output_type: 'stream', text: ['warn\n'] }
        ],
        source: ['import random\n', 'print(random.random())  # ünïcode']
      }
    ],
    metadata: {
      kernelspec: { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' },
      language_info: { name: 'python', version: '3.11.9' },
      widgets: { 'application/vnd.jupyter.widget-state+json': { state: {}, version_major: 2 } }
    },
    nbformat: 4,
    nbformat_minor: 5
  };

  test('a notebook that draws no random numbers round-trips byte for byte', () => {
    const text = nbformatText({ ...rich, cells: [rich.cells[0]] });
    const plan = planSeedFix({ path: 'n.ipynb', text });
    expect(plan.status).toBe('nothing-to-seed');
    expect(applySeedPlan(text, plan)).toBe(text);
  });

  test('a fixed notebook is what nbformat would write, and only the seed cell is new', () => {
    const text = nbformatText(rich);
    const plan = planSeedFix({ path: 'n.ipynb', text });
    const fixed = applySeedPlan(text, plan);
    const parsed = JSON.parse(fixed);
    expect(nbformatText(parsed)).toBe(fixed);
    const withoutSeedCell = { ...parsed, cells: parsed.cells.filter((c: { id: string }) => c.id !== 'repro-audit-seeds') };
    expect(nbformatText(withoutSeedCell)).toBe(text);
    expect(cellsOf(fixed).map(c => c.tags)).toEqual([[], ['repro-audit:seeds'], []]);
  });
});
