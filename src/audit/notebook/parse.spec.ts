import { parseNotebook } from './parse';

function v4(cells: object[], metadata: object = {}): string {
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata, cells });
}

describe('parseNotebook', () => {
  it('reads nbformat 4 cells with string and list sources, counts, outputs and tags', () => {
    const text = v4(
      [
        { cell_type: 'markdown', metadata: {}, source: ['# Title\n', 'text'] },
        {
          cell_type: 'code',
          metadata: { tags: ['parameters', 3] },
          execution_count: 2,
          outputs: [{ output_type: 'stream', name: 'stdout', text: ['hi\n'] }],
          source: 'x = 1\ny = 2'
        },
        { cell_type: 'raw', metadata: {}, source: 'raw' }
      ],
      { kernelspec: { name: 'python3', language: 'Python', display_name: 'Python 3' } }
    );
    const { notebook, error } = parseNotebook(text);
    expect(error).toBeUndefined();
    expect(notebook?.nbformat).toBe(4);
    expect(notebook?.nbformatMinor).toBe(5);
    expect(notebook?.language).toBe('python');
    expect(notebook?.kernelName).toBe('python3');
    expect(notebook?.cells.map(c => [c.index, c.cellType, c.source, c.executionCount, c.tags])).toEqual([
      [0, 'markdown', '# Title\ntext', null, []],
      [1, 'code', 'x = 1\ny = 2', 2, ['parameters']],
      [2, 'raw', 'raw', null, []]
    ]);
    expect(notebook?.cells[1].outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: ['hi\n'] }]);
  });

  it('takes the language from language_info when there is no kernelspec', () => {
    const { notebook } = parseNotebook(v4([], { language_info: { name: 'R' } }));
    expect(notebook?.language).toBe('r');
    expect(notebook?.kernelName).toBeUndefined();
  });

  it('tolerates nbformat 3: worksheets, input, prompt_number, cell language, v3 outputs', () => {
    const text = JSON.stringify({
      nbformat: 3,
      nbformat_minor: 0,
      metadata: { name: 'old' },
      worksheets: [
        {
          cells: [
            { cell_type: 'heading', level: 2, metadata: {}, source: 'Intro' },
            {
              cell_type: 'code',
              language: 'python',
              input: ['import numpy as np\n', 'np.zeros(3)'],
              prompt_number: 4,
              metadata: {},
              outputs: [
                { output_type: 'pyout', prompt_number: 4, text: ['array([0., 0., 0.])'], metadata: {} },
                { output_type: 'stream', stream: 'stderr', text: 'warn' },
                { output_type: 'pyerr', ename: 'ValueError', evalue: 'bad', traceback: ['tb'] }
              ]
            }
          ]
        },
        { cells: [{ cell_type: 'markdown', metadata: {}, source: 'more' }] }
      ]
    });
    const { notebook } = parseNotebook(text);
    expect(notebook?.nbformat).toBe(3);
    expect(notebook?.language).toBe('python');
    expect(notebook?.cells.map(c => [c.index, c.cellType, c.source, c.executionCount])).toEqual([
      [0, 'markdown', '## Intro', null],
      [1, 'code', 'import numpy as np\nnp.zeros(3)', 4],
      [2, 'markdown', 'more', null]
    ]);
    expect(notebook?.cells[1].outputs).toEqual([
      { output_type: 'execute_result', execution_count: 4, data: { 'text/plain': ['array([0., 0., 0.])'] }, metadata: {} },
      { output_type: 'stream', name: 'stderr', text: 'warn' },
      { output_type: 'error', ename: 'ValueError', evalue: 'bad', traceback: ['tb'] }
    ]);
  });

  it('gives an error, not a throw, for invalid JSON', () => {
    const result = parseNotebook('{"cells": [');
    expect(result.notebook).toBeUndefined();
    expect(result.error).toMatch(/^Notebook is not valid JSON/);
  });

  it('gives an error for JSON that is not a notebook', () => {
    expect(parseNotebook('[1, 2]').error).toBe('Notebook JSON is not an object; not a Jupyter notebook');
    expect(parseNotebook('{}').error).toMatch(/no notebook cells/);
    expect(parseNotebook('"text"').error).toMatch(/not an object/);
    expect(parseNotebook('{"nbformat": 2, "worksheets": []}').error).toMatch(/too old/);
  });

  it('reads an empty notebook', () => {
    const { notebook } = parseNotebook(v4([]));
    expect(notebook?.cells).toEqual([]);
    expect(notebook?.language).toBeUndefined();
  });

  it('skips malformed cells and fields without throwing', () => {
    const text = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 2,
      metadata: null,
      cells: [null, 'x', { cell_type: 'code', source: 5, execution_count: 'x', outputs: 'no', metadata: { tags: 'a' } }]
    });
    const { notebook } = parseNotebook(text);
    expect(notebook?.metadata).toEqual({});
    expect(notebook?.cells).toEqual([
      { index: 0, cellType: 'code', source: '', executionCount: null, outputs: [], tags: [] }
    ]);
  });
});
