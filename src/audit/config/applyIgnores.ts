/**
 * Ignores, from the repo's config (and CLI flags) and from inline comments, applied to a finished audit.
 * Nothing is dropped: an ignored finding or item stays in the report, marked `ignored` with its reason,
 * and only leaves the item's status and the score (itemStatus.ts, scoreOf).
 */
import type { CheckResult, Finding, Ignored } from '../report';
import type { InlineIgnores } from './inlineIgnores';
import { IgnoreRule, ruleMatches } from './repoConfig';

/** The config rule that ignores a whole item: one naming the item's id, with no paths. */
function itemRule(rules: readonly IgnoreRule[], check: CheckResult): IgnoreRule | undefined {
  return rules.find(r => r.target === check.id && !r.paths);
}

async function ignoredBy(
  rules: readonly IgnoreRule[],
  inline: InlineIgnores | undefined,
  checkId: string | undefined,
  finding: Finding
): Promise<Ignored | undefined> {
  const rule = rules.find(r => (r.target !== checkId || r.paths) && ruleMatches(r, checkId, finding));
  if (rule) {
    return { reason: rule.reason, source: 'config' };
  }
  const comment = await inline?.ignoreFor(checkId, finding);
  return comment ? { reason: comment.reason, source: 'inline' } : undefined;
}

async function markFindings(
  findings: readonly Finding[],
  rules: readonly IgnoreRule[],
  inline: InlineIgnores | undefined,
  checkId?: string
): Promise<Finding[]> {
  return Promise.all(
    findings.map(async f => {
      const ignored = f.ignored ?? (await ignoredBy(rules, inline, checkId, f));
      return ignored ? { ...f, ignored } : f;
    })
  );
}

export async function applyIgnoresToCheck(
  check: CheckResult,
  rules: readonly IgnoreRule[],
  inline?: InlineIgnores
): Promise<CheckResult> {
  const whole = itemRule(rules, check);
  const findings = await markFindings(check.findings, rules, inline, check.id);
  return { ...check, findings, ...(whole ? { ignored: { reason: whole.reason, source: 'config' } } : {}) };
}

/** Reading and config warnings can be ignored by code too (never by an item id: they belong to none). */
export function applyIgnoresToWarnings(warnings: readonly Finding[], rules: readonly IgnoreRule[]): Promise<Finding[]> {
  return markFindings(warnings, rules, undefined);
}
