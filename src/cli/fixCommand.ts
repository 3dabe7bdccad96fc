/**
 * `repro-audit fix seeds|leakage|baseline|imports|paths`: plan the fix of each notebook (and, for seeds and leakage, script) asked
 * for, or each one its check flags, then print the changes as a diff (--dry-run) or write them,
 * refusing any file outside the repo root or changed on disk since it was read.
 */
import * as fs from 'fs/promises';
import * as path from 'path';
import { seedsCheck } from '../audit/checks/seeds';
import { RepoFacts } from '../audit/facts';
import { PYTHON_UNITS, PythonUnit } from '../audit/python/units';
import { DEPENDENCY_FILES } from '../audit/deps/facts';
import type { DeclaredPackage } from '../audit/deps/types';
import { walkRepo } from '../audit/walk';
import { SEEDS_FIX } from '../audit/seeds/assess';
import { notebooksCheck } from '../audit/checks/notebooks';
import { leakageCheck } from '../audit/checks/leakage';
import { LEAKAGE_FIX, planLeakageFix } from '../fix/leakageFix';
import { BASELINE_FIX } from '../audit/leakage/baseline';
import { BaselinePlan, planBaselineCell } from '../fix/baselineCell';
import { NotebookFixPlan, RepoLocation, SeedPlan, applySeedPlan, planNotebookFix, planSeedFix, seedPlanDiff } from '../fix';
import { UsageError } from './args';
import { FIX_USAGE, FixOptions, parseFixArgs } from './fixArgs';
import { FsRepoReader, relativeTarget } from './fsReader';
import { ReadSnapshot, snapshotOf, writeIfUnchanged } from './guardedWrite';
import { runEnvironmentFix } from './environmentFix';

export interface FixIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

const FIXABLE = /\.(py|ipynb)$/i;
const NOTEBOOK = /\.ipynb$/i;

/** What a fix plans for one file: a seed plan, or an imports or paths plan. */
type FilePlan = SeedPlan | NotebookFixPlan | BaselinePlan;

function isOutside(relative: string): boolean {
  return relative === '..' || relative.startsWith('../') || relative.startsWith('/');
}

/** The repo root, absolute and real; a usage error when it is not a folder. */
async function rootOf(options: FixOptions, cwd: string): Promise<{ root: string; realRoot: string }> {
  const root = path.resolve(cwd, options.root);
  try {
    if (!(await fs.stat(root)).isDirectory()) {
      throw new UsageError(`not a folder: ${options.root}`);
    }
    return { root, realRoot: await fs.realpath(root) };
  } catch (err) {
    throw err instanceof UsageError ? err : new UsageError(`no such folder: ${options.root}`);
  }
}

/** Repo-relative paths of the files to fix: those named (folders expanded), or every flagged one. */
async function targetsOf(options: FixOptions, cwd: string, realRoot: string, facts: RepoFacts): Promise<string[]> {
  const found = new Set<string>();
  const what = options.what;
  // Seeds and leakage are fixed in scripts too; imports and paths only in notebooks.
  const scriptsToo = what === 'seeds' || what === 'leakage';
  const fixable = scriptsToo ? FIXABLE : NOTEBOOK;
  if (!options.paths.length) {
    const outcome = await (what === 'seeds' ? seedsCheck : what === 'leakage' || what === 'baseline' ? leakageCheck : notebooksCheck).run(facts);
    const fixId = what === 'seeds' ? SEEDS_FIX : what === 'leakage' ? LEAKAGE_FIX : what === 'baseline' ? BASELINE_FIX : what;
    for (const finding of outcome.findings) {
      if (finding.fix === fixId && finding.status !== 'pass' && finding.path && fixable.test(finding.path)) {
        found.add(finding.path);
      }
    }
    return [...found].sort();
  }
  for (const typed of options.paths) {
    let real: string;
    try {
      real = await fs.realpath(path.resolve(cwd, typed));
    } catch {
      throw new UsageError(`no such file or folder: ${typed}`);
    }
    const relative = relativeTarget(realRoot, real);
    if (isOutside(relative)) {
      throw new UsageError(`${typed} is outside the repo root; pass --root to fix files elsewhere`);
    }
    if ((await fs.stat(real)).isDirectory()) {
      const prefix = relative ? relative + '/' : '';
      for (const file of facts.files) {
        if (file.path.startsWith(prefix) && fixable.test(file.path)) {
          found.add(file.path);
        }
      }
    } else if (fixable.test(real)) {
      found.add(relative);
    } else {
      throw new UsageError(scriptsToo ? `not a notebook or Python script: ${typed}` : `not a notebook: ${typed}`);
    }
  }
  return [...found].sort();
}

/** UTF-8 text, a byte-order mark kept so that writing it back loses nothing. */
function decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const STATUS_WORDS: Record<Exclude<FilePlan['status'], 'changes'>, string> = {
  'nothing-to-fix': 'nothing to fix',
  'up-to-date': 'seed code up to date',
  'already-seeded': 'already seeds what it uses',
  'nothing-to-seed': 'draws no random numbers',
  unsupported: 'cannot be fixed',
  'not-needed': 'scores no model, or already scores a baseline',
  'no-fix': 'no baseline cell can be written'
};

/** A plan's status in words; only the seed fix writes seed code, so "up to date" is the others' nothing to fix. */
function statusWords(what: FixOptions['what'], status: Exclude<FilePlan['status'], 'changes'>): string {
  if (status === 'up-to-date' && what !== 'seeds') {
    return what === 'baseline' ? 'baseline cell up to date' : STATUS_WORDS['nothing-to-fix'];
  }
  return STATUS_WORDS[status];
}

/** Run `repro-audit fix ...` (the arguments after `fix`); resolves to the exit code. Never throws. */
export async function runFixCommand(argv: string[], io: FixIO): Promise<number> {
  let options: FixOptions;
  let targets: string[];
  let root: string;
  let units: PythonUnit[];
  let declared: DeclaredPackage[];
  let repo: RepoLocation;
  try {
    options = parseFixArgs(argv);
    if (options.help) {
      io.stdout.write(FIX_USAGE);
      return 0;
    }
    const where = await rootOf(options, io.cwd);
    root = where.root;
    if (options.what === 'hardware' || options.what === 'pins') {
      return await runEnvironmentFix(options, root, io);
    }
    const reader = new FsRepoReader(root, options.root);
    const facts = new RepoFacts(reader, await walkRepo(reader));
    units = await facts.get(PYTHON_UNITS);
    declared = (await facts.get(DEPENDENCY_FILES)).flatMap(f => f.packages);
    targets = await targetsOf(options, io.cwd, where.realRoot, facts);
    // The paths fix knows the repo by its place here, its folder name and its files (repoPathOfAbsolute.ts).
    repo = { name: path.basename(where.realRoot), files: facts.files.map(f => f.path), absoluteRoots: [root, where.realRoot] };
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`repro-audit: ${err.message}\nRun 'repro-audit fix --help' for usage.\n`);
    } else {
      io.stderr.write(`repro-audit: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    return 2;
  }

  // In a dry run stdout carries only the diff; the account goes to stderr.
  const report = options.dryRun ? io.stderr : io.stdout;
  const notes = new Set<string>();
  let failed = 0;
  let changed = 0;
  if (!targets.length) {
    const none = options.paths.length
      ? 'No notebooks or scripts to fix.'
      : options.what === 'seeds'
        ? 'The seeds check flags no notebook or script: nothing to fix.'
        : options.what === 'leakage'
          ? 'The leakage check flags no leak this fix rewrites: nothing to fix.'
          : options.what === 'baseline'
            ? 'No notebook scores a model without a baseline: nothing to fix.'
        : `The notebooks check flags no notebook for the ${options.what} fix: nothing to fix.`;
    report.write(none + '\n');
  }
  for (const relative of targets) {
    const file = path.join(root, ...relative.split('/'));
    let bytes: Uint8Array;
    let snapshot: ReadSnapshot;
    try {
      bytes = await fs.readFile(file);
      snapshot = await snapshotOf(file, bytes);
    } catch (err) {
      io.stderr.write(`${relative}: cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})\n`);
      failed++;
      continue;
    }
    const text = decode(bytes);
    if (text === undefined) {
      io.stderr.write(`${relative}: not UTF-8 text; left alone\n`);
      failed++;
      continue;
    }
    let plan: FilePlan;
    let fixed: string;
    try {
      plan =
        options.what === 'seeds'
          ? planSeedFix({ path: relative, text }, { seed: options.seed, repoUnits: units, declared })
          : options.what === 'leakage'
            ? planLeakageFix({ path: relative, text })
            : options.what === 'baseline'
              ? planBaselineCell({ path: relative, text })
          : planNotebookFix({ path: relative, text }, options.what, repo);
      fixed = plan.status === 'changes' ? applySeedPlan(text, plan) : text;
    } catch (err) {
      io.stderr.write(`${relative}: could not be fixed (${err instanceof Error ? err.message : String(err)})\n`);
      failed++;
      continue;
    }
    if (plan.status !== 'changes') {
      report.write(`${relative}: ${statusWords(options.what, plan.status)}${plan.reason ? ` (${plan.reason})` : ''}\n`);
      plan.notes.forEach(n => notes.add(n));
      continue;
    }
    if (options.dryRun) {
      io.stdout.write(seedPlanDiff(text, plan));
    } else {
      let written: boolean;
      try {
        written = await writeIfUnchanged(file, fixed, snapshot);
      } catch (err) {
        io.stderr.write(`${relative}: could not be written (${(err as NodeJS.ErrnoException).code ?? String(err)})\n`);
        failed++;
        continue;
      }
      if (!written) {
        io.stderr.write(`${relative}: changed on disk while being fixed; left alone (run the fix again)\n`);
        failed++;
        continue;
      }
    }
    changed++;
    report.write(`${relative}: ${options.dryRun ? 'would change' : 'fixed'}\n${plan.changes.map(c => `  ${c}\n`).join('')}`);
    plan.notes.forEach(n => notes.add(n));
  }
  if (notes.size) {
    report.write(`\nNotes:\n${[...notes].map(n => `- ${n}\n`).join('')}`);
  }
  if (targets.length) {
    const verb = options.dryRun ? 'would change' : 'changed';
    const files = `${targets.length} file${targets.length === 1 ? '' : 's'}`;
    report.write(`\n${changed} of ${files} ${verb}${failed ? `; ${failed} could not be fixed` : ''}.\n`);
  }
  return failed ? 1 : 0;
}
