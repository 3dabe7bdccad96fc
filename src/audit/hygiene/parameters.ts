/**
 * Whether a notebook takes settings that papermill could inject: a configuration cell at the top of
 * the notebook (`epochs = 10`, `data_path = "data.csv"`), or UPPER_CASE constants anywhere at module
 * level. Papermill injects new values after the cell tagged `parameters`.
 */
import type { Evidence } from '../report';
import type { PyAnalysis, PyAssignment } from '../python/types';

/** How many code cells count as "the top" of a notebook. */
export const TOP_CODE_CELLS = 3;

/** A number, string, boolean or None literal (source text as written): `checkpoint = None` is a setting too. */
const LITERAL = /^(?:[-+]?(?:\d[\d_]*\.?[\d_]*(?:[eE][-+]?\d+)?|\.\d+)|True|False|None|[rRbBuUfF]{0,2}(?:'[^'\n]*'|"[^"\n]*"))$/;
const NAME = /^[A-Za-z_]\w*$/;
const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

export interface SettingAssignment {
  name: string;
  evidence: Evidence;
}

/**
 * Settings the notebook takes, in order: UPPER_CASE constants anywhere at module level, and literal
 * assignments in a configuration cell among the first code cells, one that only assigns literals
 * (`total = 0` before a loop is no setting). `codeCells` lists the 0-based indices of the
 * notebook's code cells, to tell the first few from the rest.
 */
export function settingsOf(
  analysis: PyAnalysis,
  locate: (line: number) => Evidence,
  codeCells: readonly number[]
): SettingAssignment[] {
  const cellOf = (line: number) => locate(line).cell;
  const isLiteral = (a: PyAssignment) => a.scope === undefined && NAME.test(a.target) && LITERAL.test(a.value.trim());
  const busy = new Set<number | undefined>([
    ...analysis.calls.map(c => cellOf(c.line)),
    ...analysis.functions.map(f => cellOf(f.line)),
    ...analysis.assignments.filter(a => !isLiteral(a)).map(a => cellOf(a.line))
  ]);
  const configCells = new Set(codeCells.slice(0, TOP_CODE_CELLS).filter(cell => !busy.has(cell)));
  return analysis.assignments
    .filter(a => isLiteral(a) && (CONSTANT.test(a.target) || configCells.has(cellOf(a.line) ?? -1)))
    .sort((a, b) => a.offset - b.offset)
    .map(a => ({ name: a.target, evidence: locate(a.line) }));
}
