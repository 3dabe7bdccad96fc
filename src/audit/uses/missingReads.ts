/**
 * Files the repo's code reads that the repo does not hold: a reproducibility gap, unless some code of
 * the repo writes (or downloads) that file first. Absolute paths are left to the notebooks check.
 */
import type { PythonUnit } from '../python/units';
import type { FileAccess } from './fileAccess';
import type { UnitAccesses } from './fileAccessFacts';

export interface MissingRead {
  unit: PythonUnit;
  access: FileAccess;
}

/** A dot-segment ('.env', '.data/x') may be hidden from the reader rather than absent. */
function hasHiddenSegment(path: string): boolean {
  return path.split('/').some(part => part.startsWith('.') && part !== '.' && part !== '..');
}

/**
 * `provided` tells paths that something else makes before the read: a download or an unpacked archive
 * (shell steps, dataset downloaders), or a git-ignored output of the code.
 */
export function missingReads(perUnit: readonly UnitAccesses[], provided: (path: string) => boolean = () => false): MissingRead[] {
  const written = new Set(perUnit.flatMap(u => u.accesses.filter(a => a.access === 'write').map(a => a.path)));
  const missing: MissingRead[] = [];
  for (const { unit, accesses } of perUnit) {
    const seen = new Set<string>();
    for (const access of accesses) {
      const absolute = access.outside && !access.path.startsWith('..');
      if (
        access.access !== 'read' ||
        access.exists ||
        absolute ||
        written.has(access.path) ||
        seen.has(access.path) ||
        hasHiddenSegment(access.path) ||
        (!access.outside && provided(access.path))
      ) {
        continue;
      }
      seen.add(access.path);
      missing.push({ unit, access });
    }
  }
  return missing;
}
