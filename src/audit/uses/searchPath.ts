/**
 * Folders a notebook or script adds to `sys.path` (`sys.path.insert(0, '..')`, `sys.path.append(
 * os.path.join(os.getcwd(), 'src'))`), resolved against its working directory. Folders outside the
 * repo, or expressions too dynamic to follow, are left out of the folders and counted as unfollowed.
 */
import type { PyAnalysis } from '../python/types';
import { moduleNamesBefore } from './bindings';
import { evaluatePathExpression, resolveAgainst } from './pathExpression';

export interface SysPathAdditions {
  /** Inserted at the front (searched before the working directory), most recent first. */
  front: string[];
  /** Appended (searched after), in order. */
  back: string[];
  /**
   * Additions that could not be placed in the repo: computed at run time, or an absolute path (often
   * the repo itself, cloned elsewhere: `sys.path.append('/content/repo')`).
   */
  unfollowed: number;
}

/** What the search path needs of a file's analysis: its calls, and the assignments names are bound by. */
export type SysPathSource = Pick<PyAnalysis, 'calls' | 'assignments'>;

/** Whether the code changes `sys.path` at all. */
export function changesSysPath(analysis: SysPathSource): boolean {
  return analysis.calls.some(c => c.qualified === 'sys.path.insert' || c.qualified === 'sys.path.append');
}

/** `to` (a repo path) written relative to folder `fromDir`: '../lib/x.py'. */
function relativePath(fromDir: string, to: string): string {
  const from = fromDir ? fromDir.split('/') : [];
  const target = to.split('/');
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) {
    common++;
  }
  return [...from.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}

/**
 * `filePath`: the repo path of the script the code is (so `__file__` means something), when it is one;
 * a notebook has no `__file__`.
 */
export function sysPathAdditions(analysis: SysPathSource, workingDir: string, filePath?: string): SysPathAdditions {
  const front: string[] = [];
  const back: string[] = [];
  let unfollowed = 0;
  const file = filePath === undefined ? undefined : JSON.stringify(relativePath(workingDir, filePath));
  for (const call of analysis.calls) {
    const insert = call.qualified === 'sys.path.insert';
    if (!insert && call.qualified !== 'sys.path.append') {
      continue;
    }
    const arg = insert ? call.positional[1] : call.positional[0];
    const names = moduleNamesBefore(analysis, call.offset);
    const lookup = (name: string): string | undefined => (name === '__file__' ? file : names(name));
    const value = arg === undefined ? undefined : evaluatePathExpression(arg, lookup);
    if (value === undefined) {
      unfollowed++;
      continue;
    }
    const folder = resolveAgainst(workingDir, value);
    if (folder.outside) {
      unfollowed++;
      continue;
    }
    if (insert && call.positional[0] === '0') {
      front.unshift(folder.path);
    } else {
      back.push(folder.path);
    }
  }
  return { front, back, unfollowed };
}
