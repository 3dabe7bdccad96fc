/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, VS Code's SARIF viewer).
 * One rule per finding code (docs/codes.md), one result per warn/fail finding (error/warning) and per `info`
 * advice (note); an ignored finding stays, with a SARIF suppression carrying its reason. Paths are relative to SRCROOT.
 * A notebook finding's line counts within a cell, not within the .ipynb file, so such results carry
 * the cell in their message and properties, and no region that would point at the wrong line.
 */
import { FINDING_CODES, ITEM_STATUS_MEANING, itemStatusCode } from '../../audit/codes';
import type { AuditReport, CheckResult, Evidence, Finding, Ignored } from '../../audit/report';
import { gradeOf } from '../../audit/report';
import { locationOf } from './location';

export interface SarifOptions {
  toolVersion: string;
  /** `file://` URI of the repo folder, ending with '/'; left out when unknown. */
  rootUri?: string;
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Related places listed per result; more add size, not insight. */
const MAX_RELATED = 100;

type Json = Record<string, unknown>;

/** A repo-relative path as a relative URI reference: every segment percent-encoded. */
export function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function physicalLocation(e: Evidence): Json {
  const location: Json = { artifactLocation: { uri: relativeUri(e.path), uriBaseId: 'SRCROOT' } };
  if (e.line !== undefined && e.cell === undefined) {
    location.region = { startLine: e.line };
  }
  return location;
}

function cellProperties(e: Partial<Evidence>): Json | undefined {
  if (e.cell === undefined) {
    return undefined;
  }
  // `cell` is the 0-based index, as in the JSON report; `cellLine` the 1-based line within it.
  return e.line !== undefined ? { cell: e.cell, cellLine: e.line } : { cell: e.cell };
}

/** What a code means, from the table of codes. */
function meaningOf(code: string): string {
  return (FINDING_CODES as Record<string, string>)[code] ?? ITEM_STATUS_MEANING;
}

/** A rule per code: its meaning, and the help of the item it belongs to. */
function rule(check: CheckResult, code: string): Json {
  const sourceLines = check.sources.map(s => (s.url ? `${s.title}: ${s.url}` : s.title));
  const why = check.why || check.title;
  const helpText = [why, ...(sourceLines.length ? ['', 'Sources:', ...sourceLines.map(l => `- ${l}`)] : [])];
  const helpUri = check.sources.find(s => s.url)?.url;
  return {
    id: code,
    name: code,
    shortDescription: { text: meaningOf(code) },
    fullDescription: { text: `${check.title}: ${why}` },
    help: { text: helpText.join('\n') },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: 'warning' },
    properties: { item: check.id, weight: check.weight, status: check.status, tags: ['reproducibility'] }
  };
}

/** SARIF's own way to say "shown, not counted": external for the repo's config, inSource for a comment. */
function suppressionOf(ignored: Ignored): Json {
  return { kind: ignored.source === 'inline' ? 'inSource' : 'external', justification: ignored.reason };
}

function result(check: CheckResult, ruleIndex: number, finding: Finding): Json {
  const notebookPlace = finding.path && finding.cell !== undefined ? ` [${locationOf(finding)}]` : '';
  const ignored = finding.ignored ?? check.ignored;
  const out: Json = {
    ruleId: finding.code,
    ruleIndex,
    level: finding.status === 'fail' ? 'error' : finding.status === 'info' ? 'note' : 'warning',
    message: { text: finding.message + notebookPlace },
    ...(ignored ? { suppressions: [suppressionOf(ignored)] } : {})
  };
  if (finding.path) {
    const primary = { path: finding.path, line: finding.line, cell: finding.cell };
    out.locations = [{ physicalLocation: physicalLocation(primary) }];
  }
  const related = (finding.evidence ?? []).slice(0, MAX_RELATED);
  if (related.length) {
    out.relatedLocations = related.map((e, id) => ({
      id,
      physicalLocation: physicalLocation(e),
      message: { text: locationOf(e) },
      ...(e.cell !== undefined ? { properties: cellProperties(e) } : {})
    }));
  }
  const properties = { ...cellProperties(finding), ...(finding.fix ? { fix: finding.fix } : {}) };
  if (Object.keys(properties).length) {
    out.properties = properties;
  }
  return out;
}

/** A problem met while reading the repo: not a finding about it, so a notification, not a result. */
function notification(warning: Finding): Json {
  const ignored = warning.ignored ? ` (ignored: ${warning.ignored.reason})` : '';
  const out: Json = {
    level: warning.ignored ? 'note' : 'warning',
    message: { text: warning.message + ignored },
    descriptor: { id: warning.code }
  };
  if (warning.path) {
    out.locations = [{ physicalLocation: physicalLocation({ path: warning.path, line: warning.line, cell: warning.cell }) }];
  }
  return out;
}

/** The findings a code-scanning tool shows: problems and advice (passes are not results). */
function reported(check: CheckResult): Finding[] {
  const problems = check.findings.filter(f => f.status === 'warn' || f.status === 'fail' || f.status === 'info');
  if (!problems.some(f => f.status !== 'info') && (check.status === 'warn' || check.status === 'fail')) {
    // A failing item must show up even when its check gave no finding to hang it on.
    return [{ status: check.status, code: itemStatusCode(check.id), message: check.summary }, ...problems];
  }
  return problems;
}

export function formatSarif(report: AuditReport, options: SarifOptions): string {
  // One rule per code met, in report order; results point at their rule by index.
  const rules: Json[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Json[] = [];
  for (const check of report.checks) {
    for (const finding of reported(check)) {
      if (!ruleIndex.has(finding.code)) {
        ruleIndex.set(finding.code, rules.length);
        rules.push(rule(check, finding.code));
      }
      results.push(result(check, ruleIndex.get(finding.code)!, finding));
    }
  }
  const run: Json = {
    tool: {
      driver: {
        name: 'repro-audit',
        version: options.toolVersion,
        rules
      }
    },
    ...(options.rootUri ? { originalUriBaseIds: { SRCROOT: { uri: options.rootUri } } } : {}),
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: report.warnings.map(notification)
      }
    ],
    results,
    properties: {
      root: report.root,
      score: report.score,
      grade: gradeOf(report.score),
      stats: report.stats
    }
  };
  return JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2) + '\n';
}
