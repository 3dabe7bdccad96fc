/**
 * `--format markdown`: a report for a pull-request comment or a file. Every piece of repo-derived text
 * goes through markdownEscape, so file names and messages cannot inject markup.
 */
import { AuditReport, CheckResult, Finding, Status, gradeOf } from '../../audit/report';
import { humanBytes } from './byteSize';
import { furtherLocations, locationOf } from './location';
import { codeSpan, escapeMarkdown, link } from './markdownEscape';

const BADGE: Record<Status, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail', na: '➖ n/a', info: 'ℹ️ info' };
const FURTHER_PLACES = 10;

export interface MarkdownOptions {
  /**
   * Findings listed per item before "and N more": a PR comment has a size limit (65,536 characters
   * on GitHub), and a repo with thousands of findings would pass it.
   */
  findingsPerCheck?: number;
}

export const DEFAULT_FINDINGS_PER_CHECK = 20;

export function formatMarkdown(report: AuditReport, options: MarkdownOptions = {}): string {
  const limit = options.findingsPerCheck ?? DEFAULT_FINDINGS_PER_CHECK;
  const out: string[] = [];
  out.push(`## Reproducibility audit: ${report.score}/100 (grade ${gradeOf(report.score)})`);
  out.push('');
  out.push(
    `Repository ${codeSpan(report.root)}: ${report.stats.files} files audited, ` +
      `${humanBytes(report.stats.bytesRead)} read.`
  );
  out.push('');
  out.push('| Status | Item | Weight | Summary |');
  out.push('|:--|:--|--:|:--|');
  for (const check of report.checks) {
    const summary = escapeMarkdown(check.summary) + (check.ignored ? ` *(ignored: ${escapeMarkdown(check.ignored.reason)})*` : '');
    const cells = [BADGE[check.status], escapeMarkdown(check.title), String(check.weight), summary];
    out.push(`| ${cells.join(' | ')} |`);
  }
  for (const check of report.checks.filter(c => c.findings.length)) {
    out.push('', ...checkSection(check, limit));
  }
  if (report.warnings.length) {
    out.push('', `### Warnings (${report.warnings.length})`, '');
    out.push(...report.warnings.map(findingItem));
  }
  if (report.stats.limitsHit.length) {
    out.push(
      '',
      `> **Limits hit:** ${report.stats.limitsHit.map(escapeMarkdown).join(', ')}. Only part of the repo was audited.`
    );
  }
  return out.join('\n') + '\n';
}

function checkSection(check: CheckResult, limit: number): string[] {
  const lines = [`### ${BADGE[check.status]}: ${escapeMarkdown(check.title)}`, ''];
  lines.push(...check.findings.slice(0, limit).map(findingItem));
  if (check.findings.length > limit) {
    lines.push(`- … and ${check.findings.length - limit} more (all of them in the JSON report)`);
  }
  if (check.why) {
    const sources = check.sources.map(s => link(s.title, s.url));
    lines.push('');
    lines.push(`*Why it matters:* ${escapeMarkdown(check.why)}${sources.length ? ` (${sources.join('; ')})` : ''}`);
  }
  return lines;
}

/** `- ⚠️ warn `path:line` message`, with further places as a nested list. */
function findingItem(finding: Finding): string {
  const where = locationOf(finding);
  const ignored = finding.ignored
    ? ` — *ignored (${finding.ignored.source}): ${escapeMarkdown(finding.ignored.reason)}*`
    : '';
  const message = `${escapeMarkdown(finding.message)} ${codeSpan(finding.code)}${ignored}`;
  // An ignored finding's status is struck through: shown, never counted.
  const badge = finding.ignored ? `~~${BADGE[finding.status]}~~` : BADGE[finding.status];
  const lines = [`- ${badge} ${where ? codeSpan(where) + ' ' : ''}${message}`];
  const further = furtherLocations(finding.evidence, FURTHER_PLACES);
  if (further.length) {
    // The last entry may be "and N more", which is ours and not a place.
    const places = further.map((place, i) => (i < FURTHER_PLACES ? codeSpan(place) : escapeMarkdown(place)));
    lines.push(`  - also: ${places.join(', ')}`);
  }
  return lines.join('\n');
}
