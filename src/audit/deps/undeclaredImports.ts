/**
 * Imports that no dependency file provides: not optional (guarded by try/except ImportError), not the
 * standard library, not relative, not the repo's own modules, not what every Jupyter kernel has, and
 * not declared under any of the distribution names that provide them.
 */
import type { Evidence } from '../report';
import type { PyAnalysis } from '../python/types';
import { isStdlibModule } from '../python/stdlib';
import { finderWithStartup } from '../uses/moduleFinder';
import { RepoIndex } from '../uses/repoIndex';
import { distributionsFor, importedModule, importKey, isKnownImport, isProvided, needsNoDeclaration } from './importNames';
import { isRepoModule, RepoTree } from './localModules';

/**
 * What the comparison needs of a Python unit (a script, or a notebook's code cells joined): its
 * imports, and the calls and assignments that add folders to `sys.path`.
 */
export interface ImportingUnit {
  path: string;
  analysis: Pick<PyAnalysis, 'imports' | 'calls' | 'assignments'>;
  evidence(line: number): Evidence;
  /** Repo scripts a notebook runs with `%run`, whose `sys.path` set-up applies to it. */
  runs?: readonly string[];
}

export interface UndeclaredImport {
  /** The import as reported ('cv2', 'google.cloud.storage'). */
  key: string;
  /** Distributions, any of which would provide it; the first is the one to suggest. */
  distributions: string[];
  /** Its first place, in path order then code order. */
  first: Evidence;
  /** The first place in each other file that imports it. */
  others: Evidence[];
}

export function undeclaredImports(
  units: readonly ImportingUnit[],
  declared: ReadonlySet<string>,
  tree: RepoTree
): UndeclaredImport[] {
  const found = new Map<string, UndeclaredImport>();
  const repo = new RepoIndex(tree);
  const byPath = new Map(units.map(u => [u.path, u.analysis]));
  const sorted = [...units].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const unit of sorted) {
    const seenHere = new Set<string>();
    const finder = finderWithStartup(repo, unit.path, unit.analysis, path => byPath.get(path), unit.runs);
    const imports = [...unit.analysis.imports].sort((a, b) => a.offset - b.offset);
    for (const imp of imports) {
      const module = imp.module;
      // A relative import is the repo's; an optional one (try/except ImportError) the code runs without.
      if (!module || module.startsWith('.') || imp.optional) {
        continue;
      }
      const top = module.split('.')[0];
      // `import ____`, `from ___ import ___`: the blank of a course exercise the learner fills in.
      if (/^_+$/.test(top)) {
        continue;
      }
      if (isStdlibModule(top) || needsNoDeclaration(module) || isRepoModule(finder, imp, isKnownImport(module))) {
        continue;
      }
      const full = importedModule(module, imp.name);
      if (isProvided(full, declared)) {
        continue;
      }
      const distributions = distributionsFor(full);
      const key = importKey(full);
      if (seenHere.has(key)) {
        continue;
      }
      seenHere.add(key);
      const evidence = unit.evidence(imp.line);
      const known = found.get(key);
      if (known) {
        known.others.push(evidence);
      } else {
        found.set(key, { key, distributions, first: evidence, others: [] });
      }
    }
  }
  return [...found.values()];
}
