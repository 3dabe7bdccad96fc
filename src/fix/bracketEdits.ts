/**
 * Adding items to a call's arguments or a dict literal in the style the code is written in: on
 * the same line (`f(a, random_state=SEED)`), or one per line with the list's own indentation and
 * trailing comma when the list is laid out that way.
 */
import type { RangeEdit } from './edits';
import type { BracketList } from './pythonSyntax';

function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The indentation of the line at `offset` when `offset` is the first thing on it. */
function ownLineIndent(source: string, offset: number): string | undefined {
  const before = source.slice(lineStartOf(source, offset), offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

function insertAt(offset: number, newText: string): RangeEdit {
  return { range: { start: offset, end: offset }, newText };
}

/** Append `texts` (such as `random_state=SEED`) after the list's last item. */
export function appendItems(source: string, list: BracketList, texts: readonly string[], eol = '\n'): RangeEdit {
  const last = list.items[list.items.length - 1];
  if (!last) {
    // Right after the bracket, so a line break before the closing one stays where it is.
    return insertAt(list.open + 1, texts.join(', '));
  }
  const indent = ownLineIndent(source, last.from);
  const closeOnOwnLine = ownLineIndent(source, list.close) !== undefined;
  if (indent !== undefined && closeOnOwnLine) {
    const items = texts.map(t => `${eol}${indent}${t}`);
    if (list.trailingCommaEnd !== undefined) {
      return insertAt(list.trailingCommaEnd, items.map(i => i + ',').join(''));
    }
    return insertAt(last.to, ',' + items.join(','));
  }
  if (list.trailingCommaEnd !== undefined) {
    return insertAt(list.trailingCommaEnd, texts.map(t => ` ${t},`).join(''));
  }
  return insertAt(last.to, texts.map(t => `, ${t}`).join(''));
}

/** Put `text` first (a positional argument before any others). */
export function prependItem(list: BracketList, text: string): RangeEdit {
  const first = list.items[0];
  if (!first) {
    return insertAt(list.open + 1, text);
  }
  return insertAt(first.from, `${text}, `);
}

/** Replace an item's value (`None` in `random_state=None`) with `text`. */
export function replaceValue(item: { valueFrom: number; valueTo: number }, text: string): RangeEdit {
  return { range: { start: item.valueFrom, end: item.valueTo }, newText: text };
}
