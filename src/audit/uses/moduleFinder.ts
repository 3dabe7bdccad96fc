/**
 * Finds the repo file a module name stands for, the way Python's path finder would from one
 * importing file: `sys.path` insertions first, then the file's own folder (the working directory of a
 * notebook), appended folders, the repo root and `src/` (an installed package). In each folder a
 * regular package (`pkg/__init__.py`) wins over `pkg.py`; a folder without `__init__.py` is a
 * namespace package, taken only when no folder has anything better.
 *
 * Where none of those folders has the module, a guess (marked `guessed`): research code is often run
 * with more on its path than it says (an IDE's source roots, PYTHONPATH, a notebook server started at
 * the root), so the folders above the importing file, the folders beside it and beside those, and,
 * when the file adds a folder to `sys.path` that cannot be followed, any folder of the repo.
 */
import { isStdlibModule } from '../python/stdlib';
import { dirName, joinPath } from '../reader';
import type { PyAnalysis } from '../python/types';
import type { RepoIndex } from './repoIndex';
import { changesSysPath, sysPathAdditions, SysPathSource } from './searchPath';

/** A repo module run before the file's other imports, with what the analysis found in it. */
export interface StartupModule {
  path: string;
  analysis: SysPathSource;
}

export interface FoundModule {
  /** The module's file: `mod.py` (or Cython's `mod.pyx`), or a package's `__init__.py`. */
  path?: string;
  /** A namespace package: a folder without `__init__.py`. */
  folder?: string;
  /** Found outside the folders Python would search (see the guesses above). */
  guessed?: boolean;
}

/** Leading dots of a relative module ('..utils' -> 2). */
export function relativeLevel(module: string): number {
  return module.length - module.replace(/^\.+/, '').length;
}

/**
 * What each folder holds under each dotted name, per repo. Every file of a repo asks the same few
 * dozen folders (its search path, the guesses) about the same third-party modules (`numpy`,
 * `sklearn.model_selection`): decided once per (folder, module), a lookup is two map reads
 * instead of three path joins and lookups per file. The repo's file list does not change.
 */
const modulesByRepo = new WeakMap<RepoIndex, Map<string, Map<string, FoundModule | undefined>>>();

function moduleAt(repo: RepoIndex, base: string, dotted: string): FoundModule | undefined {
  let byModule = modulesByRepo.get(repo);
  if (!byModule) {
    byModule = new Map();
    modulesByRepo.set(repo, byModule);
  }
  let byFolder = byModule.get(dotted);
  if (!byFolder) {
    byFolder = new Map();
    byModule.set(dotted, byFolder);
  }
  if (byFolder.has(base)) {
    return byFolder.get(base);
  }
  const found = lookUpModule(repo, base, dotted);
  byFolder.set(base, found);
  return found;
}

function lookUpModule(repo: RepoIndex, base: string, dotted: string): FoundModule | undefined {
  const path = dotted ? joinPath(base, dotted.split('.').join('/')) : base;
  const init = joinPath(path, '__init__.py');
  if (repo.isFile(init)) {
    return { path: init };
  }
  // A Cython module (`fast.pyx`, built in place by pyximport or setup.py) is a module too.
  const file = dotted ? [`${path}.py`, `${path}.pyx`].find(f => repo.isFile(f)) : undefined;
  if (file) {
    return { path: file };
  }
  return dotted && repo.isDir(path) ? { folder: path } : undefined;
}

export class ModuleFinder {
  /** Folders searched for absolute imports, in order. */
  readonly searchPath: readonly string[];
  /** The file adds folders to `sys.path` that could not be followed: any folder may be one of them. */
  private readonly anywhere: boolean;
  private guesses?: readonly string[];

  constructor(
    private readonly repo: RepoIndex,
    /** The importing file. */
    readonly fromPath: string,
    analysis?: SysPathSource,
    /**
     * Repo modules the file imports first to set `sys.path` up (`import add_root_path`): their
     * insertions count too, made from the file's working directory, with their own `__file__`.
     */
    startup: readonly StartupModule[] = []
  ) {
    const own = dirName(fromPath);
    const script = fromPath.endsWith('.py') ? fromPath : undefined;
    const added = [
      ...(analysis ? [sysPathAdditions(analysis, own, script)] : []),
      ...startup.map(m => sysPathAdditions(m.analysis, own, m.path))
    ];
    const front = added.flatMap(a => a.front);
    const back = added.flatMap(a => a.back);
    this.searchPath = [...new Set([...front, own, ...back, '', 'src'])].filter(d => d === '' || repo.isDir(d));
    this.anywhere = added.some(a => a.unfollowed > 0);
  }

  /** The module `module` (dotted, relative ones with their dots) names, or undefined when not in the repo. */
  find(module: string): FoundModule | undefined {
    const level = relativeLevel(module);
    const dotted = module.slice(level);
    if (level > 0) {
      let base = dirName(this.fromPath);
      for (let i = 1; i < level; i++) {
        base = dirName(base);
      }
      return this.at(base, dotted);
    }
    let namespace: FoundModule | undefined;
    for (const base of this.searchPath) {
      const found = this.at(base, dotted);
      if (found?.path) {
        return found;
      }
      namespace = namespace ?? found;
    }
    if (namespace || isStdlibModule(dotted.split('.')[0])) {
      return namespace;
    }
    // Guesses take files only (a folder of the same name elsewhere is too weak a sign), never for the standard library.
    for (const base of this.guessFolders()) {
      const found = this.at(base, dotted);
      if (found?.path) {
        return { ...found, guessed: true };
      }
    }
    return undefined;
  }

  /** Folders tried when the search path has nothing: above, beside, then (see `anywhere`) all. */
  private guessFolders(): readonly string[] {
    if (!this.guesses) {
      const above: string[] = [];
      for (let dir = dirName(this.fromPath); dir; ) {
        dir = dirName(dir);
        above.push(dir);
      }
      const beside = [dirName(this.fromPath), ...above].flatMap(dir => this.repo.childFolders(dir));
      const all = this.anywhere ? [...this.repo.folders()] : [];
      const searched = new Set(this.searchPath);
      this.guesses = [...new Set([...above, ...beside, ...all])].filter(d => !searched.has(d));
    }
    return this.guesses;
  }

  /** The module `dotted` under folder `base` ('' for `from . import x`: the package itself). */
  private at(base: string, dotted: string): FoundModule | undefined {
    return moduleAt(this.repo, base, dotted);
  }
}

/**
 * The finder for a file whose `sys.path` set-up may live in a repo module it imports at module level
 * (`import add_root_to_path` before `from models import Net`): such modules that change `sys.path`
 * are followed one step. `analysisOf` gives a repo file's analysis when it is at hand.
 */
export function finderWithStartup(
  repo: RepoIndex,
  fromPath: string,
  analysis: SysPathSource & Pick<PyAnalysis, 'imports'>,
  analysisOf: (path: string) => SysPathSource | undefined,
  /** Repo scripts the notebook runs in its own namespace (`%run setup_paths.py`), which set `__file__` too. */
  runs: readonly string[] = []
): ModuleFinder {
  const plain = new ModuleFinder(repo, fromPath, analysis);
  const candidates = [...runs];
  for (const imp of analysis.imports) {
    const found = imp.scope === undefined ? plain.find(imp.module) : undefined;
    if (found?.path && !found.guessed && found.path !== fromPath) {
      candidates.push(found.path);
    }
  }
  const startup: StartupModule[] = [];
  for (const path of new Set(candidates)) {
    const helper = analysisOf(path);
    if (helper && changesSysPath(helper)) {
      startup.push({ path, analysis: helper });
    }
  }
  return startup.length ? new ModuleFinder(repo, fromPath, analysis, startup) : plain;
}
