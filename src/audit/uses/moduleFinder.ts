/**
 * Finds the repo file a module name stands for, the way Python's path finder would from one
 * importing file: `sys.path` insertions first, then the file's own folder (the working directory of a
 * notebook), appended folders, the repo root and `src/` (an installed package). In each folder a
 * regular package (`pkg/__init__.py`) wins over `pkg.py`; a folder without `__init__.py` is a
 * namespace package, taken only when no folder has anything better.
 */
import { dirName, joinPath } from '../reader';
import type { PyAnalysis } from '../python/types';
import type { RepoIndex } from './repoIndex';
import { sysPathAdditions } from './searchPath';

export interface FoundModule {
  /** The module's file: `mod.py`, or a package's `__init__.py`. */
  path?: string;
  /** A namespace package: a folder without `__init__.py`. */
  folder?: string;
}

/** Leading dots of a relative module ('..utils' -> 2). */
export function relativeLevel(module: string): number {
  return module.length - module.replace(/^\.+/, '').length;
}

export class ModuleFinder {
  /** Folders searched for absolute imports, in order. */
  readonly searchPath: readonly string[];

  constructor(
    private readonly repo: RepoIndex,
    /** The importing file. */
    readonly fromPath: string,
    analysis?: PyAnalysis
  ) {
    const own = dirName(fromPath);
    const added = analysis ? sysPathAdditions(analysis, own) : { front: [], back: [] };
    this.searchPath = [...new Set([...added.front, own, ...added.back, '', 'src'])].filter(d => d === '' || repo.isDir(d));
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
    return namespace;
  }

  /** The module `dotted` under folder `base` ('' for `from . import x`: the package itself). */
  private at(base: string, dotted: string): FoundModule | undefined {
    const path = dotted ? joinPath(base, dotted.split('.').join('/')) : base;
    const init = joinPath(path, '__init__.py');
    if (this.repo.isFile(init)) {
      return { path: init };
    }
    if (dotted && this.repo.isFile(`${path}.py`)) {
      return { path: `${path}.py` };
    }
    return dotted && this.repo.isDir(path) ? { folder: path } : undefined;
  }
}
