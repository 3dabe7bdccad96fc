/** A repo's file list as a lookup: which paths are files, which are folders (any file's parent). */
import { dirName } from '../reader';

export class RepoIndex {
  private readonly fileSet: ReadonlySet<string>;
  private readonly dirSet: Set<string>;

  constructor(files: Iterable<string>) {
    this.fileSet = new Set(files);
    this.dirSet = new Set(['']);
    for (const file of this.fileSet) {
      for (let d = dirName(file); d && !this.dirSet.has(d); d = dirName(d)) {
        this.dirSet.add(d);
      }
    }
  }

  isFile(path: string): boolean {
    return this.fileSet.has(path);
  }

  isDir(path: string): boolean {
    return this.dirSet.has(path);
  }

  exists(path: string): boolean {
    return this.isFile(path) || this.isDir(path);
  }
}
