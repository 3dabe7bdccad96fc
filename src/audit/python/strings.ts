/** The value of a Python string literal as written: prefix and quotes removed, escapes kept. */
import type { SyntaxNode } from '@lezer/common';

/** f-string replacement fields stand as '{}' in the value, so `f"{root}/data"` does not look like '/data'. */
export const REPLACEMENT_MARK = '{}';

export function stringValue(source: string, node: SyntaxNode): string {
  let start = node.from;
  while (start < node.to && source[start] !== '"' && source[start] !== "'") {
    start++;
  }
  const quote = source[start];
  const quoteLength = source.startsWith(quote + quote + quote, start) ? 3 : 1;
  const closing = quote.repeat(quoteLength);
  const bodyFrom = Math.min(start + quoteLength, node.to);
  // An unterminated literal (a syntax error) has no closing quotes to drop.
  const bodyTo = node.to - bodyFrom >= quoteLength && source.startsWith(closing, node.to - quoteLength) ? node.to - quoteLength : node.to;
  if (node.name !== 'FormatString') {
    return source.slice(bodyFrom, bodyTo);
  }
  let value = '';
  let at = bodyFrom;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === 'FormatReplacement') {
      value += source.slice(at, c.from) + REPLACEMENT_MARK;
      at = c.to;
    }
  }
  return value + source.slice(at, Math.max(at, bodyTo));
}
