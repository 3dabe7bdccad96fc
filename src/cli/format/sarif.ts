/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, VS Code's SARIF viewer).
 * One rule per checklist item, one result per warn/fail finding. Paths are relative to SRCROOT.
 * A notebook finding's line counts within a cell, not within the .ipynb file, so such results carry
 * the cell in their message and properties, and no region that would point at the wrong line.
 */
import type { AuditReport, CheckResult, Evidence, Finding } from '../../audit/report';
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

function rule(check: CheckResult): Json {
  const sourceLines = check.sources.map(s => (s.url ? `${s.title}: ${s.url}` : s.title));
  const why = check.why || check.title;
  const helpText = [why, ...(sourceLines.length ? ['', 'Sources:', ...sourceLines.map(l => `- ${l}`)] : [])];
  const helpUri = check.sources.find(s => s.url)?.url;
  return {
    id: check.id,
    name: check.title,
    shortDescription: { text: check.title },
    fullDescription: { text: why },
    help: { text: helpText.join('\n') },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: 'warning' },
    properties: { weight: check.weight, status: check.status, tags: ['reproducibility'] }
  };
}

function result(check: CheckResult, ruleIndex: number, finding: Finding): Json {
  const notebookPlace = finding.path && finding.cell !== undefined ? ` [${locationOf(finding)}]` : '';
  const out: Json = {
    ruleId: check.id,
    ruleIndex,
    level: finding.status === 'fail' ? 'error' : 'warning',
    message: { text: finding.message + notebookPlace }
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
  const out: Json = { level: 'warning', message: { text: warning.message } };
  if (warning.path) {
    out.locations = [{ physicalLocation: physicalLocation({ path: warning.path, line: warning.line, cell: warning.cell }) }];
  }
  return out;
}

function resultsOf(check: CheckResult, ruleIndex: number): Json[] {
  const problems = check.findings.filter(f => f.status === 'warn' || f.status === 'fail');
  if (problems.length === 0 && (check.status === 'warn' || check.status === 'fail')) {
    // A failing item must show up even when its check gave no finding to hang it on.
    return [result(check, ruleIndex, { status: check.status, message: check.summary })];
  }
  return problems.map(f => result(check, ruleIndex, f));
}

export function formatSarif(report: AuditReport, options: SarifOptions): string {
  const run: Json = {
    tool: {
      driver: {
        name: 'repro-audit',
        version: options.toolVersion,
        rules: report.checks.map(rule)
      }
    },
    ...(options.rootUri ? { originalUriBaseIds: { SRCROOT: { uri: options.rootUri } } } : {}),
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: report.warnings.map(notification)
      }
    ],
    results: report.checks.flatMap(resultsOf),
    properties: {
      root: report.root,
      score: report.score,
      grade: gradeOf(report.score),
      stats: report.stats
    }
  };
  return JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2) + '\n';
}
