/**
 * FsRepoReader: the RepoReader over Node's file system, for the CLI.
 * Paths given to it are repo-relative POSIX paths; nothing outside the repo root is ever listed or read.
 *
 * It calls the file system synchronously behind its promise-returning methods: a warm page cache
 * answers a stat or a small read in microseconds, while each fs/promises call pays a thread-pool
 * round trip, a promise and (for reads) a FileHandle. On the benchmark repo (10,000 files, 2,300
 * read) the synchronous listing and reading took a third of the time of the promise-based ones.
 */
import * as fs from 'fs';
import type { Dirent, Stats } from 'fs';
import * as path from 'path';
import type { EntryKind, RepoEntry, RepoReader } from '../audit/reader';

/** Node's error codes, said in words, so that reports never carry absolute paths of the auditing machine. */
const ERROR_WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'not a folder',
  EISDIR: 'is a folder',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error'
};

export class FsReadError extends Error {
  constructor(
    message: string,
    readonly code?: string
  ) {
    super(message);
    this.name = 'FsReadError';
  }
}

function readError(err: unknown): FsReadError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code) {
    return new FsReadError(`${ERROR_WORDS[code] ?? 'cannot be read'} (${code})`, code);
  }
  return new FsReadError(err instanceof Error ? err.message : String(err));
}

function kindOf(stats: Stats | Dirent): EntryKind {
  return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
}

/** Where `real` lies relative to the repo root's real path, POSIX-style: '' for the root, '../x' outside. */
export function relativeTarget(realRoot: string, real: string): string {
  const rel = path.relative(realRoot, real);
  if (path.isAbsolute(rel)) {
    // Another drive on Windows: outside whichever way one looks.
    return '/' + rel.split(path.sep).join('/');
  }
  return rel.split(path.sep).join('/');
}

function isOutside(target: string): boolean {
  return target === '..' || target.startsWith('../') || target.startsWith('/');
}

export class FsRepoReader implements RepoReader {
  /** The folder, absolute. */
  readonly directory: string;
  private realRoot?: string;

  /**
   * @param directory the repo folder (resolved against the current directory when relative)
   * @param root what reports call it; the folder as given by default
   */
  constructor(
    directory: string,
    readonly root: string = directory
  ) {
    this.directory = path.resolve(directory);
  }

  private rootRealPath(): string {
    this.realRoot ??= fs.realpathSync.native(this.directory);
    return this.realRoot;
  }

  /** The absolute path of a repo-relative one; rejects anything that would step out of the repo by name. */
  private absolute(relative: string): string {
    if (relative === '' || relative === '.') {
      return this.directory;
    }
    const segments = relative.split('/');
    if (
      relative.startsWith('/') ||
      relative.includes('\\') ||
      relative.includes('\0') ||
      /^[A-Za-z]:/.test(relative) ||
      segments.some(s => s === '..' || s === '.' || s === '')
    ) {
      throw new FsReadError(`Not a path inside the repo: ${JSON.stringify(relative)}`);
    }
    return path.join(this.directory, ...segments);
  }

  /** The real path of `absolute`, refused when links take it out of the repo. */
  private realInside(absolute: string, relative: string): { real: string; target: string } {
    let real: string;
    try {
      real = fs.realpathSync.native(absolute);
    } catch (err) {
      throw readError(err);
    }
    const target = relativeTarget(this.rootRealPath(), real);
    if (isOutside(target)) {
      throw new FsReadError(`Symbolic link leads outside the repo: ${relative}`);
    }
    return { real, target };
  }

  async list(dir: string): Promise<RepoEntry[]> {
    const absolute = this.absolute(dir);
    const realRoot = this.rootRealPath();
    const { real: realDir } = this.realInside(absolute, dir || '.');
    let dirents: Dirent[];
    try {
      dirents = fs.readdirSync(absolute, { withFileTypes: true });
    } catch (err) {
      throw readError(err);
    }
    return dirents.map((dirent): RepoEntry => {
      const name = dirent.name;
      const child = path.join(absolute, name);
      if (dirent.isSymbolicLink()) {
        return this.linkEntry(name, child, realRoot);
      }
      if (dirent.isDirectory()) {
        // A plain folder inside a real folder: its real path needs no system call.
        return { name, kind: 'directory', target: relativeTarget(realRoot, path.join(realDir, name)) };
      }
      if (dirent.isFile()) {
        try {
          return { name, kind: 'file', size: fs.lstatSync(child).size };
        } catch {
          // Gone between the listing and the stat: still a file, size unknown.
          return { name, kind: 'file' };
        }
      }
      return { name, kind: 'other' };
    });
  }

  /** A symbolic link: kind and size of what it points to; a broken link is 'other'. */
  private linkEntry(name: string, child: string, realRoot: string): RepoEntry {
    let stats: Stats;
    try {
      stats = fs.statSync(child);
    } catch {
      return { name, kind: 'other', symlink: true };
    }
    const kind = kindOf(stats);
    if (kind === 'file') {
      return { name, kind, size: stats.size, symlink: true };
    }
    if (kind === 'directory') {
      try {
        return { name, kind, symlink: true, target: relativeTarget(realRoot, fs.realpathSync.native(child)) };
      } catch {
        return { name, kind: 'other', symlink: true };
      }
    }
    return { name, kind, symlink: true };
  }

  async read(relative: string, maxBytes: number): Promise<Uint8Array> {
    const absolute = this.absolute(relative);
    const { real } = this.realInside(absolute, relative);
    let stats: Stats;
    try {
      stats = fs.statSync(real);
    } catch (err) {
      throw readError(err);
    }
    // Opening a FIFO or a device could block or never end.
    if (!stats.isFile()) {
      throw new FsReadError(stats.isDirectory() ? 'is a folder' : 'not a regular file');
    }
    const limit = Math.max(0, Math.floor(maxBytes));
    let fd: number;
    try {
      fd = fs.openSync(real, 'r');
    } catch (err) {
      throw readError(err);
    }
    try {
      // Sized from the stat, so a 60 MB file costs at most `maxBytes`, and not from Buffer's shared pool,
      // so callers own the whole buffer; read until full or at the end, in case the file shrank since.
      const buffer = Buffer.allocUnsafeSlow(Math.min(limit, stats.size));
      let filled = 0;
      while (filled < buffer.length) {
        const bytesRead = fs.readSync(fd, buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) {
          break;
        }
        filled += bytesRead;
      }
      return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
    } catch (err) {
      throw readError(err);
    } finally {
      fs.closeSync(fd);
    }
  }
}
