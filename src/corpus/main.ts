#!/usr/bin/env node
/**
 * `npm run corpus`: check every labelled repository out at its pinned commit, audit it with the engine, and print
 * the per-item agreement with the hand labels, the confusion tables and each disagreement. Label files marked
 * `"heldOut": true` (labelled before the engine ever ran on them) are scored and printed apart from the rest.
 *
 *   node lib/node/corpus/main.js [--repo owner/name]... [--markdown] [--json FILE] [--min-agreement PCT]
 *
 * Git directories come from REPRO_AUDIT_CORPUS_MIRRORS (default: ../.mirror beside the project, where `fetch`
 * puts `owner+name/repo`), else a bare clone under corpus/mirrors/. Checkouts go to corpus/checkouts/ (ignored).
 */
import * as fs from 'fs';
import * as path from 'path';
import { runAudit } from '../audit/engine';
import type { AuditReport, CheckId, Status } from '../audit/report';
import { FsRepoReader } from '../cli/fsReader';
import { agreementOf, agreementTable, confusionTables, percent, Verdict, verdictsOf } from './agreement';
import { checkout } from './checkout';
import { gitDirFor } from './gitDir';
import { splitByHeldOut } from './labelFile';
import { parseRepoLabels, RepoLabels } from './labels';
import { CorpusOptions, parseCorpusOptions } from './options';

const project = path.resolve(__dirname, '..', '..', '..');
const corpusDir = path.join(project, 'corpus');


function loadLabels(): RepoLabels[] {
  const dir = path.join(corpusDir, 'labels');
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.json'))
    .sort()
    .map(f => parseRepoLabels(fs.readFileSync(path.join(dir, f), 'utf8'), `corpus/labels/${f}`));
}

function engineStatuses(report: AuditReport): Partial<Record<CheckId, Status>> {
  return Object.fromEntries(report.checks.map(c => [c.id, c.status]));
}

function describe(v: Verdict, labels: RepoLabels, report: AuditReport): string {
  // A verdict exists only where a label does (verdictsOf).
  const label = labels.labels[v.item]!;
  const check = report.checks.find(c => c.id === v.item)!;
  const findings = check.findings
    .slice(0, 3)
    .map(f => `      engine ${f.status}: ${f.message}${f.path ? ` (${f.path}${f.line ? `:${f.line}` : ''})` : ''}`);
  return [
    `  ${v.repo} ${v.item}: label ${v.label}${v.unsure ? ' (unsure)' : ''}, engine ${v.engine} — ${check.summary}`,
    `      label: ${label.why} [${label.evidence.slice(0, 3).join(', ')}]`,
    ...findings
  ].join('\n');
}

async function run(options: CorpusOptions): Promise<number> {
  const all = loadLabels();
  const chosen = options.repos.length ? all.filter(l => options.repos.includes(l.repo)) : all;
  const verdicts: Verdict[] = [];
  const reports = new Map<string, AuditReport>();
  const failures: string[] = [];
  for (const labels of chosen) {
    const target = path.join(corpusDir, 'checkouts', labels.repo.replace('/', '__'));
    try {
      const gitDir = gitDirFor(project, labels.repo, labels.commit);
      await checkout(gitDir, labels.commit, target);
      const report = await runAudit(new FsRepoReader(target, labels.repo));
      reports.set(labels.repo, report);
      const repoVerdicts = verdictsOf(labels, engineStatuses(report));
      verdicts.push(...repoVerdicts);
      const agreed = repoVerdicts.filter(v => v.label === v.engine).length;
      process.stderr.write(`${labels.repo}@${labels.commit.slice(0, 10)}: ${agreed}/${repoVerdicts.length}, score ${report.score}\n`);
    } catch (err) {
      failures.push(`${labels.repo}: ${err instanceof Error ? err.message : String(err)}`);
      process.stderr.write(`${labels.repo}: could not be audited: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  const sets = splitByHeldOut(verdicts);
  const agreements = { development: agreementOf(sets.development), heldOut: agreementOf(sets.heldOut) };
  const out: string[] = [];
  for (const [name, set, agreement] of [
    ['Corpus', sets.development, agreements.development],
    ['Held-out set', sets.heldOut, agreements.heldOut]
  ] as const) {
    if (set.length === 0) {
      continue;
    }
    const repos = new Set(set.map(v => v.repo)).size;
    out.push(...(out.length ? [''] : []));
    out.push(`${name}: ${repos} repositories, ${agreement.total} sure labels; agreement ${percent(agreement.agreed, agreement.total)}`);
    out.push('');
    out.push(agreementTable(agreement));
    if (!options.markdown) {
      out.push('');
      out.push(confusionTables(agreement));
      out.push(`Disagreements (${agreement.disagreements.length}):`);
      for (const v of agreement.disagreements) {
        out.push(describe(v, chosen.find(l => l.repo === v.repo)!, reports.get(v.repo)!));
      }
    }
  }
  if (failures.length) {
    out.push('', `Not audited (${failures.length}):`, ...failures.map(f => `  ${f}`));
  }
  process.stdout.write(out.join('\n') + '\n');
  if (options.json) {
    fs.writeFileSync(options.json, JSON.stringify({ agreement: agreements.development, heldOut: agreements.heldOut, failures }, null, 2) + '\n');
  }
  if (failures.length) {
    return 2;
  }
  // The floor guards the development set, the one the rules answer to; the held-out figure is a measurement.
  const development = agreements.development;
  if (options.minAgreement !== undefined && (100 * development.agreed) / Math.max(1, development.total) < options.minAgreement) {
    return 1;
  }
  return 0;
}

if (require.main === module) {
  run(parseCorpusOptions(process.argv.slice(2), { minAgreement: true })).then(
    code => (process.exitCode = code),
    err => {
      process.stderr.write(`corpus: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    }
  );
}
