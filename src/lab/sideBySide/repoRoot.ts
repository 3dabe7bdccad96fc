/**
 * The repository a notebook belongs to, when JupyterLab serves a folder above it: the highest folder
 * between the repository folder setting (or the server root) and the notebook that holds a file
 * marking a project (what repo2docker builds from, a README, a package definition).
 */
import type { Contents } from '@jupyterlab/services';
import { dirName } from '../../audit/reader';
import { isInside } from '../serverPath';

const MARKERS = new Set([
  'requirements.txt', 'environment.yml', 'environment.yaml', 'setup.py', 'setup.cfg', 'pyproject.toml',
  'Pipfile', 'Project.toml', 'install.R', 'runtime.txt', 'postBuild', 'Dockerfile', 'README.md', 'README.rst',
  'README', 'README.txt', '.git', 'binder', '.binder'
]);

/** The folders from `top` down to `bottom` (both included); `bottom` must lie inside `top`. */
function foldersBetween(top: string, bottom: string): string[] {
  const folders: string[] = [];
  for (let d = bottom; ; d = dirName(d)) {
    folders.unshift(d);
    if (d === top || !d) {
      break;
    }
  }
  return folders;
}

export async function repoRootOf(contents: Pick<Contents.IManager, 'get'>, notebookServerPath: string, repositoryFolder: string): Promise<string> {
  const top = repositoryFolder && isInside(repositoryFolder, notebookServerPath) ? repositoryFolder : '';
  for (const folder of foldersBetween(top, dirName(notebookServerPath))) {
    try {
      const listing = await contents.get(folder, { type: 'directory', content: true });
      const names = ((listing.content ?? []) as Contents.IModel[]).map(item => item.name);
      if (names.some(name => MARKERS.has(name))) {
        return folder;
      }
    } catch {
      // An unreadable folder marks nothing; look further down.
    }
  }
  return top;
}
