/**
 * A RepoReader wrapper that watches what the audit does through it: how many files were read (for the
 * progress line) and whether any dot-file was ever listed (Jupyter Server hides them by default).
 */
import type { RepoEntry, RepoReader } from '../../audit/reader';

export class ObservedReader implements RepoReader {
  /** Files read so far. */
  filesRead = 0;
  /** True once a listing showed an entry whose name starts with a dot. */
  sawHiddenEntry = false;

  constructor(private readonly inner: RepoReader) {}

  get root(): string {
    return this.inner.root;
  }

  async list(dir: string): Promise<RepoEntry[]> {
    const entries = await this.inner.list(dir);
    if (!this.sawHiddenEntry && entries.some(e => e.name.startsWith('.'))) {
      this.sawHiddenEntry = true;
    }
    return entries;
  }

  /** Passed through: the walk needs it to cut links above the repo (see listingLoop.ts). */
  async rootEntry(): Promise<{ name: string; stamp?: string } | undefined> {
    return this.inner.rootEntry?.();
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array> {
    const bytes = await this.inner.read(path, maxBytes);
    this.filesRead++;
    return bytes;
  }
}
