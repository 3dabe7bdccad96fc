/**
 * The repo's third-party imports that the given declarations leave out, with the repo's own modules
 * resolved once for every check that compares code with declarations (dependencies, pinned): the
 * import resolver's search (sys.path, sibling folders, the scripts notebooks `%run` first) over the repo
 * plus the modules its notebooks write; the IPython extensions notebooks load (`%load_ext rpy2.ipython`) are
 * imports too. A Sphinx documentation build's files are left out.
 */
import type { RepoFacts } from '../facts';
import { NOTEBOOKS } from '../notebook/facts';
import { PYTHON_UNITS } from '../python/units';
import { modulesWrittenByNotebooks, scriptsRunBy, withWrittenModules } from './notebookModules';
import { ImportingUnit, undeclaredImports, UndeclaredImport } from './undeclaredImports';
import { extensionImports } from '../notebook/extensionImports';

/** Folders a Sphinx documentation build lives in, when they hold its conf.py. */
const DOCS_FOLDER = /^(doc|docs|documentation)$/i;

/**
 * Whether a file belongs to a Sphinx documentation build (`doc/conf.py`, `docs/source/conf.py` and the
 * extensions beside them): its imports (sphinx, docutils, a theme) are the docs tooling's, not the code's.
 */
export function isDocsBuildFile(path: string, repo: { has(path: string): boolean }): boolean {
  const parts = path.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    if (DOCS_FOLDER.test(parts[i])) {
      const folder = parts.slice(0, i + 1).join('/');
      if (repo.has(`${folder}/conf.py`) || repo.has(`${folder}/source/conf.py`)) {
        return true;
      }
    }
  }
  return false;
}

export async function importsNotDeclared(facts: RepoFacts, declared: ReadonlySet<string>): Promise<UndeclaredImport[]> {
  const [units, notebooks] = await Promise.all([facts.get(PYTHON_UNITS), facts.get(NOTEBOOKS)]);
  const runs = new Map(notebooks.map(n => [n.path, scriptsRunBy(n)]));
  const extensions = new Map(notebooks.map(n => [n.path, n.notebook ? extensionImports(n.notebook) : []]));
  const importing = units
    .filter(u => !isDocsBuildFile(u.path, facts))
    .map((u): ImportingUnit => {
      const loaded = extensions.get(u.path) ?? [];
      const withExtensions = loaded.length ? { ...u, analysis: { ...u.analysis, imports: [...u.analysis.imports, ...loaded] } } : u;
      return runs.get(u.path)?.length ? { ...withExtensions, runs: runs.get(u.path) } : withExtensions;
    });
  return undeclaredImports(importing, declared, withWrittenModules(facts, modulesWrittenByNotebooks(notebooks)));
}
