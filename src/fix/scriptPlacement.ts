/**
 * Where the seed block goes in a script: after the module docstring, `from __future__` imports and
 * the imports at the top (so no import below it is pushed out of the header), and before the first
 * statement that needs it. A shebang, encoding line or licence comment at the top stays on top.
 */
import type { FixableCode } from './fixableCode';

/** After the leading comment and blank lines of a text. */
function afterLeadingComments(text: string): number {
  let at = 0;
  let offset = 0;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 ? text.length : newline + 1;
    const line = text.slice(offset, end).trim();
    if (line && !line.startsWith('#')) {
      break;
    }
    if (line) {
      at = end;
    }
    offset = end;
  }
  return at;
}

/**
 * After the header, or after the file's own module-level `SEED = ...` when that comes before the
 * first code that needs seeding (the seed code then uses it); never after that code.
 */
export function scriptInsertionOffset(code: FixableCode, text: string, earliest: number | undefined): number {
  let at = code.syntax.headerEnd() || afterLeadingComments(text);
  const seedConstant = code.analysis.assignments
    .filter(a => a.target === 'SEED' && a.scope === undefined)
    .sort((a, b) => a.offset - b.offset)[0];
  const statement = seedConstant && code.syntax.topLevelStatementAt(seedConstant.offset);
  if (statement) {
    at = Math.max(at, code.syntax.lineEndAfter(statement.to));
  }
  return earliest === undefined ? at : Math.min(at, earliest);
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** The inserted text: the block with a blank line either side unless one is there already. */
export function scriptInsertion(text: string, at: number, block: string, eol: string): string {
  const before = text.slice(0, at);
  const lineBreakFirst = at > 0 && !before.endsWith('\n') ? eol : '';
  const previousLine = before.replace(/\r?\n$/, '').split('\n').pop() ?? '';
  const nextLine = text.slice(at).split('\n')[0];
  const blankBefore = at > 0 && !isBlank(previousLine) ? eol : '';
  const blankAfter = at < text.length && !isBlank(nextLine) ? eol : '';
  return lineBreakFirst + blankBefore + block + blankAfter;
}
