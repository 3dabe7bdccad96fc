/**
 * Numbers as people read them, one format everywhere (ablation table, chart, exports, sizes, times):
 * three significant digits with their trailing zeros kept (0.950, 1.00), so every value shows the same
 * precision; exponent notation below 0.001 and from a million up, where fixed notation would be all zeros
 * or all digits. Machine outputs (JSON, CSV) keep full precision and never go through here.
 */

export const SIGNIFICANT_DIGITS = 3;

/** `0.963`, `0.722`, `-2.79e-4`, `1230`, `1.00e+6`; `+` before positive numbers when `signed`. */
export function formatNumber(x: number | undefined, signed = false): string {
  if (x === undefined) {
    return '';
  }
  if (Number.isNaN(x)) {
    return 'nan';
  }
  if (!Number.isFinite(x)) {
    return x > 0 ? (signed ? '+∞' : '∞') : '-∞';
  }
  const sign = signed && x > 0 ? '+' : '';
  if (x === 0) {
    // An exact zero has no precision to show (0.00 would suggest a rounded value).
    return '0';
  }
  // Decide the notation on the rounded value: 999.7 rounds to 1000, 0.00099996 to 0.00100.
  const rounded = Number(x.toPrecision(SIGNIFICANT_DIGITS));
  const magnitude = Math.abs(rounded);
  if (magnitude < 1e-3 || magnitude >= 1e6) {
    return sign + x.toExponential(SIGNIFICANT_DIGITS - 1);
  }
  if (magnitude >= 10 ** (SIGNIFICANT_DIGITS - 1)) {
    // 100 and up: the rounded integer (1234 -> 1230), not toPrecision's 1.23e+3.
    return sign + String(rounded);
  }
  return sign + x.toPrecision(SIGNIFICANT_DIGITS);
}
