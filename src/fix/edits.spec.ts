import { applyTextEdits } from './edits';

const at = (start: number, end: number, newText: string) => ({ range: { start, end }, newText });

describe('applyTextEdits', () => {
  test('applies edits given in any order against the original offsets', () => {
    expect(applyTextEdits('abcdef', [at(4, 5, 'E'), at(0, 1, 'A'), at(2, 2, '+')])).toBe('Ab+cdEf');
  });

  test('keeps insertions at one offset in the order given', () => {
    expect(applyTextEdits('ab', [at(1, 1, 'x'), at(1, 1, 'y')])).toBe('axyb');
  });

  test('no edits: the same text', () => {
    expect(applyTextEdits('same\r\n', [])).toBe('same\r\n');
  });

  test('refuses overlapping ranges and ranges outside the text', () => {
    expect(() => applyTextEdits('abcdef', [at(0, 3, 'x'), at(2, 4, 'y')])).toThrow(RangeError);
    expect(() => applyTextEdits('abc', [at(2, 9, 'x')])).toThrow(RangeError);
    expect(() => applyTextEdits('abc', [at(2, 1, 'x')])).toThrow(RangeError);
  });
});
