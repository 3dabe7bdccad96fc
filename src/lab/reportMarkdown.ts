/**
 * The report as Markdown for "Export report". The CLI's formatter lives under src/cli, outside the lab
 * build's project (tsconfig.json excludes src/cli), so the lab has this small pure one. Repo-derived
 * text is escaped: a file named `<img src=x onerror=...>` renders as those characters, not as HTML.
 */
import { AuditReport, CheckResult, Evidence, Finding, Status, gradeOf } from '../audit/report';
import { cellLineLabel } from '../audit/notebook/cellLabel';

const STATUS_TEXT: Record<Status, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail', na: '➖ n/a', info: 'ℹ️ info' };
const FURTHER_PLACES = 10;

/** Inline text safe in a list item or table cell: no HTML, links, emphasis, code or cell breaks. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[\\`*_[\]|~]/g, c => '\\' + c)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function place(e: Evidence): string {
  if (e.cell !== undefined) {
    return `${e.path} (${cellLineLabel(e.cell, e.line)})`;
  }
  return e.line !== undefined ? `${e.path}:${e.line}` : e.path;
}

function findingLine(f: Finding): string[] {
  const where = f.path ? ` ${escapeInline(place({ path: f.path, line: f.line, cell: f.cell }))}:` : '';
  const ignored = f.ignored ? ` — *ignored: ${escapeInline(f.ignored.reason)}*` : '';
  const lines = [`- ${STATUS_TEXT[f.status]}${where} ${escapeInline(f.message)} \`${f.code}\`${ignored}`];
  const further = (f.evidence ?? []).map(place);
  if (further.length) {
    const shown = further.slice(0, FURTHER_PLACES).map(escapeInline);
    const rest = further.length > FURTHER_PLACES ? `, and ${further.length - FURTHER_PLACES} more` : '';
    lines.push(`  - also: ${shown.join(', ')}${rest}`);
  }
  return lines;
}

function checkSection(c: CheckResult): string[] {
  const out = [`### ${STATUS_TEXT[c.status]}: ${escapeInline(c.title)}`, ''];
  out.push(...c.findings.flatMap(findingLine));
  if (c.why) {
    const sources = c.sources.map(s =>
      s.url && /^https?:\/\//i.test(s.url) ? `[${escapeInline(s.title)}](<${encodeURI(s.url).replace(/[<>]/g, '')}>)` : escapeInline(s.title)
    );
    out.push('', `*Why it matters:* ${escapeInline(c.why)}${sources.length ? ` (${sources.join('; ')})` : ''}`);
  }
  return out;
}

export function reportMarkdown(report: AuditReport, auditedAt?: Date): string {
  const out = [`# Reproducibility audit: ${report.score}/100 (grade ${gradeOf(report.score)})`, ''];
  out.push(
    `Folder ${escapeInline(report.root)}: ${report.stats.files} files audited` +
      (auditedAt ? ` on ${auditedAt.toISOString()}` : '') +
      '.',
    ''
  );
  out.push('| Status | Item | Weight | Summary |', '|:--|:--|--:|:--|');
  for (const c of report.checks) {
    const ignored = c.ignored ? ` *(ignored: ${escapeInline(c.ignored.reason)})*` : '';
    out.push(`| ${STATUS_TEXT[c.status]} | ${escapeInline(c.title)} | ${c.weight} | ${escapeInline(c.summary)}${ignored} |`);
  }
  for (const c of report.checks.filter(c => c.findings.length || c.why)) {
    out.push('', ...checkSection(c));
  }
  if (report.warnings.length) {
    out.push('', `## Problems while reading (${report.warnings.length})`, '', ...report.warnings.flatMap(findingLine));
  }
  if (report.stats.limitsHit.length) {
    out.push('', `> **Limits hit:** ${report.stats.limitsHit.map(escapeInline).join(', ')}. Only part of the folder was audited.`);
  }
  return out.join('\n') + '\n';
}
