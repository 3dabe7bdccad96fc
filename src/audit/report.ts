/**
 * The audit's vocabulary: checks, findings, their evidence and the score.
 * This file is part of the public JSON contract of the CLI (`--format json`).
 */

/** A verdict: for a whole check, or for one finding. `na`: does not apply to this repo. */
export type Status = 'pass' | 'warn' | 'fail' | 'na';

/** The ten checklist items, in the order the report shows them. */
export const CHECK_IDS = [
  'dependencies',
  'pinned',
  'binder',
  'model',
  'docs',
  'hardware',
  'seeds',
  'notebooks',
  'data',
  'tests'
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** Where a finding comes from. `line` is 1-based; `cell` is the 0-based index in the notebook's cell list. */
export interface Evidence {
  path: string;
  line?: number;
  /** For notebooks: 0-based index of the cell, and `line` is then the line within that cell. */
  cell?: number;
}

/** A reference that backs a "why it matters" text. */
export interface Source {
  title: string;
  url?: string;
}

export interface Finding {
  status: Status;
  /** One line, plain text. Repo-derived parts are data: render as text only. */
  message: string;
  /** Primary evidence, flattened for the JSON contract. */
  path?: string;
  line?: number;
  cell?: number;
  /** Further places (e.g. every unpinned package), beyond the primary one. */
  evidence?: Evidence[];
  /** Id of a fix that `src/fix` can apply, when one exists. */
  fix?: string;
}

/** What a check's `run` returns. */
export interface CheckOutcome {
  status: Status;
  /** One line that sums the outcome up ("3 of 5 packages pinned"). */
  summary: string;
  findings: Finding[];
}

export interface CheckResult extends CheckOutcome {
  id: CheckId;
  title: string;
  weight: number;
  /** Why this item matters for reproducibility. */
  why: string;
  sources: Source[];
}

export interface AuditStats {
  /** Files listed by the walk (after ignores), whether read or not. */
  files: number;
  bytesRead: number;
  ms: number;
  /** Which limits were reached: 'maxFiles', 'maxBytesPerFile'. Empty when none. */
  limitsHit: string[];
}

export interface AuditReport {
  version: 1;
  root: string;
  score: number;
  checks: CheckResult[];
  stats: AuditStats;
  /** Problems met while reading the repo (unreadable folder, symlink loop, binary file...). */
  warnings: Finding[];
}

/** Credit an item gives to the score: a warning is half done. */
const CREDIT: Record<Exclude<Status, 'na'>, number> = { pass: 1, warn: 0.5, fail: 0 };

/**
 * The score, 0-100: the weighted share of credit over the applicable items.
 * Items that do not apply (`na`) or weigh 0 leave the denominator; with none left the score is 100.
 */
export function scoreOf(checks: Pick<CheckResult, 'status' | 'weight'>[]): number {
  let total = 0;
  let earned = 0;
  for (const check of checks) {
    if (check.status === 'na' || !(check.weight > 0)) {
      continue;
    }
    total += check.weight;
    earned += check.weight * CREDIT[check.status];
  }
  return total === 0 ? 100 : Math.round((100 * earned) / total);
}

/** The grade shown beside the score. */
export function gradeOf(score: number): 'A' | 'B' | 'C' | 'D' | 'F' {
  if (score >= 90) {
    return 'A';
  }
  if (score >= 75) {
    return 'B';
  }
  if (score >= 60) {
    return 'C';
  }
  if (score >= 40) {
    return 'D';
  }
  return 'F';
}

/** The worst of several statuses (fail > warn > pass > na); `na` when there are none. */
export function worstStatus(statuses: Status[]): Status {
  const order: Status[] = ['fail', 'warn', 'pass'];
  for (const s of order) {
    if (statuses.includes(s)) {
      return s;
    }
  }
  return 'na';
}
