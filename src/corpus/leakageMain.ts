#!/usr/bin/env node
/**
 * `npm run leakage-real`: check every repository of corpus/leakage/ out at its pinned commit, run the engine's
 * `leakage` item on it, and print per-kind precision and recall against the hand labels of its notebooks, then
 * each disagreement with both sides' evidence; the held-out label files (`"heldOut": true`) are scored and printed
 * apart from the development set.
 *
 *   node lib/node/corpus/leakageMain.js [--repo owner/name]... [--markdown] [--json FILE]
 *
 * Git directories as for `npm run corpus` (gitDir.ts); checkouts go to corpus/checkouts/ (ignored).
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_CHECKS } from '../audit/checks';
import { runAudit } from '../audit/engine';
import { FsRepoReader } from '../cli/fsReader';
import { checkout } from './checkout';
import { gitDirFor } from './gitDir';
import { parseRepoLeakLabels, RepoLeakLabels } from './leakageLabels';
import {
  agrees,
  describeDisagreement,
  describeOutcome,
  engineLeaksOf,
  KindOutcome,
  outcomesOf,
  scoresOf,
  scoreTable
} from './leakageScore';
import { splitByHeldOut } from './labelFile';
import { CorpusOptions, parseCorpusOptions } from './options';

const project = path.resolve(__dirname, '..', '..', '..');
const labelsDir = path.join(project, 'corpus', 'leakage');


function loadLabels(): RepoLeakLabels[] {
  return fs
    .readdirSync(labelsDir)
    .filter(f => f.endsWith('.json'))
    .sort()
    .map(f => parseRepoLeakLabels(fs.readFileSync(path.join(labelsDir, f), 'utf8'), `corpus/leakage/${f}`));
}

async function run(options: CorpusOptions): Promise<number> {
  const all = loadLabels();
  const chosen = options.repos.length ? all.filter(l => options.repos.includes(l.repo)) : all;
  const leakage = ALL_CHECKS.filter(c => c.id === 'leakage');
  const outcomes: KindOutcome[] = [];
  const failures: string[] = [];
  for (const labels of chosen) {
    const target = path.join(project, 'corpus', 'checkouts', labels.repo.replace('/', '__'));
    try {
      await checkout(gitDirFor(project, labels.repo, labels.commit), labels.commit, target);
      const report = await runAudit(new FsRepoReader(target, labels.repo), { checks: leakage });
      const repoOutcomes = outcomesOf(labels, engineLeaksOf(report.checks.find(c => c.id === 'leakage')));
      outcomes.push(...repoOutcomes);
      const agreed = repoOutcomes.filter(agrees).length;
      process.stderr.write(`${labels.repo}@${labels.commit.slice(0, 10)}: ${agreed}/${repoOutcomes.length} labels agree\n`);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      failures.push(`${labels.repo}: ${message}`);
      process.stderr.write(`${labels.repo}: could not be audited: ${message}\n`);
    }
  }
  const sets = splitByHeldOut(outcomes);
  const scores = { development: scoresOf(sets.development), heldOut: scoresOf(sets.heldOut) };
  const out: string[] = [];
  // The held-out set (labelled before the engine ran on it) is the unbiased measure: never mixed with the rest.
  for (const [name, set] of [
    ['development set', sets.development],
    ['held-out set', sets.heldOut]
  ] as const) {
    if (set.length === 0) {
      continue;
    }
    const notebooks = new Set(set.map(o => `${o.repo}\0${o.path}`)).size;
    const repos = new Set(set.map(o => o.repo)).size;
    out.push(
      ...(out.length ? [''] : []),
      `Leakage on real notebooks, ${name}: ${notebooks} notebooks of ${repos} repositories, ` +
        `${set.length} labels (${set.filter(o => o.label.unsure).length} unsure)`,
      '',
      scoreTable(scoresOf(set))
    );
    if (!options.markdown) {
      const disagreements = set.filter(o => !agrees(o));
      out.push('', `Disagreements, ${name} (${disagreements.length}; unsure labels last):`);
      for (const o of [...disagreements.filter(d => !d.label.unsure), ...disagreements.filter(d => d.label.unsure)]) {
        out.push(describeDisagreement(o));
      }
      const elsewhere = set.filter(o => o.label.leak && !o.label.unsure && o.engine.length > 0 && !o.located);
      if (elsewhere.length) {
        out.push('', `Found, but not in a labelled cell, ${name} (${elsewhere.length}):`);
        out.push(...elsewhere.map(o => describeOutcome(o, 'found, in another cell than the label names')));
      }
    }
  }
  if (failures.length) {
    out.push('', `Not audited (${failures.length}):`, ...failures.map(f => `  ${f}`));
  }
  process.stdout.write(out.join('\n') + '\n');
  if (options.json) {
    fs.writeFileSync(options.json, JSON.stringify({ scores, outcomes, failures }, null, 2) + '\n');
  }
  return failures.length ? 2 : 0;
}

if (require.main === module) {
  run(parseCorpusOptions(process.argv.slice(2), { minAgreement: false })).then(
    code => (process.exitCode = code),
    err => {
      process.stderr.write(`leakage-real: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    }
  );
}
