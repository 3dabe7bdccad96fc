/**
 * Where a JSON text breaks. Engines differ in what JSON.parse's message says (Node 20 names no
 * position), so a small grammar walk finds the offset of the first error itself.
 */

/** Offset of the first syntax error, or undefined when the text is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const space = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) {
      i++;
    }
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) {
      i += word.length;
    } else {
      fail();
    }
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
      } else if (text.charCodeAt(i) < 0x20) {
        fail();
      }
      i++;
    }
    if (i >= text.length) {
      fail();
    }
    i++;
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) {
      fail();
    }
    i += m![0].length;
  };
  const value = (depth: number): void => {
    space();
    if (depth > 512) {
      fail();
    }
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') {
            fail();
          }
          string();
          space();
          if (text[i] !== ':') {
            fail();
          }
          i++;
        }
        value(depth + 1);
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === close) {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '"') {
      string();
    } else if (c === 't') {
      literal('true');
    } else if (c === 'f') {
      literal('false');
    } else if (c === 'n') {
      literal('null');
    } else {
      number();
    }
  };
  try {
    value(0);
    space();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : 0;
  }
}

/** A JSON.parse error as a problem, with the 1-based line of the first error when it can be found. */
export function jsonProblem(text: string, err: unknown): { message: string; line?: number } {
  const message = `Broken JSON: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`;
  const offset = jsonErrorOffset(text);
  return offset === undefined ? { message } : { message, line: text.slice(0, offset).split('\n').length };
}
