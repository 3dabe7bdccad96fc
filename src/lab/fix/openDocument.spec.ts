import * as fs from 'fs';
import * as path from 'path';
import { SEED_CELL_ID, SEED_CELL_TAG, applySeedPlan, planSeedFix } from '../../fix';
import { DocumentWidgetLike, SharedNotebookLike, applyToSharedNotebook, openDocumentOf } from './openDocument';

/** A notebook's shared model, reduced to what the fix touches, recording where edits happen. */
class FakeNotebook implements SharedNotebookLike {
  cells: { id?: string; cell_type: string; source: string; metadata: object; getSource(): string; updateSource(s: number, e: number, v: string): void }[];
  depth = 0;
  transactions = 0;
  outside = 0;
  stops = 0;
  /** Each transaction is one step; undo restores the cells as they were before it. */
  readonly steps: { cells: FakeNotebook['cells'] }[] = [];
  readonly undoManager = {
    stopCapturing: () => void this.stops++,
    undoStack: this.steps,
    undo: () => {
      this.cells = this.steps.pop()!.cells;
    }
  };

  constructor(json: { cells: { id?: string; cell_type: string; source: string | string[]; metadata: object }[] }) {
    this.cells = json.cells.map(c => this.cell(c.cell_type, Array.isArray(c.source) ? c.source.join('') : c.source, c.metadata, c.id));
  }

  private cell(cell_type: string, source: string, metadata: object, id?: string) {
    const self = this;
    return {
      id,
      cell_type,
      source,
      metadata,
      getSource() {
        return this.source;
      },
      updateSource(start: number, end: number, value: string) {
        self.outside += self.depth ? 0 : 1;
        this.source = this.source.slice(0, start) + value + this.source.slice(end);
      }
    };
  }

  insertCell(index: number, cell: { cell_type: 'code'; source: string; metadata: object; id?: string }): unknown {
    this.outside += this.depth ? 0 : 1;
    this.cells.splice(index, 0, this.cell(cell.cell_type, cell.source, cell.metadata, cell.id));
    return this.cells[index];
  }

  transact(f: () => void): void {
    this.steps.push({ cells: this.cells.map(c => ({ ...c })) });
    this.transactions++;
    this.depth++;
    try {
      f();
    } finally {
      this.depth--;
    }
  }
}

const DEMO = path.resolve(__dirname, '../../../examples/demo/notebooks/train.ipynb');

describe('applyToSharedNotebook', () => {
  it('makes the same notebook as the file fix, in one transaction that is its own undo step', () => {
    const text = fs.readFileSync(DEMO, 'utf-8');
    const plan = planSeedFix({ path: 'notebooks/train.ipynb', text }, { defaultSeed: 42 });
    expect(plan.status).toBe('changes');
    expect(plan.edits.some(e => e.kind === 'text')).toBe(true);
    const shared = new FakeNotebook(JSON.parse(text));
    applyToSharedNotebook(shared, plan);
    expect(shared.transactions).toBe(1);
    expect(shared.outside).toBe(0);
    expect(shared.stops).toBe(2);

    const expected = JSON.parse(applySeedPlan(text, plan)) as { cells: { source: string[]; metadata: { tags?: string[] } }[] };
    expect(shared.cells.map(c => c.source)).toEqual(expected.cells.map(c => c.source.join('')));
    const inserted = shared.cells.find(c => (c.metadata as { tags?: string[] }).tags?.includes(SEED_CELL_TAG));
    expect(inserted?.id).toBe(SEED_CELL_ID);
    expect(inserted?.source).toContain('SEED = 42');
  });

  it('returns an undo of exactly the fix: it reverts only while the fix is the latest step', () => {
    const text = fs.readFileSync(DEMO, 'utf-8');
    const plan = planSeedFix({ path: 'notebooks/train.ipynb', text }, { defaultSeed: 42 });
    const sources = (nb: FakeNotebook) => nb.cells.map(c => c.source);

    const shared = new FakeNotebook(JSON.parse(text));
    const before = sources(shared);
    const handle = applyToSharedNotebook(shared, plan);
    expect(sources(shared)).not.toEqual(before);
    expect(handle.undo()).toBe(true);
    expect(sources(shared)).toEqual(before);
    expect(handle.undo()).toBe(false);

    // Edited after the fix: the latest step is the user's, so the fix's Undo refuses rather than undo that.
    const edited = new FakeNotebook(JSON.parse(text));
    const later = applyToSharedNotebook(edited, plan);
    edited.transact(() => edited.cells[0].updateSource(0, 0, '# mine\n'));
    const afterEdit = sources(edited);
    expect(later.undo()).toBe(false);
    expect(sources(edited)).toEqual(afterEdit);
  });

  it('refuses edits to a cell that is no longer there, changing nothing', () => {
    const shared = new FakeNotebook({ cells: [{ cell_type: 'code', source: 'x = 1\n', metadata: {} }] });
    const plan = { edits: [{ kind: 'text' as const, path: 'n.ipynb', cell: 3, range: { start: 0, end: 0 }, newText: 'y' }] };
    expect(() => applyToSharedNotebook(shared, plan)).toThrow('cell 4 is gone');
    expect(shared.cells.map(c => c.source)).toEqual(['x = 1\n']);
    expect(shared.transactions).toBe(0);
  });
});

describe('an open notebook as a fix sees it', () => {
  it('keeps its fingerprint when a kernel connects and rewrites the metadata, not when a cell changes', () => {
    // A previewed fix is voided by edits to cells only: the kernel's language_info arriving after the preview is no edit.
    const notebook = new FakeNotebook({
      cells: [
        { cell_type: 'markdown', source: '# Train', metadata: {} },
        { cell_type: 'code', source: 'import numpy as np\nx = np.random.rand(3)', metadata: {} }
      ]
    });
    let metadata: object = { kernelspec: { name: 'python3' } };
    const model = { sharedModel: notebook, toJSON: () => ({ metadata, cells: notebook.cells.map(c => c.getSource()) }) };
    const doc = openDocumentOf({ context: { path: 'notebooks/train.ipynb', model } } as unknown as DocumentWidgetLike)!;
    const [fingerprint, text] = [doc.fingerprint(), doc.text()];
    metadata = { ...metadata, language_info: { name: 'python', version: '3.11.7' } };
    expect(doc.text()).not.toBe(text);
    expect(doc.fingerprint()).toBe(fingerprint);
    notebook.cells[1].updateSource(0, 0, 'import random\n');
    expect(doc.fingerprint()).not.toBe(fingerprint);
  });
});
