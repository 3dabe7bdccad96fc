import { formatNumber } from './numberText';

describe('formatNumber: three significant digits everywhere', () => {
  it('shows every value with three significant digits, trailing zeros kept', () => {
    // The mix the ablation table showed: 3, 4 and 7 digits.
    expect(formatNumber(0.963)).toBe('0.963');
    expect(formatNumber(0.7222222)).toBe('0.722');
    expect(formatNumber(0.95)).toBe('0.950');
    expect(formatNumber(1)).toBe('1.00');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(0.0012345)).toBe('0.00123');
  });

  it('uses exponent notation for very small and very large magnitudes', () => {
    expect(formatNumber(-0.0002789)).toBe('-2.79e-4');
    expect(formatNumber(0.000012)).toBe('1.20e-5');
    expect(formatNumber(1234567)).toBe('1.23e+6');
  });

  it('writes 100 to a million as a rounded integer, not in exponent notation', () => {
    expect(formatNumber(123.4)).toBe('123');
    expect(formatNumber(1234)).toBe('1230');
    expect(formatNumber(999999)).toBe('1.00e+6');
  });

  it('picks the notation after rounding', () => {
    expect(formatNumber(99.96)).toBe('100');
    expect(formatNumber(0.00099996)).toBe('0.00100');
    expect(formatNumber(9.9996)).toBe('10.0');
  });

  it('signs positive numbers on request and keeps zero, nan and infinities readable', () => {
    expect(formatNumber(0.0123, true)).toBe('+0.0123');
    expect(formatNumber(-0.0123, true)).toBe('-0.0123');
    expect(formatNumber(0, true)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('nan');
    expect(formatNumber(Number.POSITIVE_INFINITY, true)).toBe('+∞');
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe('-∞');
    expect(formatNumber(undefined)).toBe('');
  });
});
