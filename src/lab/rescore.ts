/**
 * New weights change the score, not the checks' verdicts: rescoring a report needs no new walk.
 */
import { DEFAULT_WEIGHTS } from '../audit/defaults';
import { AuditReport, CheckId, scoreOf } from '../audit/report';

/** Weights given (the user's) win over the repo config's, kept in the report, which win over the defaults. */
export function rescoreReport(report: AuditReport, weights: Partial<Record<CheckId, number>>): AuditReport {
  const fromRepo = report.config?.weights ?? {};
  const checks = report.checks.map(check => ({
    ...check,
    weight: weights[check.id] ?? fromRepo[check.id] ?? DEFAULT_WEIGHTS[check.id]
  }));
  return { ...report, checks, score: scoreOf(checks) };
}
