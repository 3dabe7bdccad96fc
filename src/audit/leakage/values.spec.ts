import { pathsOverlap, rangeSegment, rowsOverlap, rowsWithin } from './values';

describe('row paths', () => {
  it('overlap when one lies under the other, not as two sides of a split', () => {
    expect(pathsOverlap('o1', 'o1/s2t')).toBe(true);
    expect(pathsOverlap('o1/s2r', 'o1/s2t')).toBe(false);
    expect(pathsOverlap('o1', 'o3')).toBe(false);
  });

  it('compare sibling slices by their bounds', () => {
    expect(pathsOverlap(`o1/${rangeSegment('', '800')}`, `o1/${rangeSegment('600', '')}`)).toBe(true);
    expect(pathsOverlap(`o1/${rangeSegment('', '800')}`, `o1/${rangeSegment('800', '')}`)).toBe(false);
    // Bounds written as the same expression meet, and do not share rows.
    expect(pathsOverlap(`o1/${rangeSegment('', 'cut')}`, `o1/${rangeSegment('cut', '')}`)).toBe(false);
  });

  it('tell rows within others (a fit on the test rows only)', () => {
    expect(rowsWithin(['o1/s2t'], ['o1/s2t'])).toBe(true);
    expect(rowsWithin(['o1'], ['o1/s2t'])).toBe(false);
    expect(rowsOverlap(['o1/s2r', 'o1/s2t'], ['o1/s2t'])).toBe(true);
  });
});
