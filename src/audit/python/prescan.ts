/**
 * The prescan: which statements of a Python source are worth parsing for the audit, found by a
 * token scan many times faster than the parser. It keeps, line for line (dropped lines become
 * empty, so line numbers and columns stay right):
 * - everything outside function bodies (module level, class bodies), every import and assert anywhere, and
 *   every def/class header with its docstring (nested ones too);
 * - inside function bodies, any statement (a compound one whole) that mentions a def/class of the
 *   file, a name a relevant import binds (a repo module, `numpy.random`...), a relevant name of
 *   relevantNames.ts (`x.normal_`, `model.fit`, `random_state`...), a path-like or hash-like string,
 *   or looks lexically broken (so syntax errors are still found); and any assignment to a name that
 *   a kept seed-like statement mentions, transitively.
 * What it drops are function-body statements about local values only (`total += x`, `print(total)`)
 * and calls the checks never judge (`np.zeros(n)`, `os.path.join(a, b)`).
 */
import { LogicalLines, scanLogicalLines } from './logicalLines';
import { isAttributeDecidedModule, isRelevantName } from './relevantNames';

/**
 * Statements whose values matter beyond the call itself (a seed, a params dict, a key): the
 * assignments to the names they mention are kept too, transitively.
 */
export const VALUE_WORDS = /seed|random_state|rng|generator|params|key/gi;

/** Clauses that continue the compound statement before them at the same indentation. */
const CLAUSES = new Set(['elif', 'else', 'except', 'finally']);

/** First words of statements that are always kept, wherever they are (asserts: what makes a test). */
const STRUCTURAL = new Set(['def', 'class', 'import', 'from', 'assert']);

export interface Prescan {
  /** The source with dropped lines emptied (or `pass` where a body would be left empty). */
  text: string;
  /** Offsets where the original source's physical lines start (to map offsets back). */
  lineStarts: number[];
  /** Share of the source's characters kept, 0..1. */
  kept: number;
}

/** Keywords of import statements, never bound names. */
const IMPORT_WORDS = new Set(['import', 'from', 'as']);

/**
 * Whether an import statement (names [from, to)) brings in something worth following: a module that
 * may be the repo's own (relative, or neither standard library nor a known framework), or a module
 * or name that is relevant in itself (`numpy.random`, `from urllib.request import urlretrieve`).
 */
function isRelevantImport(lines: LogicalLines, from: number, to: number): boolean {
  const { names, nameAfterDot } = lines;
  const isFrom = names[from] === 'from';
  for (let k = from; k < to; k++) {
    const name = names[k];
    if (IMPORT_WORDS.has(name)) {
      continue;
    }
    if (isRelevantName(name, true)) {
      return true;
    }
    // A module's first name: right after `from` (a dot before it: relative), or in an `import` list.
    const isModuleTop = isFrom
      ? k === from + 1
      : !nameAfterDot[k] && names[k - 1] !== 'as';
    if (isModuleTop && (nameAfterDot[k] || !isAttributeDecidedModule(name))) {
      return true;
    }
  }
  // `from . import x`: the repo's own package.
  return isFrom && names[from + 1] === 'import';
}

/**
 * Names that make a function-body statement worth keeping: the file's defs and classes (calls the
 * seeds check follows), and what relevant imports bind (see isRelevantImport).
 */
function boundNames(lines: LogicalLines): Set<string> {
  const bound = new Set<string>();
  const { names, nameLine, first } = lines;
  for (let k = 0; k < names.length; ) {
    const line = nameLine[k];
    let end = k;
    while (end < names.length && nameLine[end] === line) {
      end++;
    }
    const kind = first[line];
    // An import after a colon on the same line (`try: import x`): kept whole, its names bound.
    let importAt = -1;
    for (let t = k; t < end && importAt === -1; t++) {
      if (names[t] === 'import') {
        importAt = t;
      }
    }
    if (kind === 'import' || kind === 'from' || importAt !== -1) {
      const plain = kind === 'import' || kind === 'from';
      if (!plain || isRelevantImport(lines, k, end)) {
        // What a statement binds: names after `import` (a `from` module's path binds nothing), never `x.y`'s y.
        const fromAt = kind === 'from' ? names.indexOf('import', k) : -1;
        for (let t = fromAt >= k && fromAt < end ? fromAt : plain ? k : importAt; t < end; t++) {
          if (!IMPORT_WORDS.has(names[t]) && !lines.nameAfterDot[t]) {
            bound.add(names[t]);
          }
        }
      }
    }
    for (let t = k; t + 1 < end; t++) {
      if (names[t] === 'def' || names[t] === 'class') {
        bound.add(names[t + 1]);
      }
    }
    k = end;
  }
  return bound;
}

/** Whether each logical line is inside a def's body (at any depth). */
function insideFunctions(lines: LogicalLines): boolean[] {
  const inside: boolean[] = new Array(lines.count);
  const openIndents: number[] = [];
  const openIsDef: boolean[] = [];
  let defsOpen = 0;
  for (let k = 0; k < lines.count; k++) {
    while (openIndents.length && openIndents[openIndents.length - 1] >= lines.indent[k]) {
      openIndents.pop();
      if (openIsDef.pop()) {
        defsOpen--;
      }
    }
    inside[k] = defsOpen > 0;
    if (lines.opensBlock[k]) {
      const isDef = lines.first[k] === 'def';
      openIndents.push(lines.indent[k]);
      openIsDef.push(isDef);
      if (isDef) {
        defsOpen++;
      }
    }
  }
  return inside;
}

/** Logical lines whose text matches `pattern` (in names, strings or comments alike). */
function markLinesMatching(pattern: RegExp, source: string, lines: LogicalLines, marks: boolean[]): void {
  const words = new RegExp(pattern.source, 'gi');
  let line = 0;
  for (let m = words.exec(source); m; m = words.exec(source)) {
    while (line < lines.count && lines.to[line] < m.index) {
      line++;
    }
    if (line === lines.count) {
      break;
    }
    if (lines.from[line] <= m.index) {
      marks[line] = true;
      words.lastIndex = Math.max(words.lastIndex, lines.to[line]);
    }
  }
}

/**
 * Which logical lines are worth parsing: all outside function bodies; inside them, the relevant
 * ones and, transitively, assignments to any name a VALUE_WORDS line mentions (the value of `s`
 * in `random.seed(s)`).
 */
function relevantLines(source: string, lines: LogicalLines): boolean[] {
  const inside = insideFunctions(lines);
  const relevant = inside.map((isInside, k) => !isInside || lines.flagged[k]);
  const bound = boundNames(lines);
  for (let k = 0; k < lines.names.length; k++) {
    const name = lines.names[k];
    if (bound.has(name) || name === 'import' || isRelevantName(name, lines.nameAfterDot[k])) {
      relevant[lines.nameLine[k]] = true;
    }
  }
  const valueLines: boolean[] = new Array(lines.count).fill(false);
  markLinesMatching(VALUE_WORDS, source, lines, valueLines);
  // Assignments inside functions, by assigned name, for the transitive step.
  const assigning = new Map<string, number[]>();
  for (let k = 0; k < lines.count; k++) {
    if (relevant[k] || !lines.targetNames[k]) {
      continue;
    }
    for (let t = lines.nameFrom[k]; t < lines.nameFrom[k] + lines.targetNames[k]; t++) {
      const list = assigning.get(lines.names[t]);
      if (list) {
        list.push(k);
      } else {
        assigning.set(lines.names[t], [k]);
      }
    }
  }
  const pending: number[] = [];
  for (let k = 0; k < lines.count; k++) {
    if (valueLines[k]) {
      pending.push(k);
    }
  }
  const lineEnd = (k: number): number => (k + 1 < lines.count ? lines.nameFrom[k + 1] : lines.names.length);
  while (pending.length) {
    const k = pending.pop()!;
    for (let t = lines.nameFrom[k]; t < lineEnd(k); t++) {
      const feeding = assigning.get(lines.names[t]);
      if (!feeding) {
        continue;
      }
      assigning.delete(lines.names[t]);
      for (const f of feeding) {
        if (!relevant[f]) {
          relevant[f] = true;
          pending.push(f);
        }
      }
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

/** What the prescan decided for each physical line: 0 dropped, 1 kept, 2 turned into `pass`. */
export interface LineSelection {
  keep: Uint8Array;
  /** Offsets where the source's physical lines start. */
  lineStarts: number[];
}

/** Which physical lines of `source` are worth parsing; see the file comment. */
export function selectPythonLines(source: string): LineSelection {
  const lines = scanLogicalLines(source);
  const selector = new StatementSelector(lines, relevantLines(source, lines));
  selector.block(0, lines.count, true);
  return { keep: selector.keep, lineStarts: lines.lineStarts };
}

/** `pass` at the indentation of the line starting at `lineFrom`: a body the prescan emptied. */
export function passLine(source: string, lineFrom: number): string {
  let indentTo = lineFrom;
  while (source[indentTo] === ' ' || source[indentTo] === '\t' || source[indentTo] === '\f') {
    indentTo++;
  }
  return source.slice(lineFrom, indentTo) + 'pass';
}

/** The statements of `source` worth parsing, as a same-shaped text; see the file comment. */
export function prescanPython(source: string): Prescan {
  return sameShapedText(source, selectPythonLines(source));
}

/** The selected lines of `source` with the others emptied, so that line numbers stay those of the source. */
export function sameShapedText(source: string, selection: LineSelection): Prescan {
  const { keep, lineStarts: starts } = selection;
  const parts: string[] = [];
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
      l = last;
    } else if (keep[l] === 2) {
      parts.push(passLine(source, lineFrom));
    } else {
      parts.push('');
    }
  }
  return { text: parts.join('\n'), lineStarts: starts, kept: keptShare(source, selection) };
}

/** Share of the source's characters in runs of kept lines (the line breaks inside a run count; `pass` lines do not). */
export function keptShare(source: string, selection: LineSelection): number {
  const { keep, lineStarts: starts } = selection;
  let keptChars = 0;
  for (let l = 0; l < keep.length; l++) {
    if (keep[l] === 1) {
      let last = l;
      while (last + 1 < keep.length && keep[last + 1] === 1) {
        last++;
      }
      keptChars += (last + 1 < starts.length ? starts[last + 1] - 1 : source.length) - starts[l];
      l = last;
    }
  }
  return source.length ? keptChars / source.length : 1;
}
