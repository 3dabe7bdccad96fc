/**
 * The third-party packages a repo imports, from the audit's import analysis: not the standard
 * library, not relative or the repo's own modules, not what every kernel has.
 */
import { undeclaredImports, ImportingUnit } from '../audit/deps/undeclaredImports';
import type { RepoTree } from '../audit/deps/localModules';

export interface ImportedPackage {
  /** The top-level import name ('sklearn'). */
  module: string;
  /** Distributions known to provide it, the usual one first ('scikit-learn'). */
  distributions: string[];
  /** Where it is first imported, for messages. */
  path: string;
  line?: number;
}

export function importedPackages(units: readonly ImportingUnit[], tree: RepoTree): ImportedPackage[] {
  // Nothing declared: every third-party import comes back, stdlib and local modules already left out.
  const found = new Map<string, ImportedPackage>();
  for (const imp of undeclaredImports(units, new Set(), tree)) {
    const module = imp.key.split('.')[0];
    if (!found.has(module)) {
      found.set(module, { module, distributions: imp.distributions, path: imp.first.path ?? '', line: imp.first.line });
    }
  }
  return [...found.values()].sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
}
