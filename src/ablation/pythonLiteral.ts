/**
 * Values written as Python source the way Python's `repr` writes them, for the injected-parameters
 * cell: `True`, `3`, `0.1`, `1e-07`, `'it\'s'`.
 */
import type { ParameterValue } from './toggles';

/** Python's repr of a float: shortest round-trip digits, exponent form below 1e-4 or from 1e16. */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) {
    return "float('nan')";
  }
  if (!Number.isFinite(x)) {
    return x > 0 ? "float('inf')" : "-float('inf')";
  }
  if (x === 0) {
    return Object.is(x, -0) ? '-0.0' : '0.0';
  }
  const [mantissa, exponentText] = x.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const fixed = x.toFixed(Math.max(0, mantissa.replace(/^-/, '').replace('.', '').length - 1 - exponent));
  return fixed.includes('.') ? fixed : fixed + '.0';
}

/** Python's repr of a str: single quotes unless the text has one and no double quote. */
export function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\\' || ch === quote) {
      out += '\\' + ch;
    } else if (ch === '\n') {
      out += '\\n';
    } else if (ch === '\r') {
      out += '\\r';
    } else if (ch === '\t') {
      out += '\\t';
    } else if (code < 0x20 || code === 0x7f) {
      out += '\\x' + code.toString(16).padStart(2, '0');
    } else {
      out += ch;
    }
  }
  return out + quote;
}

/** A parameter value as Python source; integral numbers are ints (pass 1.5, not 1.0, for floats). */
export function pythonRepr(value: ParameterValue): string {
  if (value === null) {
    return 'None';
  }
  if (typeof value === 'boolean') {
    return value ? 'True' : 'False';
  }
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) ? String(value) : pythonFloatRepr(value);
  }
  return pythonStringRepr(value);
}
