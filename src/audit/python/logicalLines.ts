/**
 * A fast token scan of Python source into logical lines (a statement's physical lines, joined by
 * open brackets, strings or backslashes), with what the prescan needs to know of each: its
 * indentation, first word, whether it opens a block, the names it mentions. No syntax tree:
 * this runs at many times the parser's speed and only decides what is worth parsing.
 */

export interface LogicalLines {
  count: number;
  /** 0-based first and last physical line of each logical line. */
  firstLine: number[];
  lastLine: number[];
  /** Character offsets where each logical line starts and ends. */
  from: number[];
  to: number[];
  /** Indentation width of the first physical line (a tab counts to the next multiple of 8). */
  indent: number[];
  /** First word: a keyword or name ('def' for `async def`), '@' for decorators, '"' for a string, '' otherwise. */
  first: string[];
  /** Ends with ':' outside brackets: a block follows on the next lines. */
  opensBlock: boolean[];
  /** Worth keeping whatever its names: a path-like string, a call inside an f-string, a lexical error. */
  flagged: boolean[];
  /** Index in `names` of each logical line's first name. */
  nameFrom: number[];
  /** How many of the line's names come before its assignment operator (`a, b.c = ...`: 3); 0 when it assigns nothing. */
  targetNames: number[];
  /** Every name token, the logical line it is in, and whether a dot comes right before it (`x.name`). */
  names: string[];
  nameLine: number[];
  nameAfterDot: boolean[];
  /** Offsets where physical lines start. */
  lineStarts: number[];
}

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);

function isNameStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code > 127;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

/** A string's content that may name a file or folder: a separator, a home folder, or an extension. */
export function isPathLike(content: string): boolean {
  if (content.includes('/') || content.includes(':\\') || content.includes('\\\\') || content.startsWith('~')) {
    return true;
  }
  const dot = content.lastIndexOf('.');
  if (dot === -1 || dot === content.length - 1 || content.length - dot > 9) {
    return false;
  }
  for (let i = dot + 1; i < content.length; i++) {
    if (!isNameChar(content.charCodeAt(i)) || content.charCodeAt(i) === 95) {
      return false;
    }
  }
  return true;
}

/** A hex digest or a hash algorithm's name: what download code checks a file against (data/downloads.ts). */
const HASH_LIKE = /^\s*(?:(?:(?:sha256|sha1|md5):)?(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{64})|sha256|sha-256|sha1|sha512|md5|blake2b)\s*$/i;

function isHashLike(content: string): boolean {
  return content.length >= 3 && content.length <= 80 && HASH_LIKE.test(content);
}

/** The '=' at `at` assigns (`=`, `+=`, `<<=`...) rather than compares (`==`, `<=`, `!=`). */
function isAssignment(source: string, at: number): boolean {
  const next = source[at + 1];
  const before = source[at - 1];
  if (next === '=' || before === '=' || before === '!') {
    return false;
  }
  if (before === '<' || before === '>') {
    return source[at - 2] === before; // `<<=` and `>>=` assign; `<=` and `>=` compare.
  }
  return true;
}

export function scanLogicalLines(source: string): LogicalLines {
  const out: LogicalLines = {
    count: 0,
    firstLine: [],
    lastLine: [],
    from: [],
    to: [],
    indent: [],
    first: [],
    opensBlock: [],
    flagged: [],
    nameFrom: [],
    targetNames: [],
    names: [],
    nameLine: [],
    nameAfterDot: [],
    lineStarts: [0]
  };
  const n = source.length;
  let i = 0;
  let line = 0;
  // State of the logical line being read; `current` is -1 between logical lines.
  let current = -1;
  let depth = 0;
  let continued = false;
  let colonLast = false;
  let firstPending = false;
  let asyncFirst = false;
  let dotLast = false;

  const newline = (at: number): void => {
    line++;
    out.lineStarts.push(at + 1);
  };
  const endLogical = (at: number): void => {
    out.lastLine[current] = line;
    out.to[current] = at;
    out.opensBlock[current] = colonLast;
    current = -1;
  };

  while (i < n) {
    // At the start of a physical line outside brackets: indentation, blank and comment lines.
    if (current === -1) {
      let width = 0;
      let j = i;
      for (; j < n; j++) {
        const c = source.charCodeAt(j);
        if (c === 32) {
          width++;
        } else if (c === 9) {
          width = (width & ~7) + 8;
        } else if (c !== 12) {
          break;
        }
      }
      const c = source.charCodeAt(j);
      if (j >= n) {
        break;
      }
      if (c === 10 || c === 13 || c === 35) {
        // Blank or comment-only line: not a statement.
        let e = source.indexOf('\n', j);
        if (e === -1) {
          e = n;
        }
        if (e < n) {
          newline(e);
        }
        i = e + 1;
        continue;
      }
      current = out.count++;
      out.firstLine.push(line);
      out.lastLine.push(line);
      out.from.push(j);
      out.to.push(j);
      out.indent.push(width);
      out.first.push('');
      out.opensBlock.push(false);
      out.flagged.push(false);
      out.nameFrom.push(out.names.length);
      out.targetNames.push(0);
      depth = 0;
      continued = false;
      colonLast = false;
      firstPending = true;
      asyncFirst = false;
      i = j;
    }
    const c = source.charCodeAt(i);
    if (c === 10) {
      if (depth === 0 && !continued) {
        endLogical(i);
      }
      continued = false;
      newline(i);
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12) {
      i++;
      continue;
    }
    if (c === 35) {
      const e = source.indexOf('\n', i);
      i = e === -1 ? n : e;
      continue;
    }
    if (c === 92) {
      // A backslash before the newline continues the logical line.
      const next = source.charCodeAt(i + 1);
      if (next === 10 || (next === 13 && source.charCodeAt(i + 2) === 10)) {
        continued = true;
      }
      i++;
      continue;
    }
    colonLast = false;
    if (c === 34 || c === 39) {
      i = scanString(source, i, i, out, current, newline);
      if (firstPending) {
        out.first[current] = '"';
        firstPending = false;
      }
      continue;
    }
    if (isNameStart(c)) {
      let j = i + 1;
      while (j < n && isNameChar(source.charCodeAt(j))) {
        j++;
      }
      const q = source.charCodeAt(j);
      if ((q === 34 || q === 39) && j - i <= 2 && STRING_PREFIXES.has(source.slice(i, j).toLowerCase())) {
        i = scanString(source, i, j, out, current, newline);
        if (firstPending) {
          out.first[current] = '"';
          firstPending = false;
        }
        continue;
      }
      const name = source.slice(i, j);
      out.names.push(name);
      out.nameLine.push(current);
      out.nameAfterDot.push(dotLast);
      dotLast = false;
      if (firstPending || asyncFirst) {
        out.first[current] = name;
        asyncFirst = firstPending && name === 'async';
        firstPending = false;
      }
      i = j;
      continue;
    }
    if (firstPending) {
      out.first[current] = c === 64 ? '@' : '';
      firstPending = false;
    }
    asyncFirst = false;
    dotLast = c === 46;
    if (c === 40 || c === 91 || c === 123) {
      depth++;
    } else if (c === 41 || c === 93 || c === 125) {
      if (depth === 0) {
        out.flagged[current] = true; // An unmatched bracket: let the parser report it.
      } else {
        depth--;
      }
    } else if (c === 58 && depth === 0) {
      colonLast = true;
    } else if (c === 61 && depth === 0 && out.targetNames[current] === 0 && isAssignment(source, i)) {
      out.targetNames[current] = out.names.length - out.nameFrom[current];
    }
    i++;
  }
  if (current !== -1) {
    if (depth > 0) {
      out.flagged[current] = true; // Brackets still open at the end of the file.
    }
    endLogical(n);
  }
  return out;
}

/**
 * Scan a string literal starting at `start` (its prefix) with the quote at `quoteAt`; flag the
 * logical line when the content looks like a path, an f-string calls something, or the literal
 * is unterminated. Returns the offset after the literal.
 */
function scanString(
  source: string,
  start: number,
  quoteAt: number,
  out: LogicalLines,
  current: number,
  newline: (at: number) => void
): number {
  const n = source.length;
  const q = source.charCodeAt(quoteAt);
  const triple = source.charCodeAt(quoteAt + 1) === q && source.charCodeAt(quoteAt + 2) === q;
  const contentFrom = quoteAt + (triple ? 3 : 1);
  let i = contentFrom;
  let contentTo = -1;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 92) {
      // An escaped newline (LF or CRLF) continues the literal on the next line.
      const skip = source.charCodeAt(i + 1) === 13 && source.charCodeAt(i + 2) === 10 ? 1 : 0;
      if (source.charCodeAt(i + 1 + skip) === 10) {
        newline(i + 1 + skip);
      }
      i += 2 + skip;
      continue;
    }
    if (c === 10) {
      if (!triple) {
        break; // Unterminated: a one-quote string ends at the line's end.
      }
      newline(i);
    } else if (c === q && (!triple || (source.charCodeAt(i + 1) === q && source.charCodeAt(i + 2) === q))) {
      contentTo = i;
      i += triple ? 3 : 1;
      break;
    }
    i++;
  }
  if (contentTo === -1) {
    out.flagged[current] = true;
    return Math.min(i, n);
  }
  const content = source.slice(contentFrom, contentTo);
  const isFormat = quoteAt > start && /[fF]/.test(source.slice(start, quoteAt));
  if (isPathLike(content) || isHashLike(content) || (isFormat && content.includes('('))) {
    out.flagged[current] = true;
  }
  return i;
}
