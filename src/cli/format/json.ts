/**
 * `--format json`: the public contract. The AuditReport as it is, with keys in a fixed order so that
 * the output is byte-for-byte stable whatever order a check builds its objects in.
 */
import type { AuditReport, CheckResult, Evidence, Finding, Ignored } from '../../audit/report';

function evidenceJson(e: Evidence): Evidence {
  return { path: e.path, line: e.line, cell: e.cell };
}

function ignoredJson(i: Ignored | undefined): Ignored | undefined {
  return i && { reason: i.reason, source: i.source };
}

function findingJson(f: Finding): Finding {
  return {
    status: f.status,
    code: f.code,
    kind: f.kind,
    message: f.message,
    path: f.path,
    line: f.line,
    cell: f.cell,
    evidence: f.evidence?.map(evidenceJson),
    fix: f.fix,
    ignored: ignoredJson(f.ignored)
  };
}

function checkJson(c: CheckResult): CheckResult {
  return {
    id: c.id,
    title: c.title,
    status: c.status,
    weight: c.weight,
    summary: c.summary,
    why: c.why,
    sources: c.sources.map(s => ({ title: s.title, url: s.url })),
    findings: c.findings.map(findingJson),
    ignored: ignoredJson(c.ignored)
  };
}

/** The report as JSON text (undefined fields left out), ending with a newline. */
export function formatJson(report: AuditReport): string {
  const ordered: AuditReport = {
    version: report.version,
    root: report.root,
    score: report.score,
    checks: report.checks.map(checkJson),
    stats: {
      files: report.stats.files,
      bytesRead: report.stats.bytesRead,
      ms: report.stats.ms,
      limitsHit: [...report.stats.limitsHit]
    },
    warnings: report.warnings.map(findingJson),
    config: report.config && { path: report.config.path, weights: { ...report.config.weights } }
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
