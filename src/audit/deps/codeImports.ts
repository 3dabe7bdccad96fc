/**
 * The repo's third-party imports that the given declarations leave out, with the repo's own modules
 * resolved once for every check that compares code with declarations (dependencies, pinned): the
 * import resolver's search (sys.path, sibling folders, the scripts notebooks `%run` first) over the repo
 * plus the modules its notebooks write.
 */
import type { RepoFacts } from '../facts';
import { NOTEBOOKS } from '../notebook/facts';
import { PYTHON_UNITS } from '../python/units';
import { modulesWrittenByNotebooks, scriptsRunBy, withWrittenModules } from './notebookModules';
import { undeclaredImports, UndeclaredImport } from './undeclaredImports';

export async function importsNotDeclared(facts: RepoFacts, declared: ReadonlySet<string>): Promise<UndeclaredImport[]> {
  const [units, notebooks] = await Promise.all([facts.get(PYTHON_UNITS), facts.get(NOTEBOOKS)]);
  const runs = new Map(notebooks.map(n => [n.path, scriptsRunBy(n)]));
  const importing = units.map(u => (runs.get(u.path)?.length ? { ...u, runs: runs.get(u.path) } : u));
  return undeclaredImports(importing, declared, withWrittenModules(facts, modulesWrittenByNotebooks(notebooks)));
}
