/**
 * The edits a fix is made of: text replacements over exact ranges (of a script's text, or of one
 * notebook cell's source) and insertions of whole notebook cells. Edits never touch a byte outside
 * their range, so applying them loses nothing.
 */

/** Character offsets, `start` inclusive, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** Replace `range` of a file's text, or of cell `cell`'s source (the cell's 0-based index before any insertion). */
export interface TextEdit {
  kind: 'text';
  path: string;
  cell?: number;
  range: TextRange;
  newText: string;
}

/**
 * Insert a code cell into a notebook before the cell that has `index` in the notebook as read
 * (`index` equal to the cell count appends it).
 */
export interface CellInsertion {
  kind: 'insert-cell';
  path: string;
  index: number;
  cellType: 'code';
  source: string;
  metadata: { tags: string[] };
  /** The id the cell gets where cells carry ids (a suffix added if taken); the seed cell's id when absent. */
  id?: string;
}

export type SeedEdit = TextEdit | CellInsertion;

/** The range-and-text part of an edit: what `applyTextEdits` needs. */
export type RangeEdit = Pick<TextEdit, 'range' | 'newText'>;

/**
 * Apply edits to a text. Ranges refer to the text as given and must not overlap; insertions at the
 * same offset go in the order given. Throws on ranges that overlap or fall outside the text.
 */
export function applyTextEdits(text: string, edits: readonly RangeEdit[]): string {
  const ordered = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.range.start - b.edit.range.start || a.edit.range.end - b.edit.range.end || a.order - b.order);
  const parts: string[] = [];
  let at = 0;
  for (const { edit } of ordered) {
    const { start, end } = edit.range;
    if (start < at || end < start || end > text.length) {
      throw new RangeError(`Edit range ${start}-${end} overlaps another edit or lies outside the text`);
    }
    parts.push(text.slice(at, start), edit.newText);
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
