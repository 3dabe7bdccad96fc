import type { IOutput } from '@jupyterlab/nbformat';
import { CellRun, compareCell, compareRuns, textsEqual } from './compare';
import { codeCellsHash, contentHash } from './hash';
import { maskVolatile, outputsText } from './normalize';

const stdout = (text: string): IOutput => ({ output_type: 'stream', name: 'stdout', text });
const stderr = (text: string): IOutput => ({ output_type: 'stream', name: 'stderr', text });
const result = (data: Record<string, unknown>, count = 1): IOutput =>
  ({ output_type: 'execute_result', execution_count: count, data, metadata: {} }) as IOutput;
const display = (data: Record<string, unknown>): IOutput => ({ output_type: 'display_data', data, metadata: {} }) as IOutput;
const ok = (index: number, ...outputs: IOutput[]): CellRun => ({ index, status: 'ok', outputs });

describe('maskVolatile', () => {
  it.each([
    ['<Model object at 0x7f3a2c1d0e80>', '<Model object at 0x<address>>'],
    ['saved 2024-05-01T12:30:45.123Z', 'saved <timestamp>'],
    ['on 2024-05-01 12:30:45+02:00 done', 'on <timestamp> done'],
    ['day 2024-05-01', 'day <timestamp>'],
    ['at 09:15:02 ok', 'at <time> ok'],
    ['CPU times: user 1.2 s, sys: 30 ms, total: 1.23 s\nWall time: 1.25 s\nresult 3', 'result 3'],
    ['12.3 ms ± 1.1 ms per loop (mean ± std. dev. of 7 runs, 100 loops each)\nx', 'x'],
    ['progress 10%\rprogress 50%\rprogress 100%', 'progress 100%'],
    ['0x1f is small', '0x1f is small']
  ])('%j -> %j', (input, expected) => {
    expect(maskVolatile(input)).toBe(expected);
  });
});

describe('outputsText', () => {
  it('joins split stream chunks and keeps stderr apart', () => {
    expect(outputsText([stdout('acc'), stdout('uracy 0.9\n'), stderr('warn\n'), stdout('end\n')])).toBe(
      'accuracy 0.9\n[stderr]\nwarn\nend'
    );
  });

  it('takes text/plain of results and ignores the execution count', () => {
    expect(outputsText([result({ 'text/plain': ['array([1, ', '2])'] }, 3)])).toBe(outputsText([result({ 'text/plain': 'array([1, 2])' }, 9)]));
  });

  it('hashes images instead of showing them, ignoring line breaks in the base64', () => {
    const a = outputsText([display({ 'image/png': 'iVBORw0KGgo\nAAAA', 'text/plain': '<Figure size 640x480 with 1 Axes>' })]);
    const b = outputsText([display({ 'image/png': 'iVBORw0KGgoAAAA', 'text/plain': '<Figure size 640x480 with 1 Axes>' })]);
    expect(a).toMatch(/^<image\/png [0-9a-f]{14}>$/);
    expect(a).toBe(b);
    expect(outputsText([display({ 'image/png': 'iVBORw0KGgoAAAB' })])).not.toBe(a);
  });

  it('shows errors by name and value, without the ANSI-coloured traceback', () => {
    const error = { output_type: 'error', ename: 'ValueError', evalue: 'bad \u001b[0;31mvalue\u001b[0m', traceback: ['\u001b[0;31mline'] } as IOutput;
    expect(outputsText([error])).toBe('ValueError: bad value');
  });

  it('falls back to a hash for rich outputs without text/plain', () => {
    expect(outputsText([display({ 'application/json': { a: 1 } })])).toMatch(/^<application\/json [0-9a-f]{14}>$/);
  });

  it('is empty for no outputs', () => {
    expect(outputsText([])).toBe('');
  });
});

describe('textsEqual', () => {
  it('compares numbers by value when the tolerance is 0', () => {
    expect(textsEqual('accuracy 1.0', 'accuracy 1.00')).toBe(true);
    expect(textsEqual('accuracy 0.91', 'accuracy 0.92')).toBe(false);
    expect(textsEqual('1e-3', '0.001')).toBe(true);
  });

  it('accepts numbers within a relative tolerance', () => {
    expect(textsEqual('loss 0.5000001', 'loss 0.5000002', { relativeTolerance: 1e-6 })).toBe(true);
    expect(textsEqual('loss 0.50', 'loss 0.51', { relativeTolerance: 1e-6 })).toBe(false);
    expect(textsEqual('loss 0.50', 'loss 0.51', { relativeTolerance: 0.05 })).toBe(true);
  });

  it('never lets a sign change pass as within tolerance of a tiny number only by chance', () => {
    expect(textsEqual('x -0.5', 'x 0.5', { relativeTolerance: 0.5 })).toBe(false);
  });

  it('requires the words between numbers to match', () => {
    expect(textsEqual('acc 0.9', 'loss 0.9', { relativeTolerance: 1 })).toBe(false);
    expect(textsEqual('a 1 2', 'a 1', { relativeTolerance: 1 })).toBe(false);
  });

  it('treats nan only as equal to itself', () => {
    expect(textsEqual('nan', 'nan')).toBe(true);
    expect(textsEqual('value nan', 'value 1.0', { relativeTolerance: 1 })).toBe(false);
  });
});

describe('compareCell', () => {
  it('says same for equal outputs despite addresses, timings and counts', () => {
    const first = ok(0, stdout('<obj at 0x7f0000000001>\nWall time: 1.2 s\n'), result({ 'text/plain': '42' }, 1));
    const second = ok(0, stdout('<obj at 0x7f00000000ff>\nWall time: 3.4 s\n'), result({ 'text/plain': '42' }, 7));
    expect(compareCell(0, first, second)).toEqual({ index: 0, verdict: 'same', text: '<obj at 0x<address>>\n42' });
  });

  it('says different with both texts', () => {
    expect(compareCell(2, ok(2, stdout('draws [0.1 0.2]\n')), ok(2, stdout('draws [0.7 0.3]\n')))).toEqual({
      index: 2,
      verdict: 'different',
      first: 'draws [0.1 0.2]',
      second: 'draws [0.7 0.3]'
    });
  });

  it('says error when a run failed, naming the run', () => {
    const failed: CellRun = { index: 1, status: 'timeout', outputs: [], message: 'The cell did not finish within 5 s and was interrupted.' };
    expect(compareCell(1, ok(1), failed)).toEqual({
      index: 1,
      verdict: 'error',
      message: 'second run: The cell did not finish within 5 s and was interrupted.'
    });
  });

  it('reads a deterministic failure once', () => {
    const failed: CellRun = { index: 0, status: 'error', outputs: [], message: 'ZeroDivisionError: division by zero' };
    expect(compareCell(0, failed, { ...failed })).toEqual({ index: 0, verdict: 'error', message: 'ZeroDivisionError: division by zero (both runs)' });
  });

  it('says error for a cell that never ran', () => {
    expect(compareCell(3, { index: 3, status: 'not-run', outputs: [] }, undefined)).toEqual({
      index: 3,
      verdict: 'error',
      message: 'first run: not reached (an earlier cell stopped the run); did not run in the second run'
    });
  });
});

describe('compareRuns', () => {
  it('is same when every cell matches', () => {
    const runs = [ok(0, stdout('a\n')), ok(1)];
    expect(compareRuns(runs, runs)).toMatchObject({ verdict: 'same', same: 2, different: 0, errors: 0 });
  });

  it('is different when any cell differs, even if a later one failed', () => {
    const first = [ok(0, stdout('0.1\n')), { index: 1, status: 'error', outputs: [], message: 'E' } as CellRun];
    const second = [ok(0, stdout('0.2\n')), { index: 1, status: 'error', outputs: [], message: 'E' } as CellRun];
    expect(compareRuns(first, second)).toMatchObject({ verdict: 'different', same: 0, different: 1, errors: 1 });
  });

  it('is error when a cell failed and none differs', () => {
    const first = [ok(0), { index: 1, status: 'kernel-died', outputs: [], message: 'died' } as CellRun];
    const result = compareRuns(first, [ok(0), ok(1)]);
    expect(result.verdict).toBe('error');
    expect(result.cells[1]).toEqual({ index: 1, verdict: 'error', message: 'first run: died' });
  });

  it('uses the tolerance setting', () => {
    const a = [ok(0, stdout('accuracy 0.8000001\n'))];
    const b = [ok(0, stdout('accuracy 0.8000002\n'))];
    expect(compareRuns(a, b).verdict).toBe('different');
    expect(compareRuns(a, b, { relativeTolerance: 1e-5 }).verdict).toBe('same');
  });

  it('is same for no cells', () => {
    expect(compareRuns([], [])).toEqual({ cells: [], same: 0, different: 0, errors: 0, verdict: 'same' });
  });
});

describe('hashes', () => {
  it('are stable, short and tell texts apart', () => {
    expect(contentHash('abc')).toBe(contentHash('abc'));
    expect(contentHash('abc')).not.toBe(contentHash('abd'));
    expect(contentHash('')).toMatch(/^[0-9a-f]{14}$/);
  });

  it('key a notebook by its code cells in order', () => {
    expect(codeCellsHash(['a', 'b'])).not.toBe(codeCellsHash(['b', 'a']));
    expect(codeCellsHash(['ab'])).not.toBe(codeCellsHash(['a', 'b']));
  });
});
