/**
 * The value of an argument written as a plain Python literal (`True`, `'saga'`, `42`, `None`), read
 * from the argument's source text. Anything else (a name, a call, an expression) is `undefined`:
 * the audit cannot know it without running the code.
 */

/** A literal's value: a boolean, None, a string's contents, or a number. */
export type PyLiteral = boolean | null | string | number;

/** String prefixes Python allows before a quote (f-strings are not literals: they interpolate). */
const STRING_PREFIXES = ['', 'r', 'u', 'b', 'br', 'rb'];

export function literalValue(text: string | undefined): PyLiteral | undefined {
  if (text === undefined) {
    return undefined;
  }
  const t = text.trim();
  if (t === 'True') {
    return true;
  }
  if (t === 'False') {
    return false;
  }
  if (t === 'None') {
    return null;
  }
  const str = stringContents(t);
  if (str !== undefined) {
    return str;
  }
  return numberValue(t);
}

function stringContents(t: string): string | undefined {
  const quoteAt = t.search(/['"]/);
  if (quoteAt < 0 || !STRING_PREFIXES.includes(t.slice(0, quoteAt).toLowerCase())) {
    return undefined;
  }
  const body = t.slice(quoteAt);
  for (const quote of ['"""', "'''", '"', "'"]) {
    if (body.length >= 2 * quote.length && body.startsWith(quote) && body.endsWith(quote)) {
      const inner = body.slice(quote.length, body.length - quote.length);
      // `'a' 'b'` or `'a' + x` are not one literal.
      return inner.includes(quote[0]) ? undefined : inner;
    }
  }
  return undefined;
}

function numberValue(t: string): number | undefined {
  const unsigned = t.replace(/^[-+]/, '');
  if (!/^(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+)$/.test(unsigned)) {
    return undefined;
  }
  const n = Number(unsigned.replace(/_/g, ''));
  if (Number.isNaN(n)) {
    return undefined;
  }
  return t.startsWith('-') ? -n : n;
}

/** How a literal reads in Python, for comparisons against tables ('True', 'saga', '0'). */
export function literalText(value: PyLiteral): string {
  if (value === true) {
    return 'True';
  }
  if (value === false) {
    return 'False';
  }
  if (value === null) {
    return 'None';
  }
  return String(value);
}
