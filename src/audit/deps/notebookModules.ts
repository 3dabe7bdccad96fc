/**
 * Python modules that notebooks write themselves: a cell opening with `%%file helpers.py` or
 * `%%writefile -a helpers.py` creates the module in the notebook's folder, and a later cell imports it.
 * Once the notebook has run they are files of the repo like any other, never packages to declare.
 */
import type { NotebookFile } from '../notebook/facts';
import { dirName } from '../reader';
import { resolveAgainst } from '../uses/pathExpression';
import type { RepoTree } from '../uses/repoIndex';

const WRITE_FILE_MAGIC = /^%%(?:file|writefile)\s+(?:(?:-a|--append)\s+)?(["']?)([^"'\s]+\.py)\1\s*$/;

/** Repo paths of the `.py` files the notebooks' `%%file`/`%%writefile` cells write. */
export function modulesWrittenByNotebooks(notebooks: readonly NotebookFile[]): Set<string> {
  const written = new Set<string>();
  for (const file of notebooks) {
    for (const cell of file.notebook?.cells ?? []) {
      const first = cell.cellType === 'code' ? cell.source.split('\n').find(line => line.trim()) : undefined;
      const target = first === undefined ? undefined : WRITE_FILE_MAGIC.exec(first.trim())?.[2];
      const place = target === undefined ? undefined : resolveAgainst(dirName(file.path), target);
      if (place && !place.outside) {
        written.add(place.path);
      }
    }
  }
  return written;
}

/** The repo with the notebooks' written modules added, as import resolution should see it. */
export function withWrittenModules(tree: RepoTree, written: ReadonlySet<string>): RepoTree {
  if (!written.size) {
    return tree;
  }
  const dirs = new Set(tree.dirs);
  for (const path of written) {
    for (let dir = dirName(path); dir && !dirs.has(dir); dir = dirName(dir)) {
      dirs.add(dir);
    }
  }
  return { has: path => tree.has(path) || written.has(path), dirs };
}
