/** Notebook edits on a stand-in for the shared model: exact sources and tags, one undoable transaction each. */
import { GLUE_HELPER_SOURCE } from '../../ablation';
import { addToggle, EditableCell, EditableNotebook, insertGlueHelper, isAblationName, isEditableNotebook, tagCellsAsComponent, toggleLine } from './notebookEdits';

interface CellJson {
  cell_type: string;
  source: string;
  metadata: { tags?: string[] };
}

/** A notebook's shared model reduced to what the edits touch; it records edits made outside a transaction. */
class FakeNotebook implements EditableNotebook {
  cells: (EditableCell & CellJson)[];
  transactions: boolean[] = [];
  outside = 0;
  stops = 0;
  private depth = 0;
  readonly undoManager = { stopCapturing: () => void this.stops++ };

  constructor(cells: CellJson[]) {
    this.cells = cells.map(c => this.cell(c));
  }

  private cell(json: CellJson): EditableCell & CellJson {
    const notebook = this;
    return {
      ...json,
      metadata: JSON.parse(JSON.stringify(json.metadata)),
      getSource() {
        return this.source;
      },
      updateSource(start: number, end: number, value: string) {
        notebook.outside += notebook.depth ? 0 : 1;
        this.source = this.source.slice(0, start) + value + this.source.slice(end);
      },
      getMetadata(key: string) {
        const value = (this.metadata as Record<string, unknown>)[key];
        return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
      },
      setMetadata(key: string, value: unknown) {
        notebook.outside += notebook.depth ? 0 : 1;
        this.metadata = { ...this.metadata, [key]: value };
      }
    };
  }

  insertCell(index: number, cell: { cell_type: 'code'; source: string; metadata: { tags?: string[] } }): unknown {
    this.outside += this.depth ? 0 : 1;
    this.cells.splice(index, 0, this.cell(cell));
    return this.cells[index];
  }

  transact(f: () => void, undoable?: boolean): void {
    this.transactions.push(undoable ?? true);
    this.depth++;
    try {
      f();
    } finally {
      this.depth--;
    }
  }

  json(): CellJson[] {
    return this.cells.map(c => ({ cell_type: c.cell_type, source: c.source, metadata: c.metadata }));
  }
}

const code = (source: string, tags?: string[]): CellJson => ({ cell_type: 'code', source, metadata: tags ? { tags } : {} });
const markdown = (source: string): CellJson => ({ cell_type: 'markdown', source, metadata: {} });

/** One edit = one undoable transaction, closed off from typing before and after, nothing outside it. */
function expectOneUndoStep(notebook: FakeNotebook): void {
  expect(notebook.transactions).toEqual([true]);
  expect(notebook.stops).toBe(2);
  expect(notebook.outside).toBe(0);
}

function expectUntouched(notebook: FakeNotebook, cells: CellJson[]): void {
  expect(notebook.json()).toEqual(cells);
  expect(notebook.transactions).toEqual([]);
}

describe('isAblationName', () => {
  it.each(['STANDARDIZE', '_x', 'select_features2'])('accepts %p', name => expect(isAblationName(name)).toBe(true));
  it.each(['', '2x', 'a-b', 'a b', 'True', 'if', 'x\n'])('refuses %p', name => expect(isAblationName(name)).toBe(false));
});

describe('tagCellsAsComponent', () => {
  it('adds the tag after the existing ones, to code cells only, once', () => {
    const notebook = new FakeNotebook([markdown('# t'), code('a = 1', ['keep']), code('b = 2'), code('c = 3', ['ablation:scale'])]);
    const result = tagCellsAsComponent(notebook, [2, 0, 1, 3, 1, 9], 'scale');
    expect(result).toEqual({ tagged: [1, 2], already: [3], notCode: [0] });
    expect(notebook.json()).toEqual([
      markdown('# t'),
      code('a = 1', ['keep', 'ablation:scale']),
      code('b = 2', ['ablation:scale']),
      code('c = 3', ['ablation:scale'])
    ]);
    expectOneUndoStep(notebook);
  });

  it('changes nothing when every cell has the tag or is not code', () => {
    const cells = [markdown('# t'), code('c = 3', ['ablation:scale'])];
    const notebook = new FakeNotebook(cells);
    expect(tagCellsAsComponent(notebook, [0, 1], 'scale')).toEqual({ tagged: [], already: [1], notCode: [0] });
    expectUntouched(notebook, cells);
  });

  it('refuses a name that is not a Python identifier', () => {
    const notebook = new FakeNotebook([code('x')]);
    expect(() => tagCellsAsComponent(notebook, [0], 'a b')).toThrow('"a b" is not a valid component name');
    expectUntouched(notebook, [code('x')]);
  });
});

describe('addToggle', () => {
  it('writes NAME = True with the label as a one-line comment', () => {
    expect(toggleLine('SCALE', '  scale\nfeatures ')).toBe('SCALE = True  # scale features');
    expect(toggleLine('SCALE')).toBe('SCALE = True');
  });

  it('appends to the parameters cell on a new line', () => {
    const notebook = new FakeNotebook([code('import x'), code('SEED = 0', ['parameters'])]);
    expect(addToggle(notebook, 'SCALE', 'scale features')).toEqual({ kind: 'appended', cell: 1 });
    expect(notebook.json()[1]).toEqual(code('SEED = 0\nSCALE = True  # scale features', ['parameters']));
    expectOneUndoStep(notebook);
  });

  it('keeps a trailing newline at the end, and fills an empty parameters cell', () => {
    const notebook = new FakeNotebook([code('SEED = 0\n', ['parameters'])]);
    addToggle(notebook, 'A');
    expect(notebook.cells[0].source).toBe('SEED = 0\nA = True\n');
    const empty = new FakeNotebook([code('', ['parameters'])]);
    addToggle(empty, 'A', 'label');
    expect(empty.cells[0].source).toBe('A = True  # label');
  });

  it('leaves a name the parameters cell sets already (with or without an annotation)', () => {
    const cells = [code('SCALE = False\nK: int = 3', ['parameters'])];
    const notebook = new FakeNotebook(cells);
    expect(addToggle(notebook, 'SCALE')).toEqual({ kind: 'exists', cell: 0 });
    expect(addToggle(notebook, 'K')).toEqual({ kind: 'exists', cell: 0 });
    expectUntouched(notebook, cells);
  });

  it('creates a tagged parameters cell after the first code cell, ignoring a markdown cell tagged parameters', () => {
    const notebook = new FakeNotebook([markdown('# t'), { ...markdown('p'), metadata: { tags: ['parameters'] } }, code('import x'), code('run()')]);
    expect(addToggle(notebook, 'SCALE', 'scale')).toEqual({ kind: 'created', cell: 3 });
    expect(notebook.json().map(c => c.source)).toEqual(['# t', 'p', 'import x', 'SCALE = True  # scale', 'run()']);
    expect(notebook.json()[3]).toEqual(code('SCALE = True  # scale', ['parameters']));
    expectOneUndoStep(notebook);
  });

  it('creates it at the top of a notebook without code cells', () => {
    const notebook = new FakeNotebook([markdown('# t')]);
    expect(addToggle(notebook, 'A')).toEqual({ kind: 'created', cell: 0 });
    expect(notebook.json()).toEqual([code('A = True', ['parameters']), markdown('# t')]);
  });
});

describe('insertGlueHelper', () => {
  it('inserts the helper right after the parameters cell', () => {
    const notebook = new FakeNotebook([code('import x'), code('A = True', ['parameters']), code('run()')]);
    expect(insertGlueHelper(notebook)).toEqual({ kind: 'inserted', cell: 2 });
    expect(notebook.json()).toEqual([code('import x'), code('A = True', ['parameters']), { cell_type: 'code', source: GLUE_HELPER_SOURCE, metadata: {} }, code('run()')]);
    expectOneUndoStep(notebook);
  });

  it('inserts it at the top without a parameters cell, and only once', () => {
    const notebook = new FakeNotebook([code('run()')]);
    expect(insertGlueHelper(notebook)).toEqual({ kind: 'inserted', cell: 0 });
    expect(notebook.cells[0].source).toBe(GLUE_HELPER_SOURCE);
    expect(insertGlueHelper(notebook)).toEqual({ kind: 'exists', cell: 0 });
    expect(notebook.cells.length).toBe(2);
    expect(notebook.transactions).toEqual([true]);
  });
});

describe('isEditableNotebook', () => {
  it('accepts a shared notebook model and refuses anything else', () => {
    expect(isEditableNotebook(new FakeNotebook([code('x')]))).toBe(true);
    expect(isEditableNotebook({ cells: [{}], insertCell: () => 0, transact: () => 0 })).toBe(false);
    expect(isEditableNotebook(null)).toBe(false);
  });
});
