/**
 * What a notebook (or script) uses from its repo and beyond: local modules with the lines of the
 * imported names, data files and models read or written (present or missing), and the standard-library
 * and third-party packages it imports. What the side-by-side view lists.
 */
import type { PyAnalysis } from '../python/types';
import type { AnalysisSource } from './definitions';
import { FileAccess, fileAccesses } from './fileAccess';
import { resolveImports, ResolvedImport } from './importResolver';
import { RepoIndex } from './repoIndex';

export interface NotebookUses {
  path: string;
  /** Imports resolved to repo files (or namespace folders), in import order. */
  modules: ResolvedImport[];
  /** Relative or local-looking imports whose file is not in the repo. */
  unresolved: ResolvedImport[];
  /** Top-level names, sorted, once each. */
  stdlib: string[];
  thirdParty: string[];
  data: FileAccess[];
  models: FileAccess[];
}

export interface UsesSite {
  path: string;
  kind: 'notebook' | 'script';
  analysis: PyAnalysis;
  files: readonly string[] | RepoIndex;
  analysisOf?: AnalysisSource;
}

function topNames(imports: ResolvedImport[]): string[] {
  return [...new Set(imports.map(i => i.import.module.split('.')[0]))].sort();
}

/** Each access once: the same file read twice is listed at its first line. */
function firstOfEach(accesses: FileAccess[]): FileAccess[] {
  const seen = new Set<string>();
  return accesses.filter(a => {
    const key = `${a.access}:${a.path}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export async function notebookUses(site: UsesSite): Promise<NotebookUses> {
  const repo = site.files instanceof RepoIndex ? site.files : new RepoIndex(site.files);
  const imports = await resolveImports({ ...site, files: repo });
  const accesses = firstOfEach(fileAccesses(site, repo));
  return {
    path: site.path,
    modules: imports.filter(i => i.kind === 'local'),
    unresolved: imports.filter(i => i.kind === 'unresolved'),
    stdlib: topNames(imports.filter(i => i.kind === 'stdlib')),
    thirdParty: topNames(imports.filter(i => i.kind === 'third-party')),
    data: accesses.filter(a => a.kind === 'data'),
    models: accesses.filter(a => a.kind === 'model')
  };
}
