/**
 * Absolute paths in string literals (`/home/ana/data.csv`, `C:\Users\...`, `~/data`): they point
 * into the author's machine and break on anyone else's. URLs and system paths (/dev/null) are fine.
 */
import type { PyAnalysis } from '../python/types';

export interface AbsolutePath {
  value: string;
  line: number;
}

const MACHINE_PATH =
  /^(?:\/(?:home|Users|root|mnt|media|Volumes|scratch|gpfs|lustre|content|kaggle|data|storage|work|projects?|nfs|net|srv)\/|[A-Za-z]:[\\/]|~[\\/]|\\\\[\w.-]+\\)/;

export function isMachinePath(value: string): boolean {
  return MACHINE_PATH.test(value.trim());
}

export function absolutePathsOf(analysis: PyAnalysis): AbsolutePath[] {
  return analysis.strings.filter(s => isMachinePath(s.value)).map(s => ({ value: s.value, line: s.line }));
}
