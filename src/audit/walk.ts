/**
 * The walk: every file of the repo that an audit may look at, with ignore rules and a file limit.
 * Problems (an unreadable folder, a symlink loop) become warnings; the walk itself never throws
 * except when cancelled, or when the audited folder itself cannot be listed (RepoRootError): a
 * folder that is not there has no score, it is an error, as the CLI's exit 2 says.
 */
import type { Finding } from './report';
import { compileGlobs } from './glob';
import { ListingLoopDetector } from './listingLoop';
import { RepoEntry, RepoReader, joinPath } from './reader';

/** Folders never worth auditing: VCS data, caches, installed packages. */
export const DEFAULT_IGNORES: readonly string[] = [
  '.git/',
  '.hg/',
  '.svn/',
  'node_modules/',
  '__pycache__/',
  '.ipynb_checkpoints/',
  '.venv/',
  'venv/',
  '.tox/',
  '.nox/',
  '.mypy_cache/',
  '.pytest_cache/',
  '.ruff_cache/',
  'site-packages/',
  '*.egg-info/',
  '.eggs/'
];

/** Version-control folders, which the walk skips but which mark a repository's root. */
export const VCS_FOLDERS: readonly string[] = ['.git', '.hg', '.svn'];

export interface RepoFile {
  path: string;
  /** Bytes, or -1 when the reader did not say. */
  size: number;
}

export interface WalkOptions {
  /** User globs, on top of DEFAULT_IGNORES. */
  ignore?: readonly string[];
  /** Stop listing after this many files; the report says so. */
  maxFiles?: number;
  /** Folders listed at once (matters for readers with network round trips). */
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (filesSeen: number) => void;
}

export interface WalkResult {
  files: RepoFile[];
  /** Every folder reached, root ('') included. */
  dirs: string[];
  warnings: Finding[];
  limitsHit: string[];
  /** Version-control folders (`.git`...) skipped by the ignore rules: they mark where a repository starts. */
  vcsFolders: string[];
}

export const DEFAULT_MAX_FILES = 20000;

/** Deeper than this is a symlink loop a reader could not recognise (no `target`), not a real tree. */
export const MAX_DEPTH = 48;

/** A folder holding pyvenv.cfg is a virtualenv, whatever its name. */
function isVirtualenv(entries: RepoEntry[]): boolean {
  return entries.some(e => e.kind === 'file' && e.name === 'pyvenv.cfg');
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) {
    throw signal.reason instanceof Error ? signal.reason : new Error('Audit cancelled');
  }
}

export async function walkRepo(reader: RepoReader, options: WalkOptions = {}): Promise<WalkResult> {
  const ignored = compileGlobs([...DEFAULT_IGNORES, ...(options.ignore ?? [])]);
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const result: WalkResult = { files: [], dirs: [], warnings: [], limitsHit: [], vcsFolders: [] };
  // Real paths of folders already entered, so a symlink back up the tree is seen once.
  const visitedTargets = new Set<string>(['']);
  const queue: string[] = [''];
  let full = false;
  // Readers that cannot see links (the Contents API) stamp entries instead: loops are found by listing.
  const loops = new ListingLoopDetector(await reader.rootEntry?.().catch(() => undefined));

  const visit = async (dir: string): Promise<void> => {
    let entries: RepoEntry[];
    try {
      entries = await reader.list(dir);
    } catch (err) {
      if (dir === '') {
        throw new RepoRootError(reader.root, errorText(err));
      }
      result.warnings.push({
        status: 'warn',
        code: 'reading.unreadable-folder',
        message: `Folder could not be read, so it was not audited: ${errorText(err)}`,
        path: dir || '.'
      });
      return;
    }
    if (dir && isVirtualenv(entries)) {
      return;
    }
    const loop = loops.cut(dir, entries);
    if (loop) {
      result.warnings.push({ status: 'warn', ...loop, path: dir });
      return;
    }
    result.dirs.push(dir);
    // Sorted so that reports are stable whatever order the reader lists in.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = joinPath(dir, entry.name);
      if (entry.kind === 'directory') {
        if (ignored(path, true)) {
          if (VCS_FOLDERS.includes(entry.name)) {
            result.vcsFolders.push(path);
          }
          continue;
        }
        if (path.split('/').length > MAX_DEPTH) {
          result.warnings.push({
            status: 'warn',
            code: 'reading.too-deep',
            message: `Folder nested more than ${MAX_DEPTH} levels deep (a symbolic link loop?); not followed`,
            path
          });
          continue;
        }
        if (entry.target !== undefined) {
          if (entry.target.startsWith('/') || entry.target === '..' || entry.target.startsWith('../')) {
            result.warnings.push({
              status: 'warn',
              code: 'reading.symlink-outside',
              message: 'Symbolic link to a folder outside the repo; not followed',
              path
            });
            continue;
          }
          if (visitedTargets.has(entry.target)) {
            result.warnings.push({
              status: 'warn',
              code: 'reading.symlink-loop',
              message: entry.symlink
                ? 'Symbolic link to a folder already audited (a loop or a duplicate); not followed'
                : 'Folder reached twice; not audited again',
              path
            });
            continue;
          }
          visitedTargets.add(entry.target);
        }
        queue.push(path);
      } else if (entry.kind === 'file') {
        if (ignored(path, false)) {
          continue;
        }
        if (result.files.length >= maxFiles) {
          full = true;
          return;
        }
        result.files.push({ path, size: entry.size ?? -1 });
      }
    }
    options.onProgress?.(result.files.length);
  };

  const running = new Set<Promise<void>>();
  while ((queue.length || running.size) && !full) {
    throwIfAborted(options.signal);
    while (queue.length && running.size < concurrency && !full) {
      const task = visit(queue.shift()!).finally(() => running.delete(task));
      running.add(task);
    }
    if (running.size) {
      await Promise.race(running);
    }
  }
  await Promise.all(running);
  throwIfAborted(options.signal);
  if (full) {
    result.limitsHit.push('maxFiles');
    result.warnings.push({
      status: 'warn',
      code: 'reading.max-files',
      message: `The repo has more than ${maxFiles} files; only the first ${maxFiles} were audited. Raise the "maxFiles" limit or add ignore globs.`
    });
  }
  result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  result.dirs.sort();
  result.vcsFolders.sort();
  return result;
}

/** The audited folder cannot be listed (missing, not a folder, no permission): there is nothing to score. */
export class RepoRootError extends Error {
  constructor(
    readonly folder: string,
    readonly reason: string
  ) {
    super(`The folder ${folder} cannot be read: ${reason}`);
    this.name = 'RepoRootError';
  }
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
