/**
 * Writing a fixed file only if nobody changed it since it was read: its modification time and the
 * hash of its content are compared just before the write, which goes to a temporary file in the
 * same folder renamed over the original (same permissions), so a crash never leaves half a file.
 */
import { createHash } from 'crypto';
import * as fs from 'fs/promises';
import * as path from 'path';

export interface ReadSnapshot {
  mtimeMs: number;
  hash: string;
  mode: number;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What a file is as read now. */
export async function snapshotOf(file: string, bytes: Uint8Array): Promise<ReadSnapshot> {
  const stats = await fs.stat(file);
  return { mtimeMs: stats.mtimeMs, hash: contentHash(bytes), mode: stats.mode };
}

/** Write `text` over `file` unless it changed since `snapshot`; false when it did. */
export async function writeIfUnchanged(file: string, text: string, snapshot: ReadSnapshot): Promise<boolean> {
  const stats = await fs.stat(file);
  const current = await fs.readFile(file);
  if (stats.mtimeMs !== snapshot.mtimeMs || contentHash(current) !== snapshot.hash) {
    return false;
  }
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.repro-audit-${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, text);
    await fs.chmod(temporary, snapshot.mode & 0o7777);
    await fs.rename(temporary, file);
  } catch (err) {
    await fs.rm(temporary, { force: true });
    throw err;
  }
  return true;
}
