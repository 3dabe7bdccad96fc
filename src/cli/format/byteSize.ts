import { formatNumber } from '../../audit/numberText';

/** Byte counts as people read them, in SI units: 12345 -> "12.3 kB". */
export function humanBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${formatNumber(value)} ${units[unit]}`;
}
