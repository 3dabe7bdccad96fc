/**
 * Whether an import names the repo's own code: `foo` is local when `foo.py` (or a `foo/` package)
 * sits beside the importing file, in one of its parent folders, at the root, or in `src/`.
 */
import { dirName, joinPath } from '../reader';

export interface RepoTree {
  has(path: string): boolean;
  readonly dirs: ReadonlySet<string>;
}

function definesModule(tree: RepoTree, dir: string, name: string): boolean {
  const base = joinPath(dir, name);
  return tree.dirs.has(base) || ['.py', '.pyi', '.pyx'].some(ext => tree.has(base + ext));
}

export function isLocalModule(tree: RepoTree, topLevelName: string, importingPath: string): boolean {
  for (let dir = dirName(importingPath); ; dir = dirName(dir)) {
    if (definesModule(tree, dir, topLevelName)) {
      return true;
    }
    if (!dir) {
      break;
    }
  }
  return definesModule(tree, 'src', topLevelName);
}
