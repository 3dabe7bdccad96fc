import type { Finding } from '../../audit/report';
import { planNotebookFixes } from '../../fix';
import { MemoryContents } from './memoryContents';
import { notebookFixTargets } from './fixPaths';
import { applyToSharedNotebook, cellsFingerprint, OpenDocument, SharedNotebookLike } from './openDocument';
import { repoLocationFrom } from './repoLocation';
import { FixPlanner, SeedFixer } from './seedFixer';

const finding = (fix: string, path: string, status: Finding['status'] = 'warn'): Finding => ({
  status,
  code: fix === 'imports' ? 'notebooks.late-import' : 'notebooks.absolute-path',
  message: 'm',
  path,
  fix
});

describe('notebookFixTargets', () => {
  it('gathers each notebook once with the fixes its open findings name, imports before paths', () => {
    const targets = notebookFixTargets([
      finding('paths', 'a.ipynb'),
      finding('imports', 'a.ipynb'),
      finding('imports', 'b.ipynb', 'pass'),
      finding('seeds', 'c.ipynb'),
      finding('paths', 'd.py')
    ]);
    expect([...targets]).toEqual([['a.ipynb', ['imports', 'paths']]]);
  });
});

describe('repoLocationFrom', () => {
  it('names the repo by its folder, else the server root, and places it when the root is absolute', () => {
    expect(repoLocationFrom('work/field-trials', ['a.csv'], '/home/ana')).toEqual({
      name: 'field-trials',
      files: ['a.csv'],
      absoluteRoots: ['/home/ana/work/field-trials']
    });
    expect(repoLocationFrom('', [], '~/field-trials')).toEqual({ name: 'field-trials', files: [] });
    expect(repoLocationFrom('', [], undefined)).toEqual({ files: [] });
  });
});

/** A notebook's shared model reduced to what a fix touches: each transaction one undo step, as JupyterLab's is. */
class FakeNotebook implements SharedNotebookLike {
  cells: Array<{ cell_type: string; source: string; getSource(): string; updateSource(s: number, e: number, v: string): void }> = [];
  private readonly steps: string[][] = [];
  readonly undoManager = {
    stopCapturing: () => undefined,
    undoStack: this.steps,
    undo: () => this.setSources(this.steps.pop()!)
  };

  constructor(sources: string[]) {
    this.setSources(sources);
  }

  sources(): string[] {
    return this.cells.map(c => c.source);
  }

  private setSources(sources: string[]): void {
    this.cells = sources.map(source => ({
      cell_type: 'code',
      source,
      getSource() {
        return this.source;
      },
      updateSource(start: number, end: number, value: string) {
        this.source = this.source.slice(0, start) + value + this.source.slice(end);
      }
    }));
  }

  insertCell(): unknown {
    throw new Error('the notebook fixes never insert a cell');
  }

  transact(f: () => void): void {
    this.steps.push(this.sources());
    f();
  }
}

function openNotebook(path: string, sources: string[]): { doc: OpenDocument; shared: FakeNotebook } {
  const shared = new FakeNotebook(sources);
  const doc: OpenDocument = {
    path,
    kind: 'notebook',
    text: () =>
      JSON.stringify({
        cells: shared.cells.map(c => ({ cell_type: 'code', source: c.source, metadata: {}, outputs: [], execution_count: null })),
        metadata: { kernelspec: { name: 'python3', language: 'python' } },
        nbformat: 4,
        nbformat_minor: 5
      }),
    fingerprint: () => cellsFingerprint(shared),
    apply: plan => applyToSharedNotebook(shared, plan)
  };
  return { doc, shared };
}

describe('SeedFixer with the notebooks planner', () => {
  it('fixes imports and paths of an open notebook in one undo step that one undo reverts', async () => {
    const before = ['x = 1', 'import pandas as pd\ndf = pd.read_csv("/home/ana/field-trials/data/plots.csv")'];
    const { doc, shared } = openNotebook('field-trials/nb.ipynb', before);
    const planner: FixPlanner = {
      prepare: async () => file => planNotebookFixes(file, ['imports', 'paths'], { name: 'field-trials', files: ['data/plots.csv'] })
    };
    const fixer = new SeedFixer({ contents: new MemoryContents(), findOpen: p => (p === doc.path ? doc : undefined), confirm: async () => true, reaudit: () => undefined });
    const outcome = await fixer.fix({ folder: 'field-trials', files: [{ path: doc.path, repoPath: 'nb.ipynb' }], reaudit: true }, planner);
    expect(outcome.edited).toEqual([doc.path]);
    expect(shared.sources()).toEqual([
      'import pandas as pd\nimport pathlib\n\nx = 1',
      'df = pd.read_csv(pathlib.Path("data/plots.csv"))'
    ]);
    expect(outcome.undo?.()).toEqual({ reverted: [doc.path], kept: [] });
    expect(shared.sources()).toEqual(before);
  });
});
