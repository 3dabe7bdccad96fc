import { parseNotebook } from '../audit/notebook/parse';
import { parseTimingOutput } from './probe/timingSource';
import { formatDuration, mergeRunTimes, MeasuredRunTime, notebooksToTime, runTimesFromHardwareJson, runTimesTable } from './runTimes';

const notebook = (cells: string[], metadata: object = {}) =>
  parseNotebook(JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata, cells: cells.map(source => ({ cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null })) })).notebook;

const train: MeasuredRunTime = { path: 'notebooks/train.ipynb', seconds: 3.24, codeCells: 5, kernel: 'python3', measuredAt: '2026-11-23T16:00:00Z' };
const eval_: MeasuredRunTime = { path: 'notebooks/eval.ipynb', seconds: 5400, codeCells: 2, kernel: 'python3', measuredAt: '2026-11-23T16:01:00Z' };

describe('run times', () => {
  test('durations read as a person and the hardware check both read them', () => {
    expect(formatDuration(3.24)).toBe('3.24 seconds');
    expect(formatDuration(89.9)).toBe('89.9 seconds');
    expect(formatDuration(150)).toBe('2.50 minutes');
    expect(formatDuration(5400)).toBe('1.50 hours');
  });

  test('the table has one row per notebook, cells escaped', () => {
    expect(runTimesTable([])).toBe('');
    const table = runTimesTable([train, { ...eval_, path: 'a|b.ipynb' }]).split('\n');
    expect(table[2]).toBe('| Notebook | Run time | Code cells | Kernel | Measured |');
    expect(table[4]).toBe('| notebooks/train.ipynb | 3.24 seconds | 5 | python3 | 2026-11-23T16:00:00Z |');
    expect(table[5]).toBe('| a\\|b.ipynb | 1.50 hours | 2 | python3 | 2026-11-23T16:01:00Z |');
  });

  test('earlier run times come back from hardware.json; anything malformed counts as none', () => {
    expect(runTimesFromHardwareJson(JSON.stringify({ run_times: [train, { path: 'x', seconds: 'slow' }, null] }))).toEqual([train]);
    expect(runTimesFromHardwareJson('{not json')).toEqual([]);
    expect(runTimesFromHardwareJson(JSON.stringify({ run_times: 'soon' }))).toEqual([]);
    expect(runTimesFromHardwareJson(undefined)).toEqual([]);
  });

  test('a new measurement replaces the same notebook, the rest are kept, by path', () => {
    const again = { ...train, seconds: 4 };
    expect(mergeRunTimes([train, eval_], [again])).toEqual([eval_, again]);
  });

  test('notebooks to time: with code, not executed copies, the notebook kernel or the default', () => {
    const found = notebooksToTime(
      [
        { path: 'a.ipynb', notebook: notebook(['x = 1', '  '], { kernelspec: { name: 'py311' } }) },
        { path: 'b.ipynb', notebook: notebook(['y = 2']) },
        { path: 'out.ipynb', notebook: notebook(['y = 2'], { papermill: { parameters: {} } }) },
        { path: 'empty.ipynb', notebook: notebook(['']) },
        { path: 'broken.ipynb', error: 'Notebook is not valid JSON' }
      ],
      'python3'
    );
    expect(found).toEqual([
      { path: 'a.ipynb', kernelName: 'py311', cells: ['x = 1'], cellIndices: [0] },
      { path: 'b.ipynb', kernelName: 'python3', cells: ['y = 2'], cellIndices: [0] }
    ]);
  });

  test("the timing script's output: its last line, or a clear error", () => {
    expect(parseTimingOutput('noise\n{"measured": [], "failed": [{"path": "a", "reason": "r"}]}\n').result).toEqual({ measured: [], failed: [{ path: 'a', reason: 'r' }] });
    expect(parseTimingOutput('Traceback ...').error).toBe('the timing script printed no JSON');
    expect(parseTimingOutput('{"measured": 1}').error).toBe('the timing script printed no result');
  });
});
