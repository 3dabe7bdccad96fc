/**
 * Where @lezer/python disagrees with Python on valid code. Two gaps are lexical and fixed before
 * parsing, in a same-length copy so every offset still holds: floats with a trailing dot (`20.`,
 * `1.e5`, read as `200`, `10e5`), which derail its recovery, and form feeds on blank lines. Two give harmless error
 * nodes that are not reported: a bare `yield`, and `case Point():` without arguments.
 */
import type { SyntaxNode } from '@lezer/common';

function isNameChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c > '\x7f';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Offset after the string literal whose opening quote is at `quoteAt`. */
function stringEnd(source: string, quoteAt: number): number {
  const q = source[quoteAt];
  const triple = source[quoteAt + 1] === q && source[quoteAt + 2] === q;
  const closing = triple ? q + q + q : q;
  for (let i = quoteAt + closing.length; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (c === '\n' && !triple) {
      return i;
    } else if (source.startsWith(closing, i)) {
      return i + closing.length;
    }
  }
  return source.length;
}

/** The source as the parser should see it: same length, trailing-dot floats and form feeds made plain. */
export function parserText(source: string): string {
  const fixFloats = /\d\.(?![\d_])/.test(source);
  if (!fixFloats) {
    return source.includes('\f') ? source.replace(/\f/g, ' ') : source;
  }
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    if (c === '#') {
      const e = source.indexOf('\n', i);
      i = e === -1 ? n : e;
    } else if (c === '"' || c === "'") {
      i = stringEnd(source, i);
    } else if (isDigit(c)) {
      let j = i;
      while (j < n && isNameChar(source[j])) {
        j++; // The whole numeric token, `0x1f` and `1_000` alike.
      }
      const afterDot = source[j + 1];
      if (source[j] === '.' && !isDigit(afterDot) && afterDot !== '.' && /^[0-9_]+$/.test(source.slice(i, j))) {
        // `20.` -> `200`, `1.e5` -> `10e5`: the number keeps its span, and slices of the source its text.
        const exponent = (afterDot === 'e' || afterDot === 'E') && /[-+\d]/.test(source[j + 2] ?? '');
        const imaginary = afterDot === 'j' || afterDot === 'J';
        if (afterDot !== undefined && isNameChar(afterDot) && !exponent && !imaginary) {
          i = j + 1; // `1.real` is not a float with a trailing dot.
          continue;
        }
        out.push(source.slice(copied, j), '0');
        copied = j + 1;
        i = j + 1;
      } else {
        i = j;
      }
    } else if (isNameChar(c)) {
      while (i < n && isNameChar(source[i])) {
        i++;
      }
    } else {
      i++;
    }
  }
  out.push(source.slice(copied));
  const text = out.join('');
  return text.includes('\f') ? text.replace(/\f/g, ' ') : text;
}

/** An error node the parser gives on valid Python; not a syntax error to report. */
export function isParserQuirk(error: SyntaxNode): boolean {
  const parent = error.parent;
  const before = error.prevSibling;
  if (
    error.from === error.to &&
    before?.name === 'yield' &&
    (parent?.name === 'YieldStatement' || parent?.name === 'YieldExpression')
  ) {
    return true;
  }
  // `case Point():`, a class pattern without arguments.
  return parent?.name === 'LiteralPattern' && parent.from === parent.to && parent.parent?.name === 'PatternArgList';
}
