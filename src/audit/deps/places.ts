/** repo2docker's places for configuration: the repo root, `binder/` or `.binder/`. */
import { dirName } from '../reader';
import type { DependencyPlace } from './types';

export function placeOf(path: string): DependencyPlace {
  const dir = dirName(path);
  if (dir === '') {
    return 'root';
  }
  if (dir === 'binder' || dir === '.binder') {
    return dir;
  }
  return 'elsewhere';
}

/** Resolve `target` against folder `dir`, folding `.` and `..`; undefined when it leaves the repo. */
export function resolveRelative(dir: string, target: string): string | undefined {
  if (target.startsWith('/')) {
    return undefined;
  }
  const parts = dir ? dir.split('/') : [];
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') {
      continue;
    }
    if (segment === '..') {
      if (!parts.length) {
        return undefined;
      }
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.join('/');
}
