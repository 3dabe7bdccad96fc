/** A repo's file list as a lookup: which paths are files, which are folders (any file's parent). */
import { dirName } from '../reader';

/** A repo already walked: its files by path and its folders ('' the root), as the audit's facts hold them. */
export interface RepoTree {
  has(path: string): boolean;
  readonly dirs: ReadonlySet<string>;
}

export class RepoIndex {
  private readonly hasFile: (path: string) => boolean;
  private readonly dirSet: ReadonlySet<string>;
  private children?: Map<string, string[]>;

  /** From a file list, or over a walked tree (its folders as the walk found them). */
  constructor(files: Iterable<string> | RepoTree) {
    if ('has' in files && 'dirs' in files) {
      const tree = files;
      this.hasFile = path => tree.has(path);
      this.dirSet = tree.dirs.has('') ? tree.dirs : new Set(['', ...tree.dirs]);
      return;
    }
    const fileSet = new Set(files);
    const dirSet = new Set(['']);
    for (const file of fileSet) {
      for (let d = dirName(file); d && !dirSet.has(d); d = dirName(d)) {
        dirSet.add(d);
      }
    }
    this.hasFile = path => fileSet.has(path);
    this.dirSet = dirSet;
  }

  isFile(path: string): boolean {
    return this.hasFile(path);
  }

  isDir(path: string): boolean {
    return this.dirSet.has(path);
  }

  exists(path: string): boolean {
    return this.isFile(path) || this.isDir(path);
  }

  /** Every folder of the repo, the root ('') first. */
  folders(): Iterable<string> {
    return this.dirSet;
  }

  /** The folders directly inside `dir`. */
  childFolders(dir: string): readonly string[] {
    if (!this.children) {
      this.children = new Map();
      for (const d of this.dirSet) {
        if (d) {
          const parent = dirName(d);
          const list = this.children.get(parent) ?? [];
          list.push(d);
          this.children.set(parent, list);
        }
      }
    }
    return this.children.get(dir) ?? [];
  }
}
