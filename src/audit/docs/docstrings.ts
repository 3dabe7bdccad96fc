/**
 * The docstring share: how many public functions, classes and methods of the repo's Python modules
 * carry a docstring. Tests, private names, nested functions and `__init__` (documented by its class)
 * are left out.
 */
import type { Evidence } from '../report';
import type { PyAnalysis, PyFunction } from '../python/types';
import { isTestPath } from '../testPath';

/** The part of a Python unit this needs (see python/units.ts). */
export interface DocumentedUnit {
  path: string;
  kind: 'script' | 'notebook';
  analysis: PyAnalysis;
  evidence(line: number): Evidence;
}

export interface DocstringShare {
  total: number;
  documented: number;
  /** Every public definition without a docstring, in file order. */
  undocumented: { name: string; evidence: Evidence }[];
}

/** Public API: public name, not nested in a function, not inside a private class. */
function isPublicApi(fn: PyFunction): boolean {
  if (!fn.isPublic || fn.name === '__init__') {
    return false;
  }
  const outer = fn.qualifiedName.split('.').slice(0, -1);
  if (fn.kind !== 'method' && outer.length) {
    return false;
  }
  return !outer.some(part => part.startsWith('_'));
}

export function docstringShare(units: readonly DocumentedUnit[]): DocstringShare {
  const share: DocstringShare = { total: 0, documented: 0, undocumented: [] };
  for (const unit of units) {
    if (unit.kind !== 'script' || isTestPath(unit.path)) {
      continue;
    }
    for (const fn of unit.analysis.functions.filter(isPublicApi)) {
      share.total++;
      if (fn.hasDocstring) {
        share.documented++;
      } else {
        share.undocumented.push({ name: fn.qualifiedName, evidence: unit.evidence(fn.line) });
      }
    }
  }
  return share;
}
