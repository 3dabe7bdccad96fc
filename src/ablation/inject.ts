/**
 * The executed copy of a variant, made the papermill way: an `injected-parameters` cell after the
 * first `parameters` cell (or at the top), `metadata.papermill` on the notebook and on each cell,
 * outputs cleared, and the variant's skipped cells replaced by a note (or removed).
 */
import { multiline } from '../audit/notebook/parse';
import type { Variant } from './plan';
import { pythonRepr } from './pythonLiteral';
import { PARAMETERS_TAG, type ParameterValue } from './toggles';

export const INJECTED_PARAMETERS_TAG = 'injected-parameters';
export const SKIPPED_CELL_TAG = 'ablation-skipped';

type Json = Record<string, unknown>;

export interface InjectOptions {
  /** What papermill records as `default_parameters`: the parameters cell's literal values. */
  defaultParameters?: Record<string, ParameterValue>;
  inputPath?: string;
  outputPath?: string;
  /** Keep a skipped cell's place with a markdown note (default), or drop it. */
  skipped?: 'replace' | 'remove';
}

export interface CellToRun {
  /** 0-based index in the executed copy. */
  cell: number;
  source: string;
}

export interface InjectedNotebook {
  notebook?: Json;
  /** Code cells of the executed copy, in order, to execute one at a time. */
  cellsToRun: CellToRun[];
  error?: string;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function tagsOf(cell: Json): string[] {
  const metadata = cell.metadata;
  return isObject(metadata) && Array.isArray(metadata.tags) ? metadata.tags.filter((t): t is string => typeof t === 'string') : [];
}

/** The injected cell's source, as papermill writes it. */
export function injectedParametersSource(overrides: Record<string, ParameterValue>): string {
  const lines = Object.keys(overrides).map(name => `${name} = ${pythonRepr(overrides[name])}\n`);
  return '# Parameters\n' + lines.join('');
}

/** Split source into nbformat's list of lines, each but the last ending in '\n'. */
function sourceLines(text: string): string[] {
  return text.split(/(?<=\n)/).filter(line => line !== '');
}

function pendingCellMetadata(): Json {
  return { duration: null, end_time: null, exception: null, start_time: null, status: 'pending' };
}

function uniqueId(base: string, cells: Json[]): string {
  const taken = new Set(cells.map(c => c.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) {
    id = `${base}-${n}`;
  }
  return id;
}

/** Build the executed copy of `notebook` (its JSON text or object) for `variant`. */
export function injectVariant(notebook: string | Json, variant: Variant, options: InjectOptions = {}): InjectedNotebook {
  let json: unknown;
  try {
    json = JSON.parse(typeof notebook === 'string' ? notebook : JSON.stringify(notebook));
  } catch (err) {
    return { cellsToRun: [], error: `Notebook is not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (!isObject(json) || !Array.isArray(json.cells) || json.nbformat !== 4) {
    return { cellsToRun: [], error: 'Only nbformat 4 notebooks can be parameterized (as with papermill)' };
  }
  const withIds = typeof json.nbformat_minor === 'number' && json.nbformat_minor >= 5;
  const skipped = new Set(variant.skippedCells);
  const original = json.cells.filter(isObject);
  const cells: Json[] = [];
  let parametersAt = -1;
  original.forEach((cell, index) => {
    const tags = tagsOf(cell);
    if (tags.includes(INJECTED_PARAMETERS_TAG)) {
      return; // a previous run's injection: papermill replaces it
    }
    if (skipped.has(index)) {
      if (options.skipped !== 'remove') {
        const note = `*Skipped in ablation variant \`${variant.id}\` (${variant.off.length ? 'off: ' + variant.off.join(', ') : 'full model'}).*`;
        cells.push({
          cell_type: 'markdown',
          ...(withIds && cell.id !== undefined && { id: cell.id }),
          metadata: { tags: [...tags, SKIPPED_CELL_TAG], ablation: { skipped: true, original_index: index } },
          source: note
        });
      }
      return;
    }
    const copy: Json = { ...cell, metadata: { ...(isObject(cell.metadata) ? cell.metadata : {}), papermill: pendingCellMetadata() } };
    if (copy.cell_type === 'code') {
      copy.outputs = [];
      copy.execution_count = null;
    }
    if (parametersAt === -1 && copy.cell_type === 'code' && tags.includes(PARAMETERS_TAG)) {
      parametersAt = cells.length;
    }
    cells.push(copy);
  });
  const injected: Json = {
    cell_type: 'code',
    execution_count: null,
    ...(withIds && { id: uniqueId(INJECTED_PARAMETERS_TAG, cells) }),
    metadata: { tags: [INJECTED_PARAMETERS_TAG], papermill: pendingCellMetadata() },
    outputs: [],
    source: sourceLines(injectedParametersSource(variant.overrides))
  };
  cells.splice(parametersAt + 1, 0, injected);
  const metadata = isObject(json.metadata) ? json.metadata : {};
  const result: Json = {
    ...json,
    cells,
    metadata: {
      ...metadata,
      papermill: {
        default_parameters: { ...(options.defaultParameters ?? {}) },
        duration: null,
        end_time: null,
        environment_variables: {},
        exception: null,
        input_path: options.inputPath ?? null,
        output_path: options.outputPath ?? null,
        parameters: { ...variant.overrides },
        start_time: null,
        version: null
      },
      ablation: { variant: variant.id, off: variant.off, skipped_cells: variant.skippedCells, seed: variant.seed ?? null }
    }
  };
  const cellsToRun = cells.flatMap((cell, index) =>
    cell.cell_type === 'code' ? [{ cell: index, source: multiline(cell.source) }] : []
  );
  return { notebook: result, cellsToRun };
}
