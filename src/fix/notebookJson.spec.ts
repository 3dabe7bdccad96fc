import { CellInsertion, SeedEdit } from './edits';
import { applyNotebookEdits, splitLinesKeepEnds } from './notebookJson';

/** What nbformat writes: json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) and a line break. */
function nbformatText(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.keys(v as object).sort().map(k => [k, sorted((v as Record<string, unknown>)[k])]))
        : v;
  return JSON.stringify(sorted(value), null, 1) + '\n';
}

function codeCell(id: string | undefined, source: string, extra: object = {}): object {
  return {
    cell_type: 'code',
    execution_count: 1,
    ...(id && { id }),
    metadata: {},
    outputs: [],
    source: splitLinesKeepEnds(source),
    ...extra
  };
}

function notebook(cells: object[], minor = 5): object {
  return {
    cells,
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
    nbformat: 4,
    nbformat_minor: minor
  };
}

const seedCell = (index: number, source = 'SEED = 1\n'): CellInsertion => ({
  kind: 'insert-cell',
  path: 'n.ipynb',
  index,
  cellType: 'code',
  source,
  metadata: { tags: ['repro-audit:seeds'] }
});

describe('applyNotebookEdits', () => {
  const output = { output_type: 'stream', name: 'stdout', text: ['café\n'] };
  const original = notebook([
    { cell_type: 'markdown', id: 'title', metadata: {}, source: ['# Title'] },
    codeCell('a', 'import numpy as np\nx = np.random.rand(3)\nprint(x)', { outputs: [output] }),
    codeCell('b', 'f(x)')
  ]);

  test('no edits: the text itself, byte for byte', () => {
    const text = nbformatText(original);
    expect(applyNotebookEdits(text, [])).toBe(text);
  });

  test('a cell edit and a cell insertion give exactly what nbformat would write', () => {
    const edits: SeedEdit[] = [
      { kind: 'text', path: 'n.ipynb', cell: 2, range: { start: 3, end: 3 }, newText: ', random_state=SEED' },
      seedCell(1, 'SEED = 1\nnp.random.seed(SEED)')
    ];
    const expected = notebook([
      { cell_type: 'markdown', id: 'title', metadata: {}, source: ['# Title'] },
      {
        cell_type: 'code',
        execution_count: null,
        id: 'repro-audit-seeds',
        metadata: { tags: ['repro-audit:seeds'] },
        outputs: [],
        source: ['SEED = 1\n', 'np.random.seed(SEED)']
      },
      codeCell('a', 'import numpy as np\nx = np.random.rand(3)\nprint(x)', { outputs: [output] }),
      codeCell('b', 'f(x, random_state=SEED)')
    ]);
    expect(applyNotebookEdits(nbformatText(original), edits)).toBe(nbformatText(expected));
  });

  test('appending after the last cell, and a second insertion gets a fresh id', () => {
    const withSeedId = notebook([codeCell('repro-audit-seeds', 'x = 1')]);
    const result = JSON.parse(applyNotebookEdits(nbformatText(withSeedId), [seedCell(1)]));
    expect(result.cells.map((c: { id: string }) => c.id)).toEqual(['repro-audit-seeds', 'repro-audit-seeds-2']);
  });

  test('cells without ids (nbformat 4.4) get a new cell without one', () => {
    const old = notebook([codeCell(undefined, 'x = 1')], 4);
    const result = JSON.parse(applyNotebookEdits(nbformatText(old), [seedCell(0)]));
    expect(result.cells[0]).toEqual({
      cell_type: 'code',
      execution_count: null,
      metadata: { tags: ['repro-audit:seeds'] },
      outputs: [],
      source: ['SEED = 1\n']
    });
    expect(result.nbformat_minor).toBe(4);
  });

  test('any other writer\'s bytes stay: escapes, floats, indentation, key order, no final line break', () => {
    const text = [
      '{',
      '  "nbformat": 4, "nbformat_minor": 2,',
      '  "metadata": {"ratio": 1.0, "who": "caf\\u00e9"},',
      '  "cells": [',
      '    {',
      '      "source": ["import numpy as np\\n", "print(\\"\\u00e9\\")\\n", "np.random.rand()"],',
      '      "cell_type": "code", "metadata": {}, "outputs": [], "execution_count": 2.0',
      '    }',
      '  ]',
      '}'
    ].join('\n');
    const edits: SeedEdit[] = [{ kind: 'text', path: 'n.ipynb', cell: 0, range: { start: 0, end: 0 }, newText: '# hi\n' }, seedCell(0)];
    const result = applyNotebookEdits(text, edits);
    // Unchanged lines of the edited cell keep their raw JSON (the \u00e9 escape), the rest of the file is untouched.
    expect(result).toContain('"source": [\n        "# hi\\n",\n        "import numpy as np\\n",\n        "print(\\"\\u00e9\\")\\n",\n        "np.random.rand()"\n      ],');
    expect(result.startsWith('{\n  "nbformat": 4, "nbformat_minor": 2,\n  "metadata": {"ratio": 1.0, "who": "caf\\u00e9"},\n  "cells": [\n    {\n      "cell_type": "code",\n')).toBe(true);
    expect(result.endsWith('"execution_count": 2.0\n    }\n  ]\n}')).toBe(true);
    expect(JSON.parse(result).cells[0].metadata).toEqual({ tags: ['repro-audit:seeds'] });
  });

  test('string sources stay strings; compact JSON stays compact', () => {
    const compact = '{"cells":[{"cell_type":"code","metadata":{},"outputs":[],"execution_count":null,"source":"a = 1\\nb = 2"}],"metadata":{},"nbformat":4,"nbformat_minor":5}';
    const result = applyNotebookEdits(compact, [
      { kind: 'text', path: 'n.ipynb', cell: 0, range: { start: 4, end: 5 }, newText: 'SEED' },
      seedCell(0)
    ]);
    expect(result).not.toContain('\n');
    const cells = JSON.parse(result).cells;
    expect(cells[0].source).toBe('SEED = 1\n');
    expect(cells[1].source).toBe('a = SEED\nb = 2');
  });

  test('refuses edits that do not fit the notebook', () => {
    const text = nbformatText(original);
    expect(() => applyNotebookEdits(text, [{ kind: 'text', path: 'n.ipynb', cell: 9, range: { start: 0, end: 0 }, newText: 'x' }])).toThrow(RangeError);
    expect(() => applyNotebookEdits('{"worksheets": []}', [seedCell(0)])).toThrow(SyntaxError);
  });
});

describe('splitLinesKeepEnds', () => {
  test('splits as Python str.splitlines(True) does', () => {
    expect(splitLinesKeepEnds('a\nb\r\nc\rd\u2028e')).toEqual(['a\n', 'b\r\n', 'c\r', 'd\u2028', 'e']);
    expect(splitLinesKeepEnds('')).toEqual([]);
    expect(splitLinesKeepEnds('x\n')).toEqual(['x\n']);
  });
});
