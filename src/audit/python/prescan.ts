/**
 * The prescan: which statements of a Python source are worth parsing for the audit, found by a
 * token scan many times faster than the parser. It keeps, line for line (dropped lines become
 * empty, so line numbers and columns stay right):
 * - every import, and every def/class header with its docstring (nested ones too);
 * - any statement (a compound one whole) that mentions a name an import or a def/class of the file
 *   binds, a word of RELEVANT_WORDS (seeds, randomness, files, devices...), a path-like string,
 *   or looks lexically broken (so syntax errors are still found).
 * What it drops are statements about local values only (`x = y + 1`, `print(total)`).
 */
import { LogicalLines, scanLogicalLines } from './logicalLines';

/**
 * Fragments of names (or any text of a statement) that make it worth parsing: randomness and
 * seeding, files and paths, devices and threads, training calls. Matched case-insensitively.
 */
export const RELEVANT_WORDS =
  /seed|rand|rng|shuffl|sampl|permut|choice|split|fold|generator|determin|cuda|gpu|device|thread|environ|hash|checksum|url|download|retriev|request|path|file|dir|open|read|write|load|save|dump|pickl|to_|fit|train|predict|parallel|worker|random_state/gi;

/** Clauses that continue the compound statement before them at the same indentation. */
const CLAUSES = new Set(['elif', 'else', 'except', 'finally']);

/** First words of statements that are always kept, wherever they are. */
const STRUCTURAL = new Set(['def', 'class', 'import', 'from']);

export interface Prescan {
  /** The source with dropped lines emptied (or `pass` where a body would be left empty). */
  text: string;
  /** Offsets where the original source's physical lines start (to map offsets back). */
  lineStarts: number[];
  /** Share of the source's characters kept, 0..1. */
  kept: number;
}

/** Names that imports, defs and classes of the file bind (a superset: every name on an import line). */
function boundNames(lines: LogicalLines): Set<string> {
  const bound = new Set<string>();
  const { names, nameLine, first } = lines;
  for (let k = 0; k < names.length; k++) {
    const kind = first[nameLine[k]];
    const name = names[k];
    if (kind === 'import' || kind === 'from') {
      if (name !== 'import' && name !== 'from' && name !== 'as') {
        bound.add(name);
      }
    } else if ((kind === 'def' || kind === 'class') && (name === 'def' || name === 'class')) {
      const next = names[k + 1];
      if (next !== undefined && nameLine[k + 1] === nameLine[k]) {
        bound.add(next);
      }
    }
  }
  return bound;
}

/** Which logical lines mention something worth parsing. */
function relevantLines(source: string, lines: LogicalLines): boolean[] {
  const relevant = lines.flagged.slice();
  const bound = boundNames(lines);
  for (let k = 0; k < lines.names.length; k++) {
    if (bound.has(lines.names[k])) {
      relevant[lines.nameLine[k]] = true;
    }
  }
  const words = new RegExp(RELEVANT_WORDS.source, 'gi');
  let line = 0;
  for (let m = words.exec(source); m; m = words.exec(source)) {
    while (line < lines.count && lines.to[line] < m.index) {
      line++;
    }
    if (line === lines.count) {
      break;
    }
    if (lines.from[line] <= m.index) {
      relevant[line] = true;
      words.lastIndex = Math.max(words.lastIndex, lines.to[line]);
    }
  }
  return relevant;
}

/** Marks physical lines to keep (1) or to turn into `pass` (2), statement by statement. */
class StatementSelector {
  readonly keep: Uint8Array;

  constructor(
    private readonly lines: LogicalLines,
    private readonly relevant: boolean[]
  ) {
    this.keep = new Uint8Array(lines.lineStarts.length);
  }

  private keepLogical(from: number, to: number): void {
    for (let k = from; k < to; k++) {
      this.keep.fill(1, this.lines.firstLine[k], this.lines.lastLine[k] + 1);
    }
  }

  /** End (exclusive) of the statement whose first logical line is `head`, within [.., end). */
  private statementEnd(head: number, end: number): number {
    const { indent, first } = this.lines;
    let k = head + 1;
    for (;;) {
      while (k < end && indent[k] > indent[head]) {
        k++;
      }
      if (k < end && indent[k] === indent[head] && CLAUSES.has(first[k])) {
        k++;
        continue;
      }
      return k;
    }
  }

  /** A block of statements at one indentation: logical lines [from, to). Returns whether any was kept. */
  block(from: number, to: number, docstringFirst: boolean): boolean {
    const { first, indent } = this.lines;
    let kept = false;
    let k = from;
    while (k < to) {
      const start = k;
      while (k + 1 < to && first[k] === '@' && indent[k + 1] === indent[start]) {
        k++;
      }
      const head = k;
      const end = this.statementEnd(head, to);
      if (start === from && docstringFirst && first[head] === '"' && end === head + 1) {
        this.keepLogical(head, end);
        kept = true;
      } else if (first[head] === 'def' || first[head] === 'class') {
        this.definition(start, head, end);
        kept = true;
      } else if (this.worthKeeping(start, end)) {
        this.keepLogical(start, end);
        kept = true;
      }
      k = end;
    }
    return kept;
  }

  private worthKeeping(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      if (this.relevant[k] || STRUCTURAL.has(this.lines.first[k])) {
        return true;
      }
    }
    return false;
  }

  /** Decorators and header always; the body statement by statement, never left empty. */
  private definition(start: number, head: number, end: number): void {
    const lines = this.lines;
    if (!lines.opensBlock[head]) {
      this.keepLogical(start, end);
      return;
    }
    this.keepLogical(start, head + 1);
    if (head + 1 < end && !this.block(head + 1, end, true)) {
      this.keep[lines.firstLine[head + 1]] = 2;
    }
  }
}

/** The statements of `source` worth parsing, as a same-shaped text; see the file comment. */
export function prescanPython(source: string): Prescan {
  const lines = scanLogicalLines(source);
  const selector = new StatementSelector(lines, relevantLines(source, lines));
  selector.block(0, lines.count, true);
  const { keep } = selector;
  const starts = lines.lineStarts;
  const parts: string[] = [];
  let keptChars = 0;
  for (let l = 0; l < keep.length; l++) {
    const lineFrom = starts[l];
    if (keep[l] === 1) {
      // Take the whole run of kept lines in one slice.
      let last = l;
      while (last + 1 < keep.length && keep[last + 1] === 1) {
        last++;
      }
      const runTo = last + 1 < starts.length ? starts[last + 1] - 1 : source.length;
      parts.push(source.slice(lineFrom, runTo));
      keptChars += runTo - lineFrom;
      l = last;
    } else if (keep[l] === 2) {
      let indentTo = lineFrom;
      while (source[indentTo] === ' ' || source[indentTo] === '\t' || source[indentTo] === '\f') {
        indentTo++;
      }
      parts.push(source.slice(lineFrom, indentTo) + 'pass');
    } else {
      parts.push('');
    }
  }
  return { text: parts.join('\n'), lineStarts: starts, kept: source.length ? keptChars / source.length : 1 };
}
