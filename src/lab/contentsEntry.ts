/**
 * Whether a server path exists, found without a request that fails. A GET of a missing file answers 404,
 * which the browser logs as a red console error on every first write (a fix's new file, an export, a first
 * study folder); listing the folders from the root down asks only for what exists.
 */
import type { Contents } from '@jupyterlab/services';

export type ContentsLister = Pick<Contents.IManager, 'get'>;

/** The entry (no content) at `path`, or undefined when it or a folder on the way is not there. */
export async function findEntry(contents: ContentsLister, path: string): Promise<Contents.IModel | undefined> {
  const parts = path.split('/').filter(p => p !== '' && p !== '.');
  if (!parts.length) {
    return contents.get('', { type: 'directory', content: false });
  }
  let folder = '';
  for (const [i, name] of parts.entries()) {
    const listing = await contents.get(folder, { type: 'directory', content: true });
    const entries = Array.isArray(listing.content) ? (listing.content as Contents.IModel[]) : [];
    const entry = entries.find(e => e.name === name);
    if (!entry || i === parts.length - 1) {
      return entry;
    }
    if (entry.type !== 'directory') {
      return undefined;
    }
    folder = entry.path;
  }
  return undefined;
}

/** The entries of a folder, or none when it (or a folder on the way) is not there. */
export async function folderEntries(contents: ContentsLister, path: string): Promise<Contents.IModel[]> {
  const parts = path.split('/').filter(p => p !== '' && p !== '.');
  const folder = parts.length ? await findEntry(contents, path) : undefined;
  if (parts.length && folder?.type !== 'directory') {
    return [];
  }
  const listing = await contents.get(parts.join('/'), { type: 'directory', content: true });
  return Array.isArray(listing.content) ? (listing.content as Contents.IModel[]) : [];
}
