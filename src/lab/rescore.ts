/**
 * New weights change the score, not the checks' verdicts: rescoring a report needs no new walk.
 */
import { DEFAULT_WEIGHTS } from '../audit/defaults';
import { AuditReport, CheckId, scoreOf } from '../audit/report';

export function rescoreReport(report: AuditReport, weights: Partial<Record<CheckId, number>>): AuditReport {
  const checks = report.checks.map(check => ({ ...check, weight: weights[check.id] ?? DEFAULT_WEIGHTS[check.id] }));
  return { ...report, checks, score: scoreOf(checks) };
}
