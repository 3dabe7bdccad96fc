/**
 * How the engine reaches a repository: only through a `RepoReader`, so the same checks run over
 * the JupyterLab Contents API, Node's file system, or an in-memory repo in tests.
 * Paths are POSIX-style and relative to the repo root; the root itself is ''.
 */

export type EntryKind = 'file' | 'directory' | 'other';

export interface RepoEntry {
  /** Base name, no slash. */
  name: string;
  kind: EntryKind;
  /** Size in bytes, for files, when the reader knows it. */
  size?: number;
  /** True when the entry is a symbolic link (kind is what it points to). */
  symlink?: boolean;
  /**
   * What a folder resolves to: its real path relative to the repo root's real path ('' for the root
   * itself; starting with '../' or '/' when outside the repo), so that the walk can recognise a
   * symlink loop and refuse to leave the repo. Readers that cannot know it leave it out.
   */
  target?: string;
  /**
   * What a reader that cannot see links (the Contents API) knows of an entry beyond its name, kind
   * and size: its modification and creation times. A folder listed with the very same names, sizes
   * and stamps as one of its ancestors is that ancestor again, reached through a link.
   */
  stamp?: string;
}

export interface RepoReader {
  /** What the user calls this repo: a folder path or a name. Shown in reports, never resolved. */
  readonly root: string;
  /** The entries of a folder. Rejects when the folder cannot be read. */
  list(dir: string): Promise<RepoEntry[]>;
  /** At most `maxBytes` bytes from the start of a file. Rejects when it cannot be read. */
  read(path: string, maxBytes: number): Promise<Uint8Array>;
  /**
   * The audited folder's own stamp (see RepoEntry.stamp) and name, for readers that stamp entries:
   * a folder that lists the audited folder among its entries lies outside it.
   */
  rootEntry?(): Promise<{ name: string; stamp?: string } | undefined>;
}

/** Join a folder and a name into a repo-relative path. */
export function joinPath(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** The folder part of a repo-relative path ('' for the root). */
export function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** The last segment of a repo-relative path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
