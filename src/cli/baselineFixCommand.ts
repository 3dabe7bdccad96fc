/**
 * `repro-audit fix baseline [NOTEBOOK...] [--dry-run] [--root DIR]`: insert the baseline cell (src/fix/baselineCell.ts)
 * into each notebook named, or each one whose `leakage.no-baseline` finding offers it; print the changes as a diff
 * (--dry-run) or write them, refusing a file outside the repo root or changed on disk since it was read.
 */
import * as fs from 'fs/promises';
import * as path from 'path';
import { leakageCheck } from '../audit/checks/leakage';
import { RepoFacts } from '../audit/facts';
import { BASELINE_FIX } from '../audit/leakage/baseline';
import { walkRepo } from '../audit/walk';
import { BaselinePlan, planBaselineCell } from '../fix/baselineCell';
import { applyNotebookEdits } from '../fix/notebookJson';
import { seedPlanDiff } from '../fix/preview';
import { UsageError, scanArgv } from './argvScan';
import type { FixIO } from './fixCommand';
import { FsRepoReader, relativeTarget } from './fsReader';
import { snapshotOf, writeIfUnchanged } from './guardedWrite';

export const BASELINE_FIX_USAGE = `Usage: repro-audit fix baseline [NOTEBOOK...] [--dry-run] [--root DIR]

After the cell where a notebook first scores a model, insert a code cell (tagged repro-audit:baseline) that fits
DummyClassifier (most frequent class) or DummyRegressor (mean) on the same training data and scores it the same
way on the same test data, so the model's score has something to beat. Without NOTEBOOK, every notebook whose
leakage.no-baseline finding offers the fix. Running it again updates that cell instead of adding another.

Options:
  --dry-run    print the changes as a unified diff; write nothing
  --root DIR   the repo folder (default: the current folder); nothing outside it is written
  -h, --help   show this help
`;

interface BaselineFixOptions {
  paths: string[];
  dryRun: boolean;
  root: string;
  help: boolean;
}

export function parseBaselineFixArgs(argv: readonly string[]): BaselineFixOptions {
  const options: BaselineFixOptions = { paths: [], dryRun: false, root: '.', help: false };
  for (const token of scanArgv(argv)) {
    if (token.kind === 'word') {
      options.paths.push(token.word);
    } else if (token.flag === '--dry-run') {
      token.noValue();
      options.dryRun = true;
    } else if (token.flag === '--root') {
      options.root = token.value();
    } else if (token.flag === '-h' || token.flag === '--help') {
      options.help = true;
    } else {
      throw new UsageError(`fix baseline: unknown option ${token.flag}`);
    }
  }
  return options;
}

const STATUS_WORDS: Record<Exclude<BaselinePlan['status'], 'changes'>, string> = {
  'up-to-date': 'baseline cell up to date',
  'not-needed': 'scores no model, or already scores a baseline',
  'no-fix': 'no baseline cell can be written',
  unsupported: 'cannot be fixed'
};

async function targetsOf(options: BaselineFixOptions, cwd: string, root: string): Promise<string[]> {
  if (options.paths.length) {
    const realRoot = await fs.realpath(root);
    const found: string[] = [];
    for (const typed of options.paths) {
      const relative = relativeTarget(realRoot, await fs.realpath(path.resolve(cwd, typed)).catch(() => path.resolve(cwd, typed)));
      if (relative === '..' || relative.startsWith('../') || relative.startsWith('/')) {
        throw new UsageError(`outside the repo root: ${typed}`);
      }
      if (!relative.toLowerCase().endsWith('.ipynb')) {
        throw new UsageError(`not a notebook: ${typed}`);
      }
      found.push(relative);
    }
    return [...new Set(found)].sort();
  }
  const reader = new FsRepoReader(root, options.root);
  const outcome = await leakageCheck.run(new RepoFacts(reader, await walkRepo(reader)));
  return [...new Set(outcome.findings.flatMap(f => (f.fix === BASELINE_FIX && f.path ? [f.path] : [])))].sort();
}

/** Run `repro-audit fix baseline ...` (the arguments after `baseline`); resolves to the exit code. Never throws. */
export async function runBaselineFixCommand(argv: string[], io: FixIO): Promise<number> {
  let options: BaselineFixOptions;
  let root: string;
  let targets: string[];
  try {
    options = parseBaselineFixArgs(argv);
    if (options.help) {
      io.stdout.write(BASELINE_FIX_USAGE);
      return 0;
    }
    root = path.resolve(io.cwd, options.root);
    if (!(await fs.stat(root).catch(() => undefined))?.isDirectory()) {
      throw new UsageError(`no such folder: ${options.root}`);
    }
    targets = await targetsOf(options, io.cwd, root);
  } catch (err) {
    const usage = err instanceof UsageError;
    io.stderr.write(`repro-audit: ${err instanceof Error ? err.message : String(err)}\n${usage ? "Run 'repro-audit fix baseline --help' for usage.\n" : ''}`);
    return 2;
  }
  // In a dry run stdout carries only the diff; the account goes to stderr.
  const report = options.dryRun ? io.stderr : io.stdout;
  let failed = 0;
  let changed = 0;
  if (!targets.length) {
    report.write('No notebook scores a model without a baseline: nothing to fix.\n');
  }
  for (const relative of targets) {
    const file = path.join(root, ...relative.split('/'));
    try {
      const bytes = await fs.readFile(file);
      const snapshot = await snapshotOf(file, bytes);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const plan = planBaselineCell({ path: relative, text });
      if (plan.status !== 'changes') {
        report.write(`${relative}: ${STATUS_WORDS[plan.status]}${plan.reason ? ` (${plan.reason})` : ''}\n`);
        continue;
      }
      if (options.dryRun) {
        io.stdout.write(seedPlanDiff(text, plan));
      } else if (!(await writeIfUnchanged(file, applyNotebookEdits(text, plan.edits), snapshot))) {
        io.stderr.write(`${relative}: changed on disk while being fixed; left alone (run the fix again)\n`);
        failed++;
        continue;
      }
      changed++;
      report.write(`${relative}: ${options.dryRun ? 'would change' : 'fixed'}\n${plan.changes.map(c => `  ${c}\n`).join('')}`);
    } catch (err) {
      io.stderr.write(`${relative}: could not be fixed (${err instanceof Error ? err.message : String(err)})\n`);
      failed++;
    }
  }
  if (targets.length) {
    const files = `${targets.length} notebook${targets.length === 1 ? '' : 's'}`;
    report.write(`\n${changed} of ${files} ${options.dryRun ? 'would change' : 'changed'}${failed ? `; ${failed} could not be fixed` : ''}.\n`);
  }
  return failed ? 1 : 0;
}
