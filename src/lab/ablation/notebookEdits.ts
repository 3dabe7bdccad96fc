/**
 * Edits that make a notebook ablation-ready, applied to the open notebook's shared model so the
 * editor shows them at once and one Undo reverts each: tag cells as a component, add a toggle to the
 * parameters cell, insert the glue helper. The model is typed locally (no notebook package dependency).
 */
import { COMPONENT_TAG_PREFIX, GLUE_HELPER_SOURCE, PARAMETERS_TAG } from '../../ablation';
import type { EditableCell, EditableNotebook } from './editableNotebook';

export { isEditableNotebook } from './editableNotebook';
export type { EditableCell, EditableNotebook } from './editableNotebook';

const PYTHON_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from global if ' +
    'import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' ')
);

/** A name usable as a toggle or component: a Python identifier that is not a keyword. */
export function isAblationName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !PYTHON_KEYWORDS.has(name);
}

/** Each edit is its own undo step: not merged with typing just before or after it. */
function asOneUndoStep(notebook: EditableNotebook, f: () => void): void {
  notebook.undoManager?.stopCapturing();
  notebook.transact(f, true);
  notebook.undoManager?.stopCapturing();
}

function tagsOf(cell: EditableCell): string[] {
  const tags = cell.getMetadata('tags');
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
}

/** Index of the first code cell tagged `parameters` (the one papermill injects after). */
export function parametersCellIndex(notebook: EditableNotebook): number | undefined {
  const index = notebook.cells.findIndex(c => c.cell_type === 'code' && tagsOf(c).includes(PARAMETERS_TAG));
  return index < 0 ? undefined : index;
}

export interface TagResult {
  /** Cells that got the tag. */
  tagged: number[];
  /** Cells that had it already. */
  already: number[];
  /** Cells left alone: not code cells. */
  notCode: number[];
}

/** Tag the given cells `ablation:<name>`; the cells stay as they are otherwise. */
export function tagCellsAsComponent(notebook: EditableNotebook, indices: readonly number[], name: string): TagResult {
  if (!isAblationName(name)) {
    throw new Error(`"${name}" is not a valid component name`);
  }
  const tag = COMPONENT_TAG_PREFIX + name;
  const result: TagResult = { tagged: [], already: [], notCode: [] };
  const cells = [...new Set(indices)].sort((a, b) => a - b).filter(i => notebook.cells[i]);
  for (const index of cells) {
    const cell = notebook.cells[index];
    if (cell.cell_type !== 'code') {
      result.notCode.push(index);
    } else if (tagsOf(cell).includes(tag)) {
      result.already.push(index);
    } else {
      result.tagged.push(index);
    }
  }
  if (result.tagged.length) {
    asOneUndoStep(notebook, () => {
      for (const index of result.tagged) {
        const cell = notebook.cells[index];
        cell.setMetadata('tags', [...tagsOf(cell), tag]);
      }
    });
  }
  return result;
}

/** The parameters-cell line of a toggle: `NAME = True  # label`. */
export function toggleLine(name: string, label?: string): string {
  const comment = (label ?? '').replace(/\s+/g, ' ').trim();
  return comment ? `${name} = True  # ${comment}` : `${name} = True`;
}

export type ToggleEdit =
  | { kind: 'appended'; cell: number }
  | { kind: 'created'; cell: number }
  /** The parameters cell assigns the name already: nothing changed. */
  | { kind: 'exists'; cell: number };

function assigns(source: string, name: string): boolean {
  return new RegExp(`^${name}\\s*(:[^=\\n]*)?=(?!=)`, 'm').test(source);
}

/**
 * Add `NAME = True  # label` to the parameters cell; with no parameters cell, create one (tagged
 * `parameters`) after the first code cell (usually the imports), or at the top.
 */
export function addToggle(notebook: EditableNotebook, name: string, label?: string): ToggleEdit {
  if (!isAblationName(name)) {
    throw new Error(`"${name}" is not a valid Python name`);
  }
  const line = toggleLine(name, label);
  const parameters = parametersCellIndex(notebook);
  if (parameters !== undefined) {
    const cell = notebook.cells[parameters];
    const source = cell.getSource();
    if (assigns(source, name)) {
      return { kind: 'exists', cell: parameters };
    }
    const text = source === '' ? line : source.endsWith('\n') ? `${line}\n` : `\n${line}`;
    asOneUndoStep(notebook, () => cell.updateSource(source.length, source.length, text));
    return { kind: 'appended', cell: parameters };
  }
  const firstCode = notebook.cells.findIndex(c => c.cell_type === 'code');
  const index = firstCode < 0 ? 0 : firstCode + 1;
  asOneUndoStep(notebook, () => notebook.insertCell(index, { cell_type: 'code', source: line, metadata: { tags: [PARAMETERS_TAG] } }));
  return { kind: 'created', cell: index };
}

export type GlueHelperEdit = { kind: 'inserted'; cell: number } | { kind: 'exists'; cell: number };

/** Insert the `glue(name, value)` helper after the parameters cell, or at the top; once. */
export function insertGlueHelper(notebook: EditableNotebook): GlueHelperEdit {
  const existing = notebook.cells.findIndex(c => c.cell_type === 'code' && /^def glue\(/m.test(c.getSource()));
  if (existing >= 0) {
    return { kind: 'exists', cell: existing };
  }
  const parameters = parametersCellIndex(notebook);
  const index = parameters === undefined ? 0 : parameters + 1;
  asOneUndoStep(notebook, () => notebook.insertCell(index, { cell_type: 'code', source: GLUE_HELPER_SOURCE, metadata: {} }));
  return { kind: 'inserted', cell: index };
}
