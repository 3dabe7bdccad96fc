/**
 * Where a module defines a name: its `def`/`class` line, a module-level assignment, or an import that
 * re-exports it (`from .features import standardize` in a package's `__init__.py`), followed to its
 * source a few steps deep.
 */
import type { PyAnalysis } from '../python/types';
import type { FoundModule, ModuleFinder } from './moduleFinder';

/** The file and 1-based line a name is defined at; `line` is absent when the name is a whole module. */
export interface Definition {
  path: string;
  line?: number;
}

/** Gets a repo file's analysis (read and parsed by the caller), or undefined when it cannot be read. */
export type AnalysisSource = (path: string) => Promise<PyAnalysis | undefined>;

/** Makes a finder for imports written in another file (a re-export's module is relative to its own file). */
export type FinderFor = (path: string) => ModuleFinder;

/** Re-exports followed at most this deep (a package's `__init__` importing from a submodule, and so on). */
const MAX_HOPS = 4;

/** The line of `name` (dotted for a method: 'Net.forward') defined directly in `analysis`, if any. */
export function localDefinitionLine(analysis: PyAnalysis, name: string): number | undefined {
  const fn = analysis.functions.find(f => f.qualifiedName === name);
  if (fn) {
    return fn.line;
  }
  return analysis.assignments.find(a => a.target === name && a.scope === undefined && a.op === undefined)?.line;
}

/** Where `name` (dotted for members: 'Net.forward') comes from when looked up in the module at `path`. */
export async function findDefinition(
  path: string,
  name: string,
  analysisOf: AnalysisSource,
  finderFor: FinderFor,
  hops = 0
): Promise<Definition | undefined> {
  const analysis = await analysisOf(path);
  if (!analysis) {
    return undefined;
  }
  const line = localDefinitionLine(analysis, name);
  if (line !== undefined) {
    return { path, line };
  }
  const [first, ...rest] = name.split('.');
  if (rest.length) {
    const outer = localDefinitionLine(analysis, first);
    if (outer !== undefined) {
      return { path, line: outer };
    }
  }
  const reexport = analysis.imports.find(i => i.local === first && i.scope === undefined && i.name !== '*');
  if (!reexport || hops >= MAX_HOPS) {
    return undefined;
  }
  const finder = finderFor(path);
  if (reexport.name === undefined) {
    // `import a.b as name`: the name is a module.
    const target = finder.find(reexport.module);
    return target?.path ? memberOf(target, rest, analysisOf, finderFor, hops + 1) : undefined;
  }
  return fromImport(finder, reexport.module, [reexport.name, ...rest].join('.'), analysisOf, finderFor, hops + 1);
}

/** `from module import name`: a definition in the module, or else a submodule named `name`. */
export async function fromImport(
  finder: ModuleFinder,
  module: string,
  name: string,
  analysisOf: AnalysisSource,
  finderFor: FinderFor,
  hops = 0
): Promise<Definition | undefined> {
  const target = finder.find(module);
  const [first, ...rest] = name.split('.');
  if (target?.path) {
    const found = await findDefinition(target.path, name, analysisOf, finderFor, hops);
    if (found) {
      return found;
    }
  }
  const separator = module.endsWith('.') ? '' : '.';
  const submodule = target ? finder.find(`${module}${separator}${first}`) : undefined;
  if (submodule?.path) {
    return memberOf(submodule, rest, analysisOf, finderFor, hops);
  }
  return target?.path ? { path: target.path } : undefined;
}

/** A module itself, or a member of it ('Net.forward' in the module). */
async function memberOf(
  module: FoundModule,
  members: string[],
  analysisOf: AnalysisSource,
  finderFor: FinderFor,
  hops: number
): Promise<Definition | undefined> {
  if (!module.path) {
    return undefined;
  }
  if (!members.length) {
    return { path: module.path };
  }
  return (await findDefinition(module.path, members.join('.'), analysisOf, finderFor, hops)) ?? { path: module.path };
}
