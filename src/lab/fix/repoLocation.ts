/**
 * What the paths fix knows of the audited repo in JupyterLab (see src/fix/repoPathOfAbsolute.ts):
 * its files, read through the Contents API; its folder name; and, when the server says where its
 * root is on disk, the repo's absolute location there. Best effort: on a failure to list, the fix
 * plans from the folder name alone.
 */
import type { Contents } from '@jupyterlab/services';
import type { RepoLocation } from '../../fix';
import { walkRepo } from '../../audit/walk';
import { ContentsRepoReader } from '../readers/contentsReader';

/** The last name of a path, '' for none. */
function lastName(path: string): string {
  const names = path.split(/[\\/]+/).filter(Boolean);
  return names[names.length - 1] ?? '';
}

/**
 * `serverRoot` is the server's root folder as the page config gives it ('/home/ana/work', 'C:\\work',
 * or '~/work', which names no absolute place): an absolute one gives the repo's own location.
 */
export function repoLocationFrom(folder: string, files: readonly string[], serverRoot: string | undefined): RepoLocation {
  const absoluteRoot = serverRoot && (serverRoot.startsWith('/') || /^[A-Za-z]:[\\/]/.test(serverRoot)) ? serverRoot : undefined;
  const name = lastName(folder) || lastName(serverRoot ?? '') || undefined;
  return {
    ...(name && name !== '~' && { name }),
    files,
    ...(absoluteRoot && { absoluteRoots: [folder ? `${absoluteRoot.replace(/[\\/]+$/, '')}/${folder}` : absoluteRoot] })
  };
}

export async function repoLocationOf(contents: Pick<Contents.IManager, 'get'>, folder: string, serverRoot: string | undefined): Promise<RepoLocation> {
  let files: string[] = [];
  try {
    files = (await walkRepo(new ContentsRepoReader(contents, folder))).files.map(f => f.path);
  } catch (err) {
    console.warn('jupyterlab-repro-audit: the repo could not be listed for the paths fix; using its folder name only', err);
  }
  return repoLocationFrom(folder, files, serverRoot);
}
