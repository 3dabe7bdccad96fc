/**
 * `--format text`: the report as a person reads it in a terminal. Status is given by a symbol and a
 * word (colour is never the only signal), columns are aligned, findings sit under their item.
 */
import { AuditReport, CheckResult, Finding, Status, gradeOf } from '../../audit/report';
import { humanBytes } from './byteSize';
import { oneLine } from './controlChars';
import { furtherLocations, locationOf } from './location';

export interface TextOptions {
  /** ANSI colours; the caller decides (TTY, --no-color, NO_COLOR). */
  color: boolean;
  /** Findings shown per item before "and N more"; the JSON output has them all. */
  findingsPerCheck?: number;
}

export const DEFAULT_FINDINGS_PER_CHECK = 20;

const LABEL: Record<Status, string> = { pass: '✓ PASS', warn: '! WARN', fail: '✗ FAIL', na: '- N/A ', info: 'i INFO' };
const SYMBOL: Record<Status, string> = { pass: '✓', warn: '!', fail: '✗', na: '-', info: 'i' };

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m'
};
const STATUS_COLOR: Record<Status, string> = {
  pass: ANSI.green,
  warn: ANSI.yellow,
  fail: ANSI.red,
  na: ANSI.dim,
  info: ANSI.dim
};

/** A location column wider than this is not padded further: long paths just push the message right. */
const MAX_LOCATION_COLUMN = 40;
/** Further places listed under a finding before "and N more". */
const FURTHER_PLACES = 5;

export function formatText(report: AuditReport, options: TextOptions): string {
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  const grade = gradeOf(report.score);
  const scoreColor = 'AB'.includes(grade) ? ANSI.green : 'CD'.includes(grade) ? ANSI.yellow : ANSI.red;

  lines.push(`${paint(ANSI.bold, 'Reproducibility audit')} of ${oneLine(report.root)}`);
  lines.push(
    `Score ${paint(ANSI.bold + scoreColor, `${report.score}/100`)}, grade ${paint(ANSI.bold + scoreColor, grade)}` +
      `   (${report.stats.files} files, ${humanBytes(report.stats.bytesRead)} read, ${report.stats.ms} ms)`
  );
  lines.push('');

  const titleWidth = Math.max(4, ...report.checks.map(c => oneLine(c.title).length));
  const weightWidth = Math.max(6, ...report.checks.map(c => String(c.weight).length));
  const header = `  ${'Status'.padEnd(6)}  ${'Item'.padEnd(titleWidth)}  ${'Weight'.padStart(weightWidth)}  Summary`;
  lines.push(paint(ANSI.dim, header));
  for (const check of report.checks) {
    lines.push(checkLine(check, titleWidth, weightWidth, paint));
    const limit = options.findingsPerCheck ?? DEFAULT_FINDINGS_PER_CHECK;
    lines.push(...findingLines(check.findings.slice(0, limit), '      ', paint));
    if (check.findings.length > limit) {
      lines.push(paint(ANSI.dim, `      … and ${check.findings.length - limit} more (all of them in --format json)`));
    }
  }

  if (report.warnings.length) {
    lines.push('');
    lines.push(paint(ANSI.bold, `Warnings (${report.warnings.length})`));
    lines.push(...findingLines(report.warnings, '  ', paint));
  }
  if (report.stats.limitsHit.length) {
    lines.push('');
    lines.push(
      paint(ANSI.yellow, `Limits hit: ${report.stats.limitsHit.join(', ')}`) +
        ' (only part of the repo was audited; see the warnings)'
    );
  }
  return lines.join('\n') + '\n';
}

type Paint = (code: string, text: string) => string;

function checkLine(check: CheckResult, titleWidth: number, weightWidth: number, paint: Paint): string {
  const label = paint(STATUS_COLOR[check.status], LABEL[check.status]);
  const title = oneLine(check.title).padEnd(titleWidth);
  const weight = String(check.weight).padStart(weightWidth);
  const ignored = check.ignored ? paint(ANSI.dim, ` (ignored, out of the score: ${oneLine(check.ignored.reason)})`) : '';
  return `  ${label}  ${title}  ${weight}  ${oneLine(check.summary)}${ignored}`.trimEnd();
}

/** Findings as `! path:line  message`, locations padded to one column, further places below. */
function findingLines(findings: readonly Finding[], indent: string, paint: Paint): string[] {
  const locations = findings.map(f => oneLine(locationOf(f)));
  const width = Math.min(MAX_LOCATION_COLUMN, Math.max(0, ...locations.map(l => l.length)));
  const lines: string[] = [];
  findings.forEach((finding, i) => {
    const symbol = paint(STATUS_COLOR[finding.status], SYMBOL[finding.status]);
    const location = locations[i] ? locations[i].padEnd(width) + '  ' : width ? ' '.repeat(width + 2) : '';
    // The code, then why an ignored finding does not count; both muted, as the panel shows them.
    const code = paint(ANSI.dim, `[${finding.code}]`);
    const ignored = finding.ignored ? paint(ANSI.dim, ` ignored (${finding.ignored.source}): ${oneLine(finding.ignored.reason)}`) : '';
    lines.push(`${indent}${symbol} ${location}${oneLine(finding.message)}  ${code}${ignored}`.trimEnd());
    const further = furtherLocations(finding.evidence, FURTHER_PLACES);
    if (further.length) {
      const under = indent + '  ' + ' '.repeat(width ? width + 2 : 0);
      lines.push(under + paint(ANSI.dim, `also: ${further.map(oneLine).join(', ')}`));
    }
  });
  return lines;
}
