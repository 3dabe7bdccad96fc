/**
 * Which files a fix may write: repo-relative paths from the report, resolved inside the audited
 * folder only. Report paths come from the repo's own listing, but a path that climbs out
 * (`..`), is absolute or empty is refused rather than trusted.
 */
import type { Finding } from '../../audit/report';
import { IMPORTS_FIX, NotebookFixId, PATHS_FIX } from '../../fix';
import { serverPathOf } from '../serverPath';

/** The server path of a repo-relative path inside `folder`, or undefined when it would leave it. */
export function serverPathInside(folder: string, repoPath: string): string | undefined {
  if (!repoPath || repoPath.startsWith('/') || repoPath.includes('\\')) {
    return undefined;
  }
  const segments = repoPath.split('/');
  if (segments.some(s => s === '' || s === '.' || s === '..')) {
    return undefined;
  }
  return serverPathOf(folder, repoPath);
}

/** Files a seed fix can edit: Python scripts and notebooks. */
export function isSeedFixable(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.py') || lower.endsWith('.ipynb');
}

/** The distinct fixable files a check's unresolved seed findings name, in report order (as the CLI picks them). */
export function seedFixPaths(findings: readonly Finding[], fixId: string): string[] {
  const paths: string[] = [];
  for (const finding of findings) {
    const path = finding.path;
    if (finding.fix === fixId && finding.status !== 'pass' && path && isSeedFixable(path) && !paths.includes(path)) {
      paths.push(path);
    }
  }
  return paths;
}

export const NOTEBOOK_FIXES: readonly NotebookFixId[] = [IMPORTS_FIX, PATHS_FIX];

export function isNotebookFix(fix: string | undefined): fix is NotebookFixId {
  return (NOTEBOOK_FIXES as readonly string[]).includes(fix ?? '');
}

/** Each flagged notebook with the fixes its open findings name, in report order; fixes in NOTEBOOK_FIXES order. */
export function notebookFixTargets(findings: readonly Finding[]): Map<string, NotebookFixId[]> {
  const targets = new Map<string, NotebookFixId[]>();
  for (const finding of findings) {
    const path = finding.path;
    if (!isNotebookFix(finding.fix) || finding.status === 'pass' || finding.ignored || !path?.toLowerCase().endsWith('.ipynb')) {
      continue;
    }
    const fixes = targets.get(path) ?? [];
    if (!fixes.includes(finding.fix)) {
      fixes.push(finding.fix);
    }
    targets.set(path, NOTEBOOK_FIXES.filter(f => fixes.includes(f)));
  }
  return targets;
}
