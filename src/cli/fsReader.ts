/**
 * FsRepoReader: the RepoReader over Node's file system, for the CLI.
 * Paths given to it are repo-relative POSIX paths; nothing outside the repo root is ever listed or read.
 */
import type { Dirent, Stats } from 'fs';
import * as fs from 'fs/promises';
import * as path from 'path';
import type { EntryKind, RepoEntry, RepoReader } from '../audit/reader';

/** Stats that a single folder listing runs at once, so a folder of 50,000 files does not queue 50,000 calls. */
const STATS_AT_ONCE = 64;

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

/** Map in slices of `width`, so at most `width` calls are in flight. */
async function mapInSlices<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) {
    out.push(...(await Promise.all(items.slice(i, i + width).map(fn))));
  }
  return out;
}

export class FsRepoReader implements RepoReader {
  /** The folder, absolute. */
  readonly directory: string;
  private realRoot?: Promise<string>;

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

  private rootRealPath(): Promise<string> {
    this.realRoot ??= fs.realpath(this.directory);
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
  private async realInside(absolute: string, relative: string): Promise<{ real: string; target: string }> {
    let real: string;
    try {
      real = await fs.realpath(absolute);
    } catch (err) {
      throw readError(err);
    }
    const target = relativeTarget(await this.rootRealPath(), real);
    if (isOutside(target)) {
      throw new FsReadError(`Symbolic link leads outside the repo: ${relative}`);
    }
    return { real, target };
  }

  async list(dir: string): Promise<RepoEntry[]> {
    const absolute = this.absolute(dir);
    const realRoot = await this.rootRealPath();
    const { real: realDir } = await this.realInside(absolute, dir || '.');
    let dirents: Dirent[];
    try {
      dirents = await fs.readdir(absolute, { withFileTypes: true });
    } catch (err) {
      throw readError(err);
    }
    return mapInSlices(dirents, STATS_AT_ONCE, async (dirent): Promise<RepoEntry> => {
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
          return { name, kind: 'file', size: (await fs.lstat(child)).size };
        } catch {
          // Gone between the listing and the stat: still a file, size unknown.
          return { name, kind: 'file' };
        }
      }
      return { name, kind: 'other' };
    });
  }

  /** A symbolic link: kind and size of what it points to; a broken link is 'other'. */
  private async linkEntry(name: string, child: string, realRoot: string): Promise<RepoEntry> {
    let stats: Stats;
    try {
      stats = await fs.stat(child);
    } catch {
      return { name, kind: 'other', symlink: true };
    }
    const kind = kindOf(stats);
    if (kind === 'file') {
      return { name, kind, size: stats.size, symlink: true };
    }
    if (kind === 'directory') {
      try {
        return { name, kind, symlink: true, target: relativeTarget(realRoot, await fs.realpath(child)) };
      } catch {
        return { name, kind: 'other', symlink: true };
      }
    }
    return { name, kind, symlink: true };
  }

  async read(relative: string, maxBytes: number): Promise<Uint8Array> {
    const absolute = this.absolute(relative);
    const { real } = await this.realInside(absolute, relative);
    let stats: Stats;
    try {
      stats = await fs.stat(real);
    } catch (err) {
      throw readError(err);
    }
    // Opening a FIFO or a device could block or never end.
    if (!stats.isFile()) {
      throw new FsReadError(stats.isDirectory() ? 'is a folder' : 'not a regular file');
    }
    const limit = Math.max(0, Math.floor(maxBytes));
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(real, 'r');
    } catch (err) {
      throw readError(err);
    }
    try {
      // Sized from the stat, so a 60 MB file costs at most `maxBytes`, and not from Buffer's shared pool,
      // so callers own the whole buffer; read until full or at the end, in case the file shrank since.
      const buffer = Buffer.allocUnsafeSlow(Math.min(limit, stats.size));
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) {
          break;
        }
        filled += bytesRead;
      }
      return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
    } catch (err) {
      throw readError(err);
    } finally {
      await handle.close();
    }
  }
}
