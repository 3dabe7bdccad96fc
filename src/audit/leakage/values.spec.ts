import { MASK_SEGMENT, pathsOverlap, rangeSegment, rowsOverlap, rowsWithin } from './values';

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

  it('meet a random split with rows chosen by a mask (chosen by value, drawn across both sides)', () => {
    expect(pathsOverlap(`o1/${MASK_SEGMENT}4`, 'o1/s2t')).toBe(true);
    expect(pathsOverlap('o1/s[abc]r', `o1/${MASK_SEGMENT}4`)).toBe(true);
    // Two masks (`df[df.is_train]`, `df[~df.is_train]`), a mask and a sample's drop, stay apart.
    expect(pathsOverlap(`o1/${MASK_SEGMENT}4`, `o1/${MASK_SEGMENT}5`)).toBe(false);
    expect(pathsOverlap(`o1/${MASK_SEGMENT}4`, 'o1/p5')).toBe(false);
    // Asked as "the same test rows?", a split of masked rows is another test set than a split of all of them.
    expect(rowsOverlap([`o1/${MASK_SEGMENT}4/s3t`], ['o1/s2t'], false)).toBe(false);
  });
});
