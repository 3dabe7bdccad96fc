import { formatDuration, mergeRunTimes, MeasuredRunTime, runTimesFromHardwareJson, runTimesTable } from './runTimes';

const train: MeasuredRunTime = { path: 'notebooks/train.ipynb', seconds: 3.24, codeCells: 5, kernel: 'python3', measuredAt: '2026-11-23T16:00:00Z' };
const eval_: MeasuredRunTime = { path: 'notebooks/eval.ipynb', seconds: 5400, codeCells: 2, kernel: 'python3', measuredAt: '2026-11-23T16:01:00Z' };

describe('run times', () => {
  test('durations read as a person and the hardware check both read them', () => {
    expect(formatDuration(3.24)).toBe('3.2 seconds');
    expect(formatDuration(89.9)).toBe('89.9 seconds');
    expect(formatDuration(150)).toBe('2.5 minutes');
    expect(formatDuration(5400)).toBe('1.5 hours');
  });

  test('the table has one row per notebook, cells escaped', () => {
    expect(runTimesTable([])).toBe('');
    const table = runTimesTable([train, { ...eval_, path: 'a|b.ipynb' }]).split('\n');
    expect(table[2]).toBe('| Notebook | Run time | Code cells | Kernel | Measured |');
    expect(table[4]).toBe('| notebooks/train.ipynb | 3.2 seconds | 5 | python3 | 2026-11-23T16:00:00Z |');
    expect(table[5]).toBe('| a\\|b.ipynb | 1.5 hours | 2 | python3 | 2026-11-23T16:01:00Z |');
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
});
