/**
 * Whether a committed file is a Git LFS pointer rather than the content itself. Only files under
 * 1 KB are read (a pointer is about 130 bytes), and straight from the reader, so that a tiny binary
 * model is not reported as "binary where text was expected".
 */
import type { RepoFacts } from '../facts';
import type { RepoFile } from '../walk';
import { isLfsPointer, LFS_POINTER_MAX_BYTES } from './gitattributes';

export async function isLfsPointerFile(facts: RepoFacts, file: RepoFile): Promise<boolean> {
  if (file.size < 0 || file.size >= LFS_POINTER_MAX_BYTES) {
    return false;
  }
  try {
    const bytes = await facts.reader.read(file.path, LFS_POINTER_MAX_BYTES);
    facts.bytesRead += bytes.length;
    return isLfsPointer(new TextDecoder('utf-8').decode(bytes));
  } catch {
    return false;
  }
}
