/** What a module-level name was last bound to before a point of the code: the evaluators' name lookup. */
import type { PyAnalysis } from '../python/types';
import type { NameLookup } from './pathExpression';

/** Module-level `name = value` assignments before `offset` (the last one wins), as expression text. */
export function moduleNamesBefore(analysis: Pick<PyAnalysis, 'assignments'>, offset: number): NameLookup {
  return name => {
    let value: string | undefined;
    for (const a of analysis.assignments) {
      if (a.offset >= offset) {
        break;
      }
      if (a.target === name && a.scope === undefined) {
        value = a.op === undefined ? a.value : undefined;
      }
    }
    return value;
  };
}
