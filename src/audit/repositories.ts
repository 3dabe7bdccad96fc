/**
 * A folder of repositories (a server root holding several clones) is not one repo: scored as one,
 * every item fails for want of a README or environment file at its top. Recognised when the
 * audited folder has no repository marker of its own at its top level (a README, a dependency
 * file, `.git`) and at least two of its sub-folders each have one at theirs.
 */
import { recognise } from './deps/recognise';
import { readmePathOf } from './docs/readme';
import { VCS_FOLDERS } from './walk';

/** Whether one of these names, at a folder's top level, makes that folder a repository's root. */
function marksRepository(name: string): boolean {
  return VCS_FOLDERS.includes(name) || readmePathOf([name]) !== undefined || recognise(name) !== undefined;
}

/**
 * The top-level sub-folders that are repositories of their own, sorted; empty unless the audited
 * folder itself is none and at least two are.
 * @param paths repo-relative paths of the walk's files and of the version-control folders it skipped
 */
export function repositoriesIn(paths: Iterable<string>): string[] {
  const marked = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    if (parts.length === 1 && marksRepository(parts[0])) {
      return [];
    }
    if (parts.length === 2 && marksRepository(parts[1])) {
      marked.add(parts[0]);
    }
  }
  return marked.size >= 2 ? [...marked].sort() : [];
}
