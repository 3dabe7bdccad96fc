/**
 * Large raw data committed as many small files: a folder of images, annotations or tables in plain git whose files
 * are each under the large-file size but together weigh as much as a large file many times over. Each such folder
 * is named once, at the deepest level that is large by itself (`data/open_images/`, not also `data/`).
 */

/** What a folder of data files must weigh, together, to be large raw data (GitHub warns at 50 MB a file). */
export const LARGE_FOLDER_BYTES = 50 * 1024 * 1024;

export interface LargeDataFolder {
  folder: string;
  bytes: number;
  files: number;
}

/** `files`: the data files to weigh (already not large on their own, and not kept out of plain git). */
export function largeDataFolders(files: ReadonlyArray<{ path: string; size: number }>): LargeDataFolder[] {
  const totals = new Map<string, LargeDataFolder>();
  for (const file of files) {
    const parts = file.path.split('/');
    for (let k = 1; k < parts.length; k++) {
      const folder = parts.slice(0, k).join('/');
      const total = totals.get(folder) ?? { folder, bytes: 0, files: 0 };
      total.bytes += file.size;
      total.files++;
      totals.set(folder, total);
    }
  }
  const large = [...totals.values()].filter(t => t.bytes >= LARGE_FOLDER_BYTES);
  const hasLargeBelow = (folder: string) => large.some(t => t.folder.startsWith(folder + '/'));
  return large.filter(t => !hasLargeBelow(t.folder)).sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
}
