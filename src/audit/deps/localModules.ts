/**
 * Whether an import names the repo's own code, decided by the import resolver that "Open with Its
 * Sources" uses (uses/moduleFinder.ts): the importing file's `sys.path` insertions, its own folder,
 * the root and `src/`, and the resolver's guesses (folders above and beside it). Only a module file
 * or a regular package counts: a bare folder of the same name (notebooks in `numpy/`) is no module,
 * and an installed package would win over it anyway.
 */
import type { PyImport } from '../python/types';
import type { ModuleFinder } from '../uses/moduleFinder';

export type { RepoTree } from '../uses/repoIndex';

/**
 * True when the finder resolves the import to a repo file. A guess is not taken for an import a
 * known distribution provides (`yaml`, `cv2`): a file of that name elsewhere is more likely a helper
 * named after the library than the library itself.
 */
export function isRepoModule(finder: ModuleFinder, imp: Pick<PyImport, 'module' | 'name'>, knownPackage: boolean): boolean {
  const top = imp.module.split('.')[0];
  const candidates = [top, imp.module];
  if (imp.name && imp.name !== '*') {
    candidates.push(`${imp.module}.${imp.name}`);
  }
  return candidates.some(module => {
    const found = finder.find(module);
    return !!found?.path && !(found.guessed && knownPackage);
  });
}
