/** The notebook a command works on: the open widget (unsaved edits count, selected cells) or the saved file. */
import type { Widget } from '@lumino/widgets';
import { asAblationNotebook, openNotebookOf, readNotebook, readNotebookOrMissing, selectedCellIndices } from './notebookTarget';
import { notebookText } from './__tests__/fixtures';

const OPEN = JSON.parse(notebookText([{ source: 'A = True', tags: ['parameters'] }]));
const SAVED = JSON.parse(notebookText([{ source: 'B = True', tags: ['parameters'] }]));

function fakeWidget(path: string, selected: boolean[], active: number) {
  const cells = selected.map((_, i) => ({ i }));
  return {
    id: path,
    context: { path, model: { toJSON: () => OPEN, sharedModel: {} } },
    content: {
      activeCellIndex: active,
      widgets: cells,
      isSelectedOrActive: (cell: { i: number }) => selected[cell.i]
    }
  } as unknown as Widget;
}

it('knows a notebook widget by its .ipynb path and its cells', () => {
  expect(asAblationNotebook(fakeWidget('a/n.ipynb', [], -1))).toBeDefined();
  expect(asAblationNotebook(fakeWidget('a/n.py', [], -1))).toBeUndefined();
  expect(asAblationNotebook({ context: { path: 'n.ipynb', model: { toJSON: () => ({}) } } } as unknown as Widget)).toBeUndefined();
  expect(asAblationNotebook(null)).toBeUndefined();
});

it('finds the open notebook of a path', () => {
  const widgets = [fakeWidget('a.ipynb', [], 0), fakeWidget('b.ipynb', [], 0)];
  expect(openNotebookOf(widgets, 'b.ipynb')?.id).toBe('b.ipynb');
  expect(openNotebookOf(widgets, 'c.ipynb')).toBeUndefined();
});

it('takes the selected cells, else the active one', () => {
  expect(selectedCellIndices(asAblationNotebook(fakeWidget('n.ipynb', [false, true, true], 1))!)).toEqual([1, 2]);
  expect(selectedCellIndices(asAblationNotebook(fakeWidget('n.ipynb', [false, false], 1))!)).toEqual([1]);
  expect(selectedCellIndices(asAblationNotebook(fakeWidget('n.ipynb', [], -1))!)).toEqual([]);
});

it('reads the open model when there is one, else the saved file', async () => {
  const requests: unknown[] = [];
  const contents = { get: async (path: string, options: unknown) => (requests.push([path, options]), { content: SAVED }) };
  const open = await readNotebook(contents as never, 'n.ipynb', asAblationNotebook(fakeWidget('n.ipynb', [], 0)));
  expect(open.setup?.toggles.map(t => t.name)).toEqual(['A']);
  expect(requests).toEqual([]);
  const saved = await readNotebook(contents as never, 'n.ipynb');
  expect(saved.setup?.toggles.map(t => t.name)).toEqual(['B']);
  expect(saved.text).toBe(JSON.stringify(SAVED));
  expect(requests).toEqual([['n.ipynb', { type: 'notebook', content: true }]]);
});

it('says a notebook is gone instead of rejecting (a restored panel\'s notebook may be)', async () => {
  const failing = (error: Error) => ({ get: async () => Promise.reject(error) }) as never;
  const gone = await readNotebookOrMissing(failing(Object.assign(new Error('No such file'), { response: { status: 404 } })), 'old.ipynb');
  expect(gone).toMatchObject({ path: 'old.ipynb', missing: true, parseError: 'No such file' });
  expect(gone.setup).toBeUndefined();
  const refused = await readNotebookOrMissing(failing(new Error('Forbidden')), 'n.ipynb');
  expect(refused).toMatchObject({ missing: false, parseError: 'Forbidden' });
  const saved = await readNotebookOrMissing({ get: async () => ({ content: SAVED }) } as never, 'n.ipynb');
  expect(saved.setup?.toggles.map(t => t.name)).toEqual(['B']);
});
