/**
 * Whether a notebook takes settings that papermill could inject: literal assignments at the top of
 * the notebook (`EPOCHS = 10`, `data_path = "data.csv"`), or UPPER_CASE constants anywhere at module
 * level. Papermill injects new values after the cell tagged `parameters`.
 */
import type { Evidence } from '../report';
import type { PyAnalysis, PyAssignment } from '../python/types';

/** How many code cells count as "the top" of a notebook. */
export const TOP_CODE_CELLS = 3;

/** A number, string, or boolean literal (source text as written); None is no setting. */
const LITERAL = /^(?:[-+]?(?:\d[\d_]*\.?[\d_]*(?:[eE][-+]?\d+)?|\.\d+)|True|False|[rRbBuUfF]{0,2}(?:'[^'\n]*'|"[^"\n]*"))$/;
const NAME = /^[A-Za-z_]\w*$/;
const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

export interface SettingAssignment {
  name: string;
  evidence: Evidence;
}

/**
 * Settings the notebook takes, in order. `codeCells` lists the 0-based indices of the notebook's code
 * cells, to tell the first few from the rest.
 */
export function settingsOf(
  analysis: PyAnalysis,
  locate: (line: number) => Evidence,
  codeCells: readonly number[]
): SettingAssignment[] {
  const top = new Set(codeCells.slice(0, TOP_CODE_CELLS));
  const isSetting = (a: PyAssignment): boolean => {
    if (a.scope !== undefined || !NAME.test(a.target) || !LITERAL.test(a.value.trim())) {
      return false;
    }
    const cell = locate(a.line).cell;
    return CONSTANT.test(a.target) || (cell !== undefined && top.has(cell));
  };
  return analysis.assignments
    .filter(isSetting)
    .sort((a, b) => a.offset - b.offset)
    .map(a => ({ name: a.target, evidence: locate(a.line) }));
}
