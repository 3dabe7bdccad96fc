/**
 * Symbolic link loops seen by a reader that cannot see links (Jupyter's Contents API follows them
 * and never says an entry is one). What it can see: each entry's name, kind, size and stamp
 * (modification and creation times). A folder listed exactly as one of its ancestors is that
 * ancestor again; a folder that lists the audited folder itself is one of its parents. Either is a
 * loop to cut, not a tree to walk again (a `loop -> ..` was walked 25 times before).
 */
import type { FindingCode } from './codes';
import type { RepoEntry } from './reader';

/** Why a folder is not walked: the reading warning's code and sentence. */
export interface LoopCut {
  code: FindingCode;
  message: string;
}

/** A folder's listing as one string, in name order; undefined when no entry carries a stamp. */
export function listingKey(entries: readonly RepoEntry[]): string | undefined {
  if (!entries.some(e => e.stamp !== undefined)) {
    return undefined;
  }
  return entries
    .map(e => JSON.stringify([e.name, e.kind, e.size ?? null, e.stamp ?? null]))
    .sort()
    .join('\n');
}

/** The proper ancestors of a repo-relative folder, nearest first ('' last). */
function ancestorsOf(dir: string): string[] {
  const out: string[] = [];
  for (let i = dir.lastIndexOf('/'); i >= 0; i = dir.lastIndexOf('/', i - 1)) {
    out.push(dir.slice(0, i));
  }
  out.push('');
  return out;
}

export class ListingLoopDetector {
  private readonly keys = new Map<string, string>();

  /** @param root the audited folder as its parent lists it, when the reader says */
  constructor(private readonly root?: { name: string; stamp?: string }) {}

  /**
   * Why the folder `dir` must not be walked (the reading warning's code and sentence), or undefined.
   * Called once per folder, parents before children, as the walk lists them.
   */
  cut(dir: string, entries: readonly RepoEntry[]): LoopCut | undefined {
    const key = listingKey(entries);
    if (key === undefined) {
      return undefined;
    }
    if (dir !== '') {
      // An empty folder lists nothing worth comparing: two empty folders are not one.
      const repeated = entries.length ? ancestorsOf(dir).find(a => this.keys.get(a) === key) : undefined;
      if (repeated !== undefined) {
        return {
          code: 'reading.symlink-loop',
          message: `Symbolic link loop cut: this folder lists exactly what ${repeated ? repeated : 'the audited folder'} lists (a link back to it); not followed`
        };
      }
      const stamp = this.root?.stamp;
      const holdsRoot = entries.some(
        e => e.kind === 'directory' && stamp !== undefined && e.stamp === stamp && (!this.root!.name || e.name === this.root!.name)
      );
      if (holdsRoot) {
        return {
          code: 'reading.symlink-outside',
          message: 'Symbolic link loop cut: this folder holds the audited folder itself (a link to a folder above the repo); not followed'
        };
      }
    }
    this.keys.set(dir, key);
    return undefined;
  }
}
