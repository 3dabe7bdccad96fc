/**
 * Reading a notebook file: nbformat 4, with nbformat 3 (worksheets, `input`, `prompt_number`)
 * tolerated and brought to the v4 shape. Bad input gives `{ error }`, never a throw.
 */
import type { IOutput } from '@jupyterlab/nbformat';
import { outputsOfV3 } from './outputsV3';

export interface NotebookCellInfo {
  /** 0-based position in the notebook's cell list (all cell types counted). */
  index: number;
  cellType: 'code' | 'markdown' | 'raw';
  source: string;
  executionCount: number | null;
  outputs: IOutput[];
  tags: string[];
}

export interface ParsedNotebook {
  nbformat: number;
  nbformatMinor: number;
  /** Kernel language, lower-case ('python', 'r', 'julia'), when the notebook says. */
  language?: string;
  kernelName?: string;
  metadata: object;
  cells: NotebookCellInfo[];
}

export interface NotebookParse {
  notebook?: ParsedNotebook;
  error?: string;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** nbformat's multiline string: a string, or a list of lines to concatenate. */
export function multiline(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (Array.isArray(value)) {
    return value.filter(part => typeof part === 'string').join('');
  }
  return '';
}

function stringField(obj: unknown, key: string): string | undefined {
  if (!isObject(obj)) {
    return undefined;
  }
  const value = obj[key];
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function cellTypeOf(raw: unknown): NotebookCellInfo['cellType'] {
  // nbformat 3 'heading' cells are markdown headings; anything unknown is kept as raw text.
  if (raw === 'code' || raw === 'markdown' || raw === 'raw') {
    return raw;
  }
  return raw === 'heading' ? 'markdown' : 'raw';
}

function tagsOf(metadata: unknown): string[] {
  if (!isObject(metadata) || !Array.isArray(metadata.tags)) {
    return [];
  }
  return metadata.tags.filter((t): t is string => typeof t === 'string');
}

function countOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function cellOf(raw: Json, index: number, v3: boolean): NotebookCellInfo {
  const cellType = cellTypeOf(raw.cell_type);
  let source = multiline(v3 && cellType === 'code' ? raw.input : raw.source);
  if (v3 && cellType === 'markdown' && raw.cell_type === 'heading') {
    const level = typeof raw.level === 'number' ? Math.min(Math.max(raw.level, 1), 6) : 1;
    source = '#'.repeat(level) + ' ' + source;
  }
  const isCode = cellType === 'code';
  const rawOutputs = isCode && Array.isArray(raw.outputs) ? raw.outputs.filter(isObject) : [];
  return {
    index,
    cellType,
    source,
    executionCount: isCode ? countOf(v3 ? raw.prompt_number : raw.execution_count) : null,
    outputs: v3 ? outputsOfV3(rawOutputs) : (rawOutputs as unknown as IOutput[]),
    tags: tagsOf(raw.metadata)
  };
}

function languageOf(metadata: Json, rawCells: Json[]): string | undefined {
  const language =
    stringField(metadata.kernelspec, 'language') ??
    stringField(metadata.language_info, 'name') ??
    stringField(metadata, 'language') ??
    // nbformat 3 named the language on each code cell.
    rawCells.map(c => (c.cell_type === 'code' ? stringField(c, 'language') : undefined)).find(l => l);
  return language?.trim().toLowerCase();
}

/** Parse a notebook's JSON text. */
export function parseNotebook(text: string): NotebookParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { error: `Notebook is not valid JSON (${detail})` };
  }
  if (!isObject(json)) {
    return { error: 'Notebook JSON is not an object; not a Jupyter notebook' };
  }
  const declared = typeof json.nbformat === 'number' ? json.nbformat : undefined;
  const minor = typeof json.nbformat_minor === 'number' ? json.nbformat_minor : 0;
  const metadata = isObject(json.metadata) ? json.metadata : {};
  let rawCells: Json[];
  let v3: boolean;
  if (Array.isArray(json.cells)) {
    rawCells = json.cells.filter(isObject);
    v3 = false;
  } else if (Array.isArray(json.worksheets)) {
    rawCells = json.worksheets.flatMap(ws => (isObject(ws) && Array.isArray(ws.cells) ? ws.cells.filter(isObject) : []));
    v3 = true;
  } else {
    return { error: 'JSON file has no notebook cells (no "cells" or "worksheets"); not a Jupyter notebook' };
  }
  if (declared !== undefined && declared < 3) {
    return { error: `Notebook format ${declared} is too old to read (nbformat 3 or 4 expected)` };
  }
  const notebook: ParsedNotebook = {
    nbformat: declared ?? (v3 ? 3 : 4),
    nbformatMinor: minor,
    language: languageOf(metadata, rawCells),
    kernelName: stringField(metadata.kernelspec, 'name'),
    metadata,
    cells: rawCells.map((raw, index) => cellOf(raw, index, v3))
  };
  return { notebook };
}
