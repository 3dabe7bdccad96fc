/**
 * Where values sit in a JSON text: enough structure to rewrite one notebook cell's source, or to
 * insert a cell, without re-serialising (and so perturbing) anything else. Objects and arrays are
 * read on demand; values nobody asks about are skipped with a flat scan, never recursion.
 */

export interface JsonSpan {
  /** Offset of the value's first character. */
  start: number;
  /** Offset just after its last character. */
  end: number;
}

export interface JsonMember {
  key: string;
  keyStart: number;
  value: JsonSpan;
}

export class JsonText {
  constructor(readonly text: string) {}

  private skipSpace(i: number): number {
    const t = this.text;
    while (i < t.length && (t[i] === ' ' || t[i] === '\n' || t[i] === '\r' || t[i] === '\t')) {
      i++;
    }
    return i;
  }

  private fail(i: number, what: string): never {
    throw new SyntaxError(`JSON: ${what} at offset ${i}`);
  }

  /** End of the string literal starting at `i`. */
  private stringEnd(i: number): number {
    const t = this.text;
    for (let j = i + 1; j < t.length; j++) {
      if (t[j] === '\\') {
        j++;
      } else if (t[j] === '"') {
        return j + 1;
      }
    }
    return this.fail(i, 'unterminated string');
  }

  /** The span of the value starting at (or after whitespace from) `i`. */
  valueAt(i: number): JsonSpan {
    const t = this.text;
    const start = this.skipSpace(i);
    const c = t[start];
    if (c === '"') {
      return { start, end: this.stringEnd(start) };
    }
    if (c === '{' || c === '[') {
      let depth = 0;
      for (let j = start; j < t.length; j++) {
        const d = t[j];
        if (d === '"') {
          j = this.stringEnd(j) - 1;
        } else if (d === '{' || d === '[') {
          depth++;
        } else if (d === '}' || d === ']') {
          depth--;
          if (depth === 0) {
            return { start, end: j + 1 };
          }
        }
      }
      return this.fail(start, 'unclosed bracket');
    }
    let end = start;
    while (end < t.length && /[-+.\w]/.test(t[end])) {
      end++;
    }
    if (end === start) {
      this.fail(start, 'value expected');
    }
    return { start, end };
  }

  /** The decoded string of a string span. */
  stringOf(span: JsonSpan): string {
    return JSON.parse(this.text.slice(span.start, span.end)) as string;
  }

  isObject(span: JsonSpan): boolean {
    return this.text[span.start] === '{';
  }

  isArray(span: JsonSpan): boolean {
    return this.text[span.start] === '[';
  }

  isString(span: JsonSpan): boolean {
    return this.text[span.start] === '"';
  }

  /** The members of an object span, in written order. */
  members(span: JsonSpan): JsonMember[] {
    const out: JsonMember[] = [];
    const t = this.text;
    let i = this.skipSpace(span.start + 1);
    if (t[i] === '}') {
      return out;
    }
    for (;;) {
      i = this.skipSpace(i);
      if (t[i] !== '"') {
        this.fail(i, 'key expected');
      }
      const keyStart = i;
      const keyEnd = this.stringEnd(i);
      const key = JSON.parse(t.slice(i, keyEnd)) as string;
      i = this.skipSpace(keyEnd);
      if (t[i] !== ':') {
        this.fail(i, "':' expected");
      }
      const value = this.valueAt(i + 1);
      out.push({ key, keyStart, value });
      i = this.skipSpace(value.end);
      if (t[i] === ',') {
        i++;
      } else if (t[i] === '}') {
        return out;
      } else {
        this.fail(i, "',' or '}' expected");
      }
    }
  }

  member(span: JsonSpan, key: string): JsonMember | undefined {
    return this.members(span).find(m => m.key === key);
  }

  /** The items of an array span. */
  items(span: JsonSpan): JsonSpan[] {
    const out: JsonSpan[] = [];
    const t = this.text;
    let i = this.skipSpace(span.start + 1);
    if (t[i] === ']') {
      return out;
    }
    for (;;) {
      const item = this.valueAt(i);
      out.push(item);
      i = this.skipSpace(item.end);
      if (t[i] === ',') {
        i++;
      } else if (t[i] === ']') {
        return out;
      } else {
        this.fail(i, "',' or ']' expected");
      }
    }
  }

  /** The whitespace that starts the line holding `offset`. */
  lineIndentAt(offset: number): string {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    let i = lineStart;
    while (i < this.text.length && (this.text[i] === ' ' || this.text[i] === '\t')) {
      i++;
    }
    return this.text.slice(lineStart, i);
  }

  /** Whether a line break separates `offset` from the previous non-blank character. */
  startsLine(offset: number): boolean {
    for (let i = offset - 1; i >= 0; i--) {
      const c = this.text[i];
      if (c === '\n') {
        return true;
      }
      if (c !== ' ' && c !== '\t' && c !== '\r') {
        return false;
      }
    }
    return true;
  }
}
