/**
 * Whether Python source parses as Python 3, read from its @lezer/python tree: the parser's error nodes,
 * and the Python 2 forms its grammar still accepts without an error (`print x`, `except E, e`,
 * `raise E, "msg"`, `0777`, `<>`). Where a Python 2 idiom is the cause, it is named, so the reader
 * knows the fix is porting rather than a typo.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { isParserQuirk } from '../python/parserQuirks';

export interface SyntaxProblem {
  /** Offset in the parsed source where the problem starts. */
  offset: number;
  /** The Python 2 idiom behind it ('print statement'), when it is one. */
  python2?: string;
}

/** String prefixes Python 3 dropped (`ur''`): the parser reads them as a name glued to a string. */
const PYTHON2_PREFIXES = new Set(['ur', 'UR', 'Ur', 'uR']);

function textOf(source: string, node: { from: number; to: number }): string {
  return source.slice(node.from, node.to);
}

/** A `print` statement is Python 2 unless it is `print` alone (a valid, if idle, Python 3 expression). */
function isPython2Print(node: SyntaxNode): boolean {
  const afterKeyword = node.firstChild?.nextSibling;
  return !!afterKeyword && !(afterKeyword.type.isError && afterKeyword.from === afterKeyword.to && !afterKeyword.nextSibling);
}

/** `except E, e:` (the comma is a child of the try statement itself) or `raise E, "msg"`. */
function hasBareComma(node: SyntaxNode): SyntaxNode | undefined {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === ',') {
      return c;
    }
  }
  return undefined;
}

/** The Python 2 idiom around an error node, read from its neighbours. */
function idiomAtError(error: SyntaxNode, source: string): string | undefined {
  if (textOf(source, error) === '`') {
    return 'backtick repr';
  }
  // The token before the error: the recovering parser often closes the statement first, so descend into it.
  let before = error.prevSibling;
  while (before?.lastChild && before.name !== 'VariableName' && before.name !== 'Number') {
    before = before.lastChild;
  }
  if (before?.name === 'VariableName' && textOf(source, before) === 'exec' && error.from === error.to) {
    return 'exec statement';
  }
  if (before?.name === 'Number' && /^[lL]/.test(source.slice(before.to, before.to + 1))) {
    return 'long integer suffix';
  }
  const previousName = before?.name === 'VariableName' ? before : undefined;
  if (previousName && PYTHON2_PREFIXES.has(textOf(source, previousName)) && /['"]/.test(source[previousName.to] ?? '')) {
    return "ur'' string prefix";
  }
  return undefined;
}

/** The first problem on each line that keeps `source` from parsing as Python 3, in source order. */
export function python3Problems(tree: Tree, source: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  tree.iterate({
    enter: ref => {
      const node = ref.node;
      if (node.type.isError) {
        if (!isParserQuirk(node)) {
          const python2 = idiomAtError(node, source);
          problems.push({ offset: node.from, ...(python2 && { python2 }) });
        }
        return;
      }
      switch (node.name) {
        case 'PrintStatement':
          if (isPython2Print(node)) {
            problems.push({ offset: node.from, python2: 'print statement' });
          }
          return;
        case 'TryStatement': {
          const comma = hasBareComma(node);
          if (comma) {
            problems.push({ offset: comma.from, python2: '"except E, e" clause' });
          }
          return;
        }
        case 'RaiseStatement':
          if (hasBareComma(node)) {
            problems.push({ offset: node.from, python2: '"raise E, message" statement' });
          }
          return;
        case 'Number': {
          // `0777`: a Python 2 octal; zeros alone (`00`) are still valid.
          const text = textOf(source, node);
          if (/^0[0-9_]*[1-9]/.test(text) && !/[.eEjJ]/.test(text)) {
            problems.push({ offset: node.from, python2: 'old octal literal' });
          }
          return;
        }
        case 'CompareOp':
          if (textOf(source, node) === '<>') {
            problems.push({ offset: node.from, python2: '"<>" operator' });
          }
          return;
      }
    }
  });
  return problems.sort((a, b) => a.offset - b.offset);
}

/**
 * Top-level statements indented unlike the cell's first line: Python's "unexpected indent", which the
 * parser lets pass (IPython strips the first line's indentation from every line, so only a difference
 * counts). Lines that stand in for a magic (`%time f()` keeps its column) are not the author's indentation.
 */
export function unexpectedIndents(
  tree: Tree,
  source: string,
  /** The indentation of the cell's first line as written (before magics were replaced). */
  base: number,
  isMagicLine: (line: number) => boolean
): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  let line = 1;
  let lineStart = 0;
  for (let node = tree.topNode.firstChild; node; node = node.nextSibling) {
    if (node.type.isError || node.name === 'Comment') {
      continue;
    }
    for (let i = source.indexOf('\n', lineStart); i !== -1 && i < node.from; i = source.indexOf('\n', lineStart)) {
      lineStart = i + 1;
      line++;
    }
    const before = source.slice(lineStart, node.from);
    // IPython strips `base` characters from lines indented at least that much; others keep their indentation.
    const indent = before.length >= base ? before.length - base : before.length;
    if (before.trim() === '' && indent !== 0 && !isMagicLine(line)) {
      problems.push({ offset: node.from });
    }
  }
  return problems;
}
