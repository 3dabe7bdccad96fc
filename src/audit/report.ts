/**
 * The audit's vocabulary: checks, findings, their evidence and the score.
 * This file is part of the public JSON contract of the CLI (`--format json`).
 */
import type { FindingCode } from './codes';

/**
 * A verdict: for a whole check, or for one finding. `na`: does not apply to this repo.
 * `info`: advice on a finding that never lowers its item or the score (items are never `info`).
 */
export type Status = 'pass' | 'warn' | 'fail' | 'na' | 'info';

/** The eleven checklist items, in the order the report shows them. */
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
  'tests',
  'leakage'
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * The three kinds of data leakage the `leakage` item tells apart: a transformation fit on rows that reach the
 * test set (`preprocessing`), the same rows in training and test data (`overlap`), the test set used to choose
 * or fit a model (`multi-test`).
 */
export const LEAKAGE_KINDS = ['preprocessing', 'overlap', 'multi-test'] as const;
export type LeakageKind = (typeof LEAKAGE_KINDS)[number];

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

/** Why a finding or an item does not count: a reason written in the repo's config or in an inline comment. */
export interface Ignored {
  reason: string;
  /** `config`: the repo's config file (or a CLI flag); `inline`: a `# repro-audit: ignore[...]` comment. */
  source: 'config' | 'inline';
}

export interface Finding {
  status: Status;
  /**
   * Stable identifier of what was found, `<item>.<kebab-name>` (`seeds.unseeded-before-use`); reading and
   * configuration problems are `reading.*` and `config.*`. Listed in docs/codes.md; used by ignores and SARIF.
   */
  code: FindingCode;
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
  /** On `leakage` findings: which kind of leak (see LeakageKind). */
  kind?: LeakageKind;
  /** Present when the repo's config or an inline comment ignores this finding: shown, not counted. */
  ignored?: Ignored;
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
  /** Present when the repo's config ignores the whole item: shown with its reason, out of the score. */
  ignored?: Ignored;
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
  /** Problems met while reading the repo (unreadable folder, symlink loop, binary file...) or its config. */
  warnings: Finding[];
  /** The repo's config file, when one was read: where it is and the weights it set (a rescore keeps them). */
  config?: ReportConfig;
  /** Top-level sub-folders that are repositories of their own, when the audited folder is a folder of repos. */
  repositories?: string[];
}

export interface ReportConfig {
  /** `.repro-audit.toml`, `repro-audit.toml` or `pyproject.toml`. */
  path: string;
  weights: Partial<Record<CheckId, number>>;
}

/** Credit an item gives to the score: a warning is half done. */
const CREDIT: Record<Exclude<Status, 'na'>, number> = { pass: 1, info: 1, warn: 0.5, fail: 0 };

/**
 * The score, 0-100: the weighted share of credit over the applicable items.
 * Items that do not apply (`na`), weigh 0 or are ignored by the repo's config leave the denominator;
 * with none left the score is 100.
 */
export function scoreOf(checks: Pick<CheckResult, 'status' | 'weight' | 'ignored'>[]): number {
  let total = 0;
  let earned = 0;
  for (const check of checks) {
    if (check.status === 'na' || !(check.weight > 0) || check.ignored) {
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

/**
 * The worst of several statuses (fail > warn > pass > na); `na` when there are none.
 * `info` is advice: it counts as a pass, never lower.
 */
export function worstStatus(statuses: Status[]): Status {
  const order: Status[] = ['fail', 'warn', 'pass'];
  for (const s of order) {
    if (statuses.includes(s)) {
      return s;
    }
  }
  return statuses.includes('info') ? 'pass' : 'na';
}
