/**
 * A file that no editor has open, fixed through the Contents API: read as text with its
 * `last_modified` and a hash, then saved only if the file on disk is still the one that was read.
 */
import type { Contents } from '@jupyterlab/services';

/** The subset of the Contents API used here (a `ContentsManager` has it). */
export type FileContents = Pick<Contents.IManager, 'get' | 'save'>;

export interface ReadSnapshot {
  /** Server path. */
  path: string;
  text: string;
  lastModified: string;
  hash: string;
}

/** Raised when the file changed between the preview and the save: nothing was written. */
export class ChangedOnDiskError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed on disk since it was read; nothing was written. Review the fix again.`);
    this.name = 'ChangedOnDiskError';
  }
}

/** FNV-1a over UTF-16 code units: enough to tell two readings of a file apart, and synchronous. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length}:${h.toString(16)}`;
}

/** The file's raw text (a notebook's JSON as stored, not the server's re-serialisation). */
export async function readSnapshot(contents: FileContents, path: string): Promise<ReadSnapshot> {
  const model = await contents.get(path, { content: true, type: 'file', format: 'text' });
  if (typeof model.content !== 'string') {
    throw new Error(`${path} is not a text file`);
  }
  return { path, text: model.content, lastModified: model.last_modified, hash: textHash(model.content) };
}

/**
 * Write `text` over the file read as `snapshot`, unless it changed since: its `last_modified`
 * moved, or (for writes within the server's clock resolution) its content differs.
 */
export async function saveIfUnchanged(contents: FileContents, snapshot: ReadSnapshot, text: string): Promise<void> {
  const now = await contents.get(snapshot.path, { content: false });
  if (now.last_modified !== snapshot.lastModified) {
    throw new ChangedOnDiskError(snapshot.path);
  }
  const again = await readSnapshot(contents, snapshot.path);
  if (again.hash !== snapshot.hash || again.lastModified !== snapshot.lastModified) {
    throw new ChangedOnDiskError(snapshot.path);
  }
  await contents.save(snapshot.path, { type: 'file', format: 'text', content: text });
}
