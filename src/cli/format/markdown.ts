/**
 * `--format markdown`: a report for a pull-request comment or a file. Every piece of repo-derived text
 * goes through markdownEscape, so file names and messages cannot inject markup.
 */
import { AuditReport, CheckResult, Finding, Status, gradeOf } from '../../audit/report';
import { humanBytes } from './byteSize';
import { furtherLocations, locationOf } from './location';
import { codeSpan, escapeMarkdown, link } from './markdownEscape';

const BADGE: Record<Status, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail', na: '➖ n/a' };
const FURTHER_PLACES = 10;

export function formatMarkdown(report: AuditReport): string {
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
    out.push(`| ${BADGE[check.status]} | ${escapeMarkdown(check.title)} | ${check.weight} | ${escapeMarkdown(check.summary)} |`);
  }
  for (const check of report.checks.filter(c => c.findings.length)) {
    out.push('', ...checkSection(check));
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

function checkSection(check: CheckResult): string[] {
  const lines = [`### ${BADGE[check.status]}: ${escapeMarkdown(check.title)}`, ''];
  lines.push(...check.findings.map(findingItem));
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
  const lines = [`- ${BADGE[finding.status]} ${where ? codeSpan(where) + ' ' : ''}${escapeMarkdown(finding.message)}`];
  const further = furtherLocations(finding.evidence, FURTHER_PLACES);
  if (further.length) {
    lines.push(`  - also: ${further.map((place, i) => (i < FURTHER_PLACES ? codeSpan(place) : escapeMarkdown(place))).join(', ')}`);
  }
  return lines.join('\n');
}
