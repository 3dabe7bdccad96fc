import type { Contents } from '@jupyterlab/services';
import { findEntry, folderEntries } from './contentsEntry';
import { MemoryContents } from './fix/memoryContents';

/** A memory server that records each GET and whether it failed, as the browser's console would. */
function server(files: string[]) {
  const memory = new MemoryContents();
  files.forEach(f => memory.write(f, 'x'));
  const failed: string[] = [];
  const contents = {
    get: async (path: string, options?: Contents.IFetchOptions) => {
      try {
        return await memory.get(path, options);
      } catch (err) {
        failed.push(path);
        throw err;
      }
    }
  };
  return { contents, failed };
}

describe('findEntry: existence without a failing request', () => {
  const files = ['repo/requirements.txt', 'repo/notebooks/train.ipynb'];

  it('finds files and folders through their parents’ listings', async () => {
    const { contents, failed } = server(files);
    expect((await findEntry(contents, 'repo/requirements.txt'))?.type).toBe('file');
    expect((await findEntry(contents, 'repo/notebooks'))?.type).toBe('directory');
    expect(failed).toEqual([]);
  });

  it('says a new file, or one under a missing folder or under a file, is not there, without a 404', async () => {
    const { contents, failed } = server(files);
    expect(await findEntry(contents, 'repo/HARDWARE.md')).toBeUndefined();
    expect(await findEntry(contents, 'repo/binder/requirements.txt')).toBeUndefined();
    expect(await findEntry(contents, 'repo/requirements.txt/x')).toBeUndefined();
    expect(failed).toEqual([]);
  });

  it('lists a folder, or nothing when it is missing', async () => {
    const { contents, failed } = server(files);
    expect((await folderEntries(contents, 'repo')).map(e => e.name).sort()).toEqual(['notebooks', 'requirements.txt']);
    expect(await folderEntries(contents, 'repo/ablations/train')).toEqual([]);
    expect(failed).toEqual([]);
  });
});
