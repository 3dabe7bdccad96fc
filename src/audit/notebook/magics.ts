/**
 * IPython syntax in a code cell (magics, `!shell`, `x = !cmd`, `obj?` help) turned into plain
 * Python with the same line count, so the Python parser sees valid code and lines still match.
 * Like IPython's own input transformers, only lines that start a logical line count: a `%` or `!`
 * inside a string, a bracket or after a backslash continuation is left alone.
 */

/** Cell magics whose body is Python that runs in the kernel; any other cell magic hides its body. */
const PYTHON_CELL_MAGICS = new Set([
  'time',
  'timeit',
  'capture',
  'prun',
  'debug',
  'memit',
  'mprun',
  'python',
  'python3',
  'px',
  'tensorflow_version'
]);

/** Line magics whose argument is a Python statement that runs (`%time model.fit(x)`). */
const PYTHON_LINE_MAGICS = new Set(['time', 'timeit', 'prun', 'debug', 'memit']);

/** Line magic options that take a separate value (`%timeit -n 10 f()`). */
const OPTIONS_WITH_VALUE = new Set(['-n', '-r', '-p', '-l', '-s', '-T', '-D']);

/** Where a line's scan ended: inside a string, inside brackets, or after a continuation. */
interface ScanState {
  /** The open string's quote ('"', "'", '"""', "'''"), or '' outside strings. */
  quote: string;
  depth: number;
  continued: boolean;
}

/** Advance the state over one physical line of Python (without its newline). */
function scanLine(line: string, state: ScanState): void {
  state.continued = false;
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (state.quote) {
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (line.startsWith(state.quote, i)) {
        i += state.quote.length;
        state.quote = '';
        continue;
      }
      i++;
      continue;
    }
    if (c === '#') {
      return;
    }
    if (c === '"' || c === "'") {
      const triple = c + c + c;
      state.quote = line.startsWith(triple, i) ? triple : c;
      i += state.quote.length;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      state.depth++;
    } else if ((c === ')' || c === ']' || c === '}') && state.depth > 0) {
      state.depth--;
    } else if (c === '\\' && i === n - 1) {
      state.continued = true;
    }
    i++;
  }
  // A one-quote string cannot span lines (without a backslash): the line ends it.
  if (state.quote.length === 1 && !line.endsWith('\\')) {
    state.quote = '';
  }
}

function indentOf(line: string): string {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
    i++;
  }
  return line.slice(0, i);
}

function isNameChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c > '\x7f';
}

/** `obj?`, `obj.attr??`, `%magic?`: IPython's help request at the end of a line. */
function isHelpEnd(body: string): boolean {
  let end = body.length;
  while (end > 0 && body[end - 1] === '?') {
    end--;
  }
  const marks = body.length - end;
  if (marks < 1 || marks > 2 || end === 0) {
    return false;
  }
  let start = 0;
  while (start < 2 && body[start] === '%') {
    start++;
  }
  if (start === end) {
    return false;
  }
  for (let i = start; i < end; i++) {
    const c = body[i];
    if (!(isNameChar(c) || c === '.' || c === '*')) {
      return false;
    }
  }
  return true;
}

/** `x = !ls`, `a, b = %sx cmd`: a name list assigned from a shell command or a magic. */
function isMagicAssignment(body: string): boolean {
  const eq = body.indexOf('=');
  if (eq <= 0) {
    return false;
  }
  const after = body.slice(eq + 1).trimStart();
  if (!(after.startsWith('!') || after.startsWith('%'))) {
    return false;
  }
  const lhs = body.slice(0, eq).trim();
  if (!lhs) {
    return false;
  }
  for (const c of lhs) {
    if (!(isNameChar(c) || c === '.' || c === ',' || c === ' ' || c === '\t')) {
      return false;
    }
  }
  return true;
}

/** The Python statement a `%time stmt` line runs, blanked in place of the magic; undefined if none. */
function statementOfLineMagic(indent: string, body: string): string | undefined {
  const parts = body.slice(1).split(/(\s+)/);
  const name = parts[0];
  if (!PYTHON_LINE_MAGICS.has(name)) {
    return undefined;
  }
  // Walk past the magic's name and options, keeping the column of what follows.
  let consumed = name.length + 1;
  let i = 1;
  while (i < parts.length) {
    const space = parts[i] ?? '';
    const word = parts[i + 1] ?? '';
    if (!word.startsWith('-')) {
      consumed += space.length;
      break;
    }
    consumed += space.length + word.length;
    i += 2;
    if (OPTIONS_WITH_VALUE.has(word)) {
      consumed += (parts[i] ?? '').length + (parts[i + 1] ?? '').length;
      i += 2;
    }
  }
  const statement = body.slice(consumed);
  if (!statement.trim()) {
    return undefined;
  }
  // In a block the statement takes the magic's own indentation (a deeper one is an unexpected indent); the
  // parser takes a top-level line at any column, so there it keeps its column.
  return indent ? indent + statement + ' '.repeat(consumed) : ' '.repeat(consumed) + statement;
}

/** The plain-Python stand-in for one line of IPython syntax, or undefined when the line is Python. */
function replacementOf(line: string): string | undefined {
  const indent = indentOf(line);
  const body = line.slice(indent.length).trimEnd();
  if (!body) {
    return undefined;
  }
  const first = body[0];
  if (first === '%') {
    return statementOfLineMagic(indent, body) ?? indent + 'pass';
  }
  // Shell escapes and IPython's autocall prefixes cannot start a Python statement.
  if (first === '!' || first === '?' || first === '/' || first === ',' || first === ';') {
    return indent + 'pass';
  }
  if (isHelpEnd(body) || isMagicAssignment(body) || isAutomagic(body)) {
    return indent + 'pass';
  }
  return undefined;
}

/**
 * Magics IPython runs without their `%` (automagic, on by default) and the shell aliases it defines:
 * `pip install x`, `ls -la ../data`, `cd ..`.
 */
const AUTOMAGICS = new Set(['pip', 'conda', 'mamba', 'ls', 'cd', 'pwd', 'mkdir', 'rmdir', 'rm', 'mv', 'cp', 'cat', 'll', 'load_ext', 'matplotlib', 'pylab', 'autoreload']);

/** `ls -la ../data`: an automagic name, then arguments that cannot continue a Python expression (`ls = 1`, `cd(x)`, `rm - 1` can). */
function isAutomagic(body: string): boolean {
  const match = /^([A-Za-z_]\w*)(\s+)(\S.*)?$/.exec(body);
  if (!match || !AUTOMAGICS.has(match[1])) {
    return false;
  }
  const rest = match[3] ?? '';
  if (!rest) {
    return false; // `pwd` alone is also a Python expression; either way nothing to parse.
  }
  if (/^[=([,)\]:;]/.test(rest) || /^\.[A-Za-z_]/.test(rest) || /^(if|else|for|in|and|or|not|is)\b/.test(rest)) {
    return false;
  }
  // An operator then a space or `=` is Python (`ls - 1`, `cd += 1`); `-la`, `../data`, `$DIR` are arguments.
  return !/^[-+*/%<>&|^~@!]+(\s|=|$)/.test(rest);
}

/** The name of a cell magic opening the cell (`%%time` -> 'time'), if any. */
function cellMagicOf(lines: string[]): { name: string; line: number } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (!trimmed) {
      continue;
    }
    // IPython strips the first line's indentation from the cell, so ` %%bash` is a cell magic too.
    if (!lines[i].trimStart().startsWith('%%')) {
      return undefined;
    }
    const name = trimmed.slice(2).split(/\s/)[0];
    return { name, line: i };
  }
  return undefined;
}

/**
 * The Python of a code cell's lines, line for line: IPython syntax replaced by `pass` (indented
 * as it was), `%time stmt` by its statement; a non-Python cell magic blanks the whole cell.
 */
export function pythonLinesOfCell(lines: string[]): string[] {
  const magic = cellMagicOf(lines);
  if (magic && !PYTHON_CELL_MAGICS.has(magic.name)) {
    return lines.map(() => '');
  }
  const out = lines.slice();
  if (magic) {
    // `%%timeit -n10 m_gpu = to_device(m)`: the first line's statement is set-up code that runs first.
    out[magic.line] = statementOfLineMagic('', lines[magic.line].trim().slice(1)) ?? '';
  }
  const state: ScanState = { quote: '', depth: 0, continued: false };
  for (let i = magic ? magic.line + 1 : 0; i < out.length; i++) {
    const line = out[i];
    const startsLogicalLine = !state.quote && state.depth === 0 && !state.continued;
    const replacement = startsLogicalLine ? replacementOf(line) : undefined;
    if (replacement !== undefined) {
      out[i] = replacement;
      // A shell or magic line ending in a backslash goes on over the next lines (`!gcc -shared \`), which are not Python.
      while (replacement.trim() === 'pass' && lines[i].trimEnd().endsWith('\\') && i + 1 < out.length) {
        out[++i] = '';
      }
      continue;
    }
    scanLine(line, state);
  }
  return out;
}
