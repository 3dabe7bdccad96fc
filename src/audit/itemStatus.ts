/**
 * One rule between an item's status and its findings' statuses, applied by the engine after every check
 * (so no check can break it), after ignores:
 * 1. Ignored and `info` findings never count.
 * 2. Ignoring findings lowers the item to the worst finding left (a pass when none is left), unless the item
 *    was already worse than every finding for a reason of its own (e.g. "none of 12 packages pinned").
 * 3. No finding is shown worse than its item: a fail under a warn item is shown as a warn.
 * 4. An item worse than all its counted findings gets a leading finding saying why: its summary, at its status,
 *    code `<item>.item-status`.
 * 5. A summary over ignored findings says how many are ignored, so "0 of 1 seeded" under a pass reads right.
 * Items that do not apply (`na`) are left as they are.
 */
import { itemStatusCode } from './codes';
import type { CheckResult, Finding, Status } from './report';

const RANK: Partial<Record<Status, number>> = { pass: 0, warn: 1, fail: 2 };

/** Counted findings: not ignored, and a verdict (pass/warn/fail), not advice. */
function counts(f: Finding): boolean {
  return !f.ignored && RANK[f.status] !== undefined;
}

/** Rank of the worst counted finding; -1 when none counts. */
function worstRank(findings: readonly Finding[]): number {
  return Math.max(-1, ...findings.filter(counts).map(f => RANK[f.status]!));
}

const BY_RANK: Status[] = ['pass', 'warn', 'fail'];

export function settleItemStatus(check: CheckResult): CheckResult {
  const own = RANK[check.status];
  if (own === undefined) {
    return check;
  }
  let status = check.status;
  const ignoredCount = check.findings.filter(f => f.ignored && RANK[f.status] !== undefined).length;
  if (ignoredCount) {
    const before = Math.max(-1, ...check.findings.filter(f => RANK[f.status] !== undefined).map(f => RANK[f.status]!));
    if (own <= before) {
      status = BY_RANK[Math.min(own, Math.max(0, worstRank(check.findings)))];
    }
  }
  const rank = RANK[status]!;
  const findings = check.findings.map(f => (counts(f) && RANK[f.status]! > rank ? { ...f, status } : f));
  if (rank > 0 && rank > worstRank(findings)) {
    const why: Finding = { status, code: itemStatusCode(check.id), message: check.summary };
    findings.unshift(why);
  }
  const summary = ignoredCount
    ? `${check.summary}; ${ignoredCount} finding${ignoredCount === 1 ? '' : 's'} ignored`
    : check.summary;
  return { ...check, status, summary, findings };
}
