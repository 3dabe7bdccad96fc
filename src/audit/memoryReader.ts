/**
 * A repo held in memory: what unit tests audit, and what any caller with file contents at hand
 * (a drag-and-dropped archive, a test fixture) can audit without a file system.
 */
import { RepoEntry, RepoReader, baseName, dirName, joinPath } from './reader';

export interface MemoryRepoSpec {
  /** Files by repo-relative path; text is stored as UTF-8. */
  files: Record<string, string | Uint8Array>;
  /** Folders whose listing fails, as an unreadable folder would. */
  unreadable?: string[];
  /** Symbolic links to folders: link path -> target folder path ('' for the root). */
  links?: Record<string, string>;
  /** Sizes to report instead of the real ones, to stand for huge files without allocating them. */
  sizes?: Record<string, number>;
}

export class MemoryRepoReader implements RepoReader {
  readonly root: string;
  private readonly files = new Map<string, Uint8Array>();
  private readonly dirs = new Set<string>(['']);

  constructor(
    private readonly spec: MemoryRepoSpec,
    root = 'memory'
  ) {
    this.root = root;
    const encoder = new TextEncoder();
    for (const [path, content] of Object.entries(spec.files)) {
      this.files.set(path, typeof content === 'string' ? encoder.encode(content) : content);
      for (let d = dirName(path); d; d = dirName(d)) {
        this.dirs.add(d);
      }
    }
    for (const link of Object.keys(spec.links ?? {})) {
      for (let d = dirName(link); d; d = dirName(d)) {
        this.dirs.add(d);
      }
    }
  }

  /** Where a path lands once links are followed. */
  private resolve(path: string): string {
    for (const [link, target] of Object.entries(this.spec.links ?? {})) {
      if (path === link || path.startsWith(link + '/')) {
        return this.resolve(joinPath(target, path.slice(link.length + 1)).replace(/\/$/, ''));
      }
    }
    return path;
  }

  async list(dir: string): Promise<RepoEntry[]> {
    const real = this.resolve(dir);
    if (this.spec.unreadable?.includes(real)) {
      throw new Error(`Permission denied: ${dir || '.'}`);
    }
    if (!this.dirs.has(real)) {
      throw new Error(`No such folder: ${dir}`);
    }
    const entries = new Map<string, RepoEntry>();
    for (const d of this.dirs) {
      if (d && dirName(d) === real) {
        entries.set(baseName(d), { name: baseName(d), kind: 'directory', target: d });
      }
    }
    for (const [path, bytes] of this.files) {
      if (dirName(path) === real) {
        const size = this.spec.sizes?.[path] ?? bytes.length;
        entries.set(baseName(path), { name: baseName(path), kind: 'file', size });
      }
    }
    for (const [link, target] of Object.entries(this.spec.links ?? {})) {
      if (dirName(link) === real) {
        entries.set(baseName(link), {
          name: baseName(link),
          kind: 'directory',
          symlink: true,
          target: this.resolve(target)
        });
      }
    }
    return [...entries.values()];
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array> {
    const bytes = this.files.get(this.resolve(path));
    if (!bytes) {
      throw new Error(`No such file: ${path}`);
    }
    return bytes.length > maxBytes ? bytes.slice(0, maxBytes) : bytes;
  }
}
