/**
 * Applying seed edits to a notebook file's JSON text. Only the edited cells' `source` values and
 * the inserted cells are written; every other byte (metadata, outputs, ids, nbformat_minor, key
 * order, indentation) stays as it was. New JSON is written the way nbformat writes it: the file's
 * own indentation, sources as lists of lines, keys sorted, non-ASCII characters unescaped.
 */
import { cellLabel } from '../audit/notebook/cellLabel';
import { CellInsertion, RangeEdit, SeedEdit, TextEdit, applyTextEdits } from './edits';
import { JsonSpan, JsonText } from './jsonSpans';

/** The id an inserted cell gets when the notebook's cells carry ids (nbformat 4.5+). */
export const SEED_CELL_ID = 'repro-audit-seeds';

/** Python's `str.splitlines(keepends=True)`, which nbformat uses to write sources as lists. */
export function splitLinesKeepEnds(text: string): string[] {
  const lines: string[] = [];
  const breaks = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let at = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push(text.slice(at, m.index + m[0].length));
    at = m.index + m[0].length;
  }
  if (at < text.length) {
    lines.push(text.slice(at));
  }
  return lines;
}

/** A notebook's cells as they sit in its JSON. */
interface CellsLayout {
  json: JsonText;
  cells: JsonSpan[];
  /** Whitespace before each cell object, when cells start lines ('' for compact JSON). */
  cellIndent: string;
  /** One level of indentation ('' for compact JSON). */
  unit: string;
}

function layoutOf(text: string): CellsLayout {
  const json = new JsonText(text);
  const root = json.valueAt(0);
  const cellsMember = json.isObject(root) ? json.member(root, 'cells') : undefined;
  if (!cellsMember || !json.isArray(cellsMember.value)) {
    throw new SyntaxError('Notebook JSON has no "cells" list (nbformat 4 expected)');
  }
  const cells = json.items(cellsMember.value);
  const first = cells[0];
  const pretty = first !== undefined && json.startsLine(first.start);
  const cellIndent = pretty ? json.lineIndentAt(first.start) : '';
  let unit = '';
  if (pretty && json.isObject(first)) {
    const firstMember = json.members(first)[0];
    const memberIndent = firstMember ? json.lineIndentAt(firstMember.keyStart) : '';
    unit = memberIndent.length > cellIndent.length ? memberIndent.slice(cellIndent.length) : ' ';
  }
  return { json, cells, cellIndent, unit };
}

/** `JSON.stringify` with the file's indentation, each line after the first shifted to `baseIndent`. */
function serialise(value: unknown, unit: string, baseIndent: string): string {
  const text = JSON.stringify(value, null, unit || undefined);
  return unit ? text.split('\n').join('\n' + baseIndent) : text;
}

/** The new `source` value of a cell, reusing the raw JSON of every line that did not change. */
function sourceJson(layout: CellsLayout, sourceSpan: JsonSpan, newSource: string): string {
  const { json, unit } = layout;
  if (json.isString(sourceSpan)) {
    return JSON.stringify(newSource);
  }
  const raw = new Map<string, string>();
  const items = json.items(sourceSpan);
  for (const item of items) {
    if (json.isString(item)) {
      raw.set(json.stringOf(item), json.text.slice(item.start, item.end));
    }
  }
  const lines = splitLinesKeepEnds(newSource).map(line => raw.get(line) ?? JSON.stringify(line));
  if (!lines.length) {
    return '[]';
  }
  if (!unit) {
    return `[${lines.join(',')}]`;
  }
  const keyIndent = json.lineIndentAt(sourceSpan.start);
  const itemIndent = items.length && json.startsLine(items[0].start) ? json.lineIndentAt(items[0].start) : keyIndent + unit;
  return `[\n${lines.map(l => itemIndent + l).join(',\n')}\n${keyIndent}]`;
}

function decodedSource(json: JsonText, span: JsonSpan): string {
  if (json.isString(span)) {
    return json.stringOf(span);
  }
  return json
    .items(span)
    .filter(item => json.isString(item))
    .map(item => json.stringOf(item))
    .join('');
}

/** Whether the notebook's cells carry ids, so a new cell needs one too. */
function cellIds(layout: CellsLayout): Set<string> | undefined {
  const ids = new Set<string>();
  let any = false;
  for (const cell of layout.cells) {
    const id = layout.json.isObject(cell) ? layout.json.member(cell, 'id') : undefined;
    if (id) {
      any = true;
      if (layout.json.isString(id.value)) {
        ids.add(layout.json.stringOf(id.value));
      }
    }
  }
  return any ? ids : undefined;
}

function freshId(taken: Set<string>, base = SEED_CELL_ID): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) {
    id = `${base}-${n}`;
  }
  taken.add(id);
  return id;
}

/** The JSON of an inserted cell, keys in nbformat's (sorted) order; sources as lists of lines. */
function cellJson(insertion: CellInsertion, id: string | undefined, stringSource: boolean): object {
  return {
    cell_type: insertion.cellType,
    execution_count: null,
    ...(id !== undefined && { id }),
    metadata: insertion.metadata.tags.length ? { tags: insertion.metadata.tags } : {},
    outputs: [],
    source: stringSource ? insertion.source : splitLinesKeepEnds(insertion.source)
  };
}

/** Whether the notebook writes sources as plain strings rather than lists (some tools do). */
function writesStringSources(layout: CellsLayout): boolean {
  for (const cell of layout.cells) {
    const source = layout.json.isObject(cell) ? layout.json.member(cell, 'source') : undefined;
    if (source) {
      return layout.json.isString(source.value) && layout.json.stringOf(source.value).includes('\n');
    }
  }
  return false;
}

/**
 * Apply seed edits (text edits of cell sources, cell insertions) to a notebook's JSON text. Edits of
 * other files are ignored. Throws when the text is not an nbformat-4 notebook or an edit does not fit.
 */
export function applyNotebookEdits(text: string, edits: readonly SeedEdit[]): string {
  if (!edits.length) {
    return text;
  }
  const layout = layoutOf(text);
  const { json, cells } = layout;
  const jsonEdits: RangeEdit[] = [];
  const byCell = new Map<number, TextEdit[]>();
  for (const edit of edits) {
    if (edit.kind === 'text') {
      if (edit.cell === undefined || edit.cell < 0 || edit.cell >= cells.length) {
        throw new RangeError(`Notebook edit names no cell of the notebook (${edit.cell})`);
      }
      byCell.set(edit.cell, [...(byCell.get(edit.cell) ?? []), edit]);
    }
  }
  for (const [index, cellEdits] of byCell) {
    const source = json.isObject(cells[index]) ? json.member(cells[index], 'source') : undefined;
    if (!source) {
      throw new RangeError(`${cellLabel(index, true)} has no source to edit`);
    }
    const newSource = applyTextEdits(decodedSource(json, source.value), cellEdits);
    const range = { start: source.value.start, end: source.value.end };
    jsonEdits.push({ range, newText: sourceJson(layout, source.value, newSource) });
  }
  const ids = cellIds(layout);
  const stringSources = writesStringSources(layout);
  const separator = layout.unit ? `,\n${layout.cellIndent}` : ',';
  for (const edit of edits) {
    if (edit.kind !== 'insert-cell') {
      continue;
    }
    const index = Math.max(0, Math.min(edit.index, cells.length));
    const cell = serialise(cellJson(edit, ids && freshId(ids, edit.id), stringSources), layout.unit, layout.cellIndent);
    if (!cells.length) {
      throw new RangeError('Cannot insert a cell into a notebook without cells');
    }
    const at = index < cells.length ? cells[index].start : cells[cells.length - 1].end;
    const newText = index < cells.length ? cell + separator : separator + cell;
    jsonEdits.push({ range: { start: at, end: at }, newText });
  }
  return applyTextEdits(text, jsonEdits);
}
