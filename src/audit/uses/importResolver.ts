/**
 * A notebook's or script's imports, each resolved to the repo file it loads (and, for `from m import
 * name`, the line defining the name), or listed as standard library or third party.
 */
import { isStdlibModule } from '../python/stdlib';
import type { PyAnalysis, PyImport } from '../python/types';
import { AnalysisSource, FinderFor, fromImport } from './definitions';
import { finderWithStartup, ModuleFinder, relativeLevel } from './moduleFinder';
import { RepoIndex } from './repoIndex';

export type ImportKind = 'local' | 'stdlib' | 'third-party' | 'unresolved';

export interface ResolvedImport {
  /** The import as analysed (its line is in the analysed source). */
  import: PyImport;
  /** 'unresolved': a relative import, or a local-looking one, whose file is not in the repo. */
  kind: ImportKind;
  /** The repo file opened for it: the module, or the file defining the imported name. */
  path?: string;
  /** A namespace package (folder without `__init__.py`) when there is no file to open. */
  folder?: string;
  /** 1-based line of the imported name's `def`/`class`/assignment in `path`. */
  line?: number;
}

export interface ImportSite {
  /** The repo's files (paths relative to its root), or an index of them. */
  files: readonly string[] | RepoIndex;
  /** The importing notebook or script. */
  path: string;
  analysis: PyAnalysis;
  /** Reads and analyses another repo file, to find definitions; without it no lines are given. */
  analysisOf?: AnalysisSource;
}

function indexOf(files: readonly string[] | RepoIndex): RepoIndex {
  return files instanceof RepoIndex ? files : new RepoIndex(files);
}

/**
 * The site's own finder, with the `sys.path` set-up of the repo modules it imports at module level
 * (read through `analysisOf`), as the dependencies check resolves them.
 */
export async function siteFinder(repo: RepoIndex, site: { path: string; analysis: PyAnalysis }, analysisOf: AnalysisSource): Promise<ModuleFinder> {
  const plain = new ModuleFinder(repo, site.path, site.analysis);
  const analyses = new Map<string, PyAnalysis | undefined>();
  for (const imp of site.analysis.imports) {
    const found = imp.scope === undefined ? plain.find(imp.module) : undefined;
    if (found?.path && !found.guessed && !analyses.has(found.path)) {
      analyses.set(found.path, await analysisOf(found.path));
    }
  }
  return analyses.size ? finderWithStartup(repo, site.path, site.analysis, path => analyses.get(path)) : plain;
}

/** The finder for any file of the repo, made once per file; `first` is the site's own when already made. */
export function finderCache(repo: RepoIndex, site: { path: string; analysis: PyAnalysis }, first?: ModuleFinder): FinderFor {
  const finders = new Map<string, ModuleFinder>([[site.path, first ?? new ModuleFinder(repo, site.path, site.analysis)]]);
  return path => {
    let finder = finders.get(path);
    if (!finder) {
      finder = new ModuleFinder(repo, path);
      finders.set(path, finder);
    }
    return finder;
  };
}

async function resolveOne(imp: PyImport, finderFor: FinderFor, site: ImportSite, analysisOf: AnalysisSource): Promise<ResolvedImport> {
  const finder = finderFor(site.path);
  const local = finder.find(imp.module);
  const top = imp.module.split('.')[0];
  const relative = relativeLevel(imp.module) > 0;
  if (!local || (!local.path && !relative && isStdlibModule(top))) {
    if (relative) {
      return { import: imp, kind: 'unresolved' };
    }
    return { import: imp, kind: isStdlibModule(top) ? 'stdlib' : 'third-party' };
  }
  if (imp.name === undefined || imp.name === '*') {
    return { import: imp, kind: 'local', ...local };
  }
  const definition = await fromImport(finder, imp.module, imp.name, analysisOf, finderFor);
  if (definition) {
    return { import: imp, kind: 'local', path: definition.path, line: definition.line };
  }
  return { import: imp, kind: 'local', ...local };
}

/** Every import of the file, in order. */
export async function resolveImports(site: ImportSite): Promise<ResolvedImport[]> {
  const repo = indexOf(site.files);
  const analysisOf: AnalysisSource = site.analysisOf ?? (async () => undefined);
  const finderFor = finderCache(repo, site, await siteFinder(repo, site, analysisOf));
  const resolved: ResolvedImport[] = [];
  for (const imp of site.analysis.imports) {
    resolved.push(await resolveOne(imp, finderFor, site, analysisOf));
  }
  return resolved;
}
