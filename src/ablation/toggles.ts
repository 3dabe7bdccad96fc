/**
 * Ablation toggles discovered in a notebook: booleans in the cell tagged `parameters` (papermill's
 * convention) and components tagged `ablation:<name>` / `ablation-off:<name>`.
 */
import { cellLabel } from '../audit/notebook/cellLabel';
import type { ParsedNotebook } from '../audit/notebook/parse';
import { analyzePython } from '../audit/python/analyze';
import { commentsByLine, namesRead } from './pythonSyntax';

export const PARAMETERS_TAG = 'parameters';
export const COMPONENT_TAG_PREFIX = 'ablation:';
export const OFF_ONLY_TAG_PREFIX = 'ablation-off:';

/** A boolean in the parameters cell. */
export interface ParameterToggle {
  /** 1-based line within the parameters cell. */
  line: number;
  /** Its value in the notebook as written (the full model). */
  defaultValue: boolean;
}

export interface Toggle {
  name: string;
  /** The parameter line's `# comment`, else the name. */
  label: string;
  parameter?: ParameterToggle;
  /** Cells tagged `ablation:<name>`: skipped when the toggle is off. */
  componentCells: number[];
  /** Cells tagged `ablation-off:<name>`: run only when the toggle is off. */
  offOnlyCells: number[];
}

/** A cell with ablation tags: which toggles it belongs to, and which it stands in for. */
export interface TaggedCell {
  index: number;
  /** Skipped when any of these toggles is off. */
  components: string[];
  /** Run only when one of these toggles is off. */
  offOnly: string[];
}

export interface SetupWarning {
  message: string;
  cell?: number;
  /** 1-based line within the cell. */
  line?: number;
}

export interface AblationSetup {
  /** 0-based index of the first cell tagged `parameters` (the one papermill injects after). */
  parametersCell?: number;
  toggles: Toggle[];
  taggedCells: TaggedCell[];
  /** Literal values assigned in the parameters cell, as papermill's `default_parameters`. */
  defaultParameters: Record<string, ParameterValue>;
  /** An integer parameter whose name says seed, to vary per seed. */
  seedParameter?: string;
  warnings: SetupWarning[];
}

export type ParameterValue = boolean | number | string | null;

/** A Python literal's value, for the literals a parameters cell holds; undefined for anything else. */
export function literalValue(text: string): ParameterValue | undefined {
  const t = text.trim();
  if (t === 'True' || t === 'False') {
    return t === 'True';
  }
  if (t === 'None') {
    return null;
  }
  const n = t.replace(/_/g, '');
  if (/^-?\d+$/.test(n) || /^-?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/.test(n)) {
    return Number(n);
  }
  const quoted = /^(['"])((?:[^\\'"\n]|\\.)*)\1$/.exec(t);
  if (quoted && !quoted[2].includes('\\')) {
    return quoted[2];
  }
  return undefined;
}

function tagNames(tags: string[], prefix: string): string[] {
  return tags.filter(t => t.startsWith(prefix)).map(t => t.slice(prefix.length).trim());
}

function toggleNamed(toggles: Map<string, Toggle>, name: string): Toggle {
  let toggle = toggles.get(name);
  if (!toggle) {
    toggle = { name, label: name, componentCells: [], offOnlyCells: [] };
    toggles.set(name, toggle);
  }
  return toggle;
}

function readParametersCell(source: string, cell: number, toggles: Map<string, Toggle>, setup: AblationSetup): void {
  const analysis = analyzePython(source);
  const comments = commentsByLine(source);
  for (const line of analysis.syntaxErrors) {
    setup.warnings.push({ message: 'The parameters cell has a syntax error', cell, line });
  }
  const moduleLevel = analysis.assignments.filter(a => !a.scope && !a.op && !a.target.includes('.'));
  for (const assignment of moduleLevel) {
    const value = literalValue(assignment.value);
    if (value !== undefined) {
      setup.defaultParameters[assignment.target] = value;
    }
    if (typeof value === 'boolean') {
      const toggle = toggleNamed(toggles, assignment.target);
      toggle.parameter = { line: assignment.line, defaultValue: value };
      toggle.label = comments.get(assignment.line) || assignment.target;
    } else if (typeof value === 'number' && Number.isInteger(value) && /seed/i.test(assignment.target)) {
      setup.seedParameter ??= assignment.target;
    }
  }
  // A value computed from a toggle is fixed before the injected cell runs: an override never reaches it.
  for (const assignment of moduleLevel) {
    const used = namesRead(assignment.value).filter(n => toggles.get(n)?.parameter && n !== assignment.target);
    if (used.length) {
      setup.warnings.push({
        message: `${assignment.target} is derived from ${used.join(', ')} in the parameters cell; an override of ${used.join(', ')} will not change it (compute it in a later cell)`,
        cell,
        line: assignment.line
      });
    }
  }
}

/** Find the toggles of a parsed notebook. */
export function discoverToggles(notebook: ParsedNotebook): AblationSetup {
  const setup: AblationSetup = { toggles: [], taggedCells: [], defaultParameters: {}, warnings: [] };
  const toggles = new Map<string, Toggle>();
  for (const cell of notebook.cells) {
    const isParameters = cell.tags.includes(PARAMETERS_TAG);
    const components = tagNames(cell.tags, COMPONENT_TAG_PREFIX);
    const offOnly = tagNames(cell.tags, OFF_ONLY_TAG_PREFIX);
    if (cell.cellType !== 'code') {
      if (isParameters || components.length || offOnly.length) {
        setup.warnings.push({ message: `${cellLabel(cell.index, true)} is not a code cell; its ablation tags are ignored`, cell: cell.index });
      }
      continue;
    }
    if (isParameters) {
      if (setup.parametersCell === undefined) {
        setup.parametersCell = cell.index;
        readParametersCell(cell.source, cell.index, toggles, setup);
      } else {
        setup.warnings.push({ message: `${cellLabel(cell.index, true)} is also tagged parameters; only the first one is used`, cell: cell.index });
      }
    }
    if (components.includes('') || offOnly.includes('')) {
      setup.warnings.push({ message: `${cellLabel(cell.index, true)} has an ablation tag without a name`, cell: cell.index });
    }
    const named = { index: cell.index, components: components.filter(n => n), offOnly: offOnly.filter(n => n) };
    if (!named.components.length && !named.offOnly.length) {
      continue;
    }
    setup.taggedCells.push(named);
    named.components.forEach(n => toggleNamed(toggles, n).componentCells.push(cell.index));
    named.offOnly.forEach(n => toggleNamed(toggles, n).offOnlyCells.push(cell.index));
  }
  for (const toggle of toggles.values()) {
    if (!toggle.parameter && !toggle.componentCells.length) {
      setup.warnings.push({
        message: `ablation-off:${toggle.name} has no matching ablation:${toggle.name} cell or parameter`,
        cell: toggle.offOnlyCells[0]
      });
    }
    if (toggle.parameter && !toggle.parameter.defaultValue) {
      setup.warnings.push({
        message: `${toggle.name} is already False in the full notebook; its variant switches it to True`,
        cell: setup.parametersCell,
        line: toggle.parameter.line
      });
    }
  }
  setup.toggles = [...toggles.values()];
  return setup;
}
