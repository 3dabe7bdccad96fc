/**
 * Running one check on an in-memory repo, as every check's spec does: through the whole engine
 * (`auditWith`, a CheckResult as the report holds it) or straight over the facts (`runCheck`, which
 * also records every path read, to prove that big files are never opened).
 * Both leave each finding's `code` out: a check's spec compares what the check says; codes are asserted on
 * every finding of a rich audit, and against docs/codes.md, in codes.spec.ts.
 */
import type { Check } from '../check';
import { runAudit } from '../engine';
import { RepoFacts } from '../facts';
import { MemoryRepoReader, MemoryRepoSpec } from '../memoryReader';
import type { RepoReader } from '../reader';
import type { CheckOutcome, CheckResult, Finding } from '../report';
import { walkRepo } from '../walk';

export async function auditWith(check: Check, files: MemoryRepoSpec['files']): Promise<CheckResult> {
  const report = await runAudit(new MemoryRepoReader({ files }), { checks: [check] });
  return withoutCodes(report.checks[0]);
}

/** The same findings without their codes (typed as findings still, for the specs' convenience). */
function withoutCodes<T extends { findings: Finding[] }>(result: T): T {
  return { ...result, findings: result.findings.map(({ code: _code, ...rest }) => rest as Finding) };
}

export async function runCheck(
  check: Check,
  spec: MemoryRepoSpec
): Promise<{ outcome: CheckOutcome; reads: string[]; facts: RepoFacts }> {
  const inner = new MemoryRepoReader(spec);
  const reads: string[] = [];
  const reader: RepoReader = {
    root: inner.root,
    list: dir => inner.list(dir),
    read: (path, max) => {
      reads.push(path);
      return inner.read(path, max);
    }
  };
  const facts = new RepoFacts(reader, await walkRepo(reader));
  return { outcome: withoutCodes(await check.run(facts)), reads, facts };
}
