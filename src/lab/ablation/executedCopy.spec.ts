import { injectVariant, planAblation, discoverToggles } from '../../ablation';
import { parseNotebook } from '../../audit/notebook/parse';
import type { NotebookRun } from '../kernel/runner';
import { executedCopy } from './executedCopy';

type Cell = { cell_type: string; outputs?: unknown[]; execution_count?: number | null; metadata: { papermill?: Record<string, unknown>; tags?: string[] } };

const notebookText = JSON.stringify({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
  cells: [
    { id: 'a', cell_type: 'markdown', metadata: {}, source: '# Title' },
    { id: 'b', cell_type: 'code', metadata: { tags: ['parameters'] }, execution_count: 4, outputs: [], source: 'SCALE = True\n' },
    { id: 'c', cell_type: 'code', metadata: {}, execution_count: 5, outputs: [{ output_type: 'stream', name: 'stdout', text: 'old' }], source: 'x = 1' },
    { id: 'd', cell_type: 'markdown', metadata: {}, source: 'between' },
    { id: 'e', cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: 'print(x)' }
  ]
});
const setup = discoverToggles(parseNotebook(notebookText).notebook!);
const [, noScale] = planAblation(setup).variants;
const injected = injectVariant(notebookText, noScale, { inputPath: 'nb.ipynb', outputPath: 'ablations/nb/r/no-SCALE.ipynb' });
const times = { startedAt: '2026-01-02T03:04:05.000Z', finishedAt: '2026-01-02T03:04:09.500Z' };

function timed(status: 'ok' | 'error' | 'cancelled' | 'not-run', count: number | null, outputs: unknown[] = []) {
  return status === 'not-run'
    ? { index: 0, status, outputs: [] }
    : { index: 0, status, outputs, executionCount: count, startedAt: '2026-01-02T03:04:06.000Z', finishedAt: '2026-01-02T03:04:06.250Z', durationSeconds: 0.25 };
}

describe('executedCopy', () => {
  it('fills outputs, counts and papermill metadata of a completed run', () => {
    expect(injected.cellsToRun.map(c => c.cell)).toEqual([1, 2, 3, 5]);
    const run = {
      outcome: 'completed',
      cells: [timed('ok', 1), timed('ok', 2), timed('ok', 3), timed('ok', 4, [{ output_type: 'stream', name: 'stdout', text: '1\n' }])]
    } as NotebookRun;
    const copy = executedCopy(injected.notebook!, injected.cellsToRun, run, times) as { cells: Cell[]; metadata: Record<string, Record<string, unknown>> };
    expect(copy.cells.map(c => c.metadata.papermill!.status)).toEqual(['completed', 'completed', 'completed', 'completed', 'completed', 'completed']);
    expect(copy.cells.map(c => c.execution_count)).toEqual([undefined, 1, 2, 3, undefined, 4]);
    expect(copy.cells[5].outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: '1\n' }]);
    expect(copy.cells[3].outputs).toEqual([]);
    expect(copy.cells[1].metadata.papermill).toEqual({
      start_time: '2026-01-02T03:04:06.000Z',
      end_time: '2026-01-02T03:04:06.250Z',
      duration: 0.25,
      exception: false,
      status: 'completed'
    });
    expect(copy.cells[2].metadata.tags).toEqual(['injected-parameters']);
    const papermill = copy.metadata.papermill;
    expect([papermill.start_time, papermill.end_time, papermill.duration, papermill.exception]).toEqual([times.startedAt, times.finishedAt, 4.5, null]);
    expect([papermill.input_path, papermill.output_path, papermill.parameters]).toEqual(['nb.ipynb', 'ablations/nb/r/no-SCALE.ipynb', { SCALE: false }]);
    expect(copy.metadata.ablation).toEqual({ variant: 'no-SCALE', off: ['SCALE'], skipped_cells: [], seed: null, outcome: 'completed' });
    // The injected notebook itself is left as it was.
    expect((injected.notebook!.cells as Cell[])[1].execution_count).toBeNull();
  });

  it('marks the failed cell and leaves the cells after it pending, as papermill does', () => {
    const error = { output_type: 'error', ename: 'NameError', evalue: "name 'y' is not defined", traceback: [] };
    const run = {
      outcome: 'error',
      message: "NameError: name 'y' is not defined",
      failedCell: 2,
      cells: [timed('ok', 1), timed('ok', 2), timed('error', 3, [error]), timed('not-run', null)]
    } as NotebookRun;
    const copy = executedCopy(injected.notebook!, injected.cellsToRun, run, times) as { cells: Cell[]; metadata: Record<string, Record<string, unknown>> };
    expect(copy.cells.map(c => c.metadata.papermill!.status)).toEqual(['completed', 'completed', 'completed', 'failed', 'pending', 'pending']);
    expect(copy.cells[3].metadata.papermill!.exception).toBe(true);
    expect(copy.cells[3].outputs).toEqual([error]);
    expect(copy.cells[5].metadata.papermill!.exception).toBeNull();
    expect(copy.cells[5].execution_count).toBeNull();
    expect(copy.metadata.papermill.exception).toBe(true);
    expect(copy.metadata.ablation.message).toBe("NameError: name 'y' is not defined");
  });

  it('leaves every cell pending when cancelled before the first cell', () => {
    const run = { outcome: 'cancelled', message: 'Cancelled.', failedCell: 0, cells: injected.cellsToRun.map(() => timed('not-run', null)) } as NotebookRun;
    const copy = executedCopy(injected.notebook!, injected.cellsToRun, run, times) as { cells: Cell[]; metadata: Record<string, Record<string, unknown>> };
    expect(copy.cells.map(c => c.metadata.papermill!.status)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending', 'pending']);
    expect(copy.metadata.papermill.exception).toBeNull();
  });
});
