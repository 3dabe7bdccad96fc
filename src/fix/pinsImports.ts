/**
 * The third-party packages a repo imports, from the audit's import analysis (the one the dependencies
 * and pinned checks read, so the fix pins what they report): not the standard library, not relative or
 * the repo's own modules, not what every kernel has; the IPython extensions notebooks load included.
 */
import type { UndeclaredImport } from '../audit/deps/undeclaredImports';

export interface ImportedPackage {
  /** The top-level import name ('sklearn'). */
  module: string;
  /** Distributions known to provide it, the usual one first ('scikit-learn'). */
  distributions: string[];
  /** Where it is first imported, for messages. */
  path: string;
  line?: number;
}

/** `undeclared`: the imports not declared by an empty declaration (importsNotDeclared(facts, new Set())), i.e. all of them. */
export function importedPackages(undeclared: readonly UndeclaredImport[]): ImportedPackage[] {
  const found = new Map<string, ImportedPackage>();
  for (const imp of undeclared) {
    const module = imp.key.split('.')[0];
    if (!found.has(module)) {
      found.set(module, { module, distributions: imp.distributions, path: imp.first.path ?? '', line: imp.first.line });
    }
  }
  return [...found.values()].sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
}
