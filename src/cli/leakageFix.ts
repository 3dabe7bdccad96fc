/**
 * `repro-audit fix leakage [PATH...] [--dry-run]`: plan the preprocessing-leakage fix of each notebook and script
 * asked for (or each one the leakage check flags with a fix), then print it as a diff or write it, refusing
 * files outside the repo root or changed on disk since they were read.
 */
import * as fs from 'fs/promises';
import * as path from 'path';
import { leakageCheck } from '../audit/checks/leakage';
import { RepoFacts } from '../audit/facts';
import { walkRepo } from '../audit/walk';
import { applySeedPlan, seedPlanDiff } from '../fix';
import { LEAKAGE_FIX, planLeakageFix } from '../fix/leakageFix';
import { UsageError } from './argvScan';
import type { FixOptions } from './fixArgs';
import type { FixIO } from './fixCommand';
import { FsRepoReader, relativeTarget } from './fsReader';
import { snapshotOf, writeIfUnchanged } from './guardedWrite';

const FIXABLE = /\.(py|ipynb)$/i;

async function targetsOf(options: FixOptions, io: FixIO, root: string, realRoot: string): Promise<string[]> {
  if (!options.paths.length) {
    const reader = new FsRepoReader(root, options.root);
    const outcome = await leakageCheck.run(new RepoFacts(reader, await walkRepo(reader)));
    return [...new Set(outcome.findings.filter(f => f.fix === LEAKAGE_FIX && f.path).map(f => f.path!))].sort();
  }
  const found: string[] = [];
  for (const typed of options.paths) {
    let real: string;
    try {
      real = await fs.realpath(path.resolve(io.cwd, typed));
    } catch {
      throw new UsageError(`no such file: ${typed}`);
    }
    const relative = relativeTarget(realRoot, real);
    if (relative === '..' || relative.startsWith('../') || relative.startsWith('/')) {
      throw new UsageError(`${typed} is outside the repo root; pass --root to fix files elsewhere`);
    }
    if (!FIXABLE.test(real) || (await fs.stat(real)).isDirectory()) {
      throw new UsageError(`not a notebook or Python script: ${typed}`);
    }
    found.push(relative);
  }
  return found;
}

export async function runLeakageFix(options: FixOptions, where: { root: string; realRoot: string }, io: FixIO): Promise<number> {
  let targets: string[];
  try {
    targets = await targetsOf(options, io, where.root, where.realRoot);
  } catch (err) {
    const usage = err instanceof UsageError;
    io.stderr.write(`repro-audit: ${err instanceof Error ? err.message : String(err)}\n${usage ? "Run 'repro-audit fix --help' for usage.\n" : ''}`);
    return 2;
  }
  // In a dry run stdout carries only the diff; the account goes to stderr.
  const report = options.dryRun ? io.stderr : io.stdout;
  if (!targets.length) {
    report.write(options.paths.length ? 'No notebooks or scripts to fix.\n' : 'The leakage check flags no leak this fix rewrites: nothing to fix.\n');
    return 0;
  }
  let failed = 0;
  let changed = 0;
  const notes = new Set<string>();
  for (const relative of targets) {
    const file = path.join(where.root, ...relative.split('/'));
    try {
      const bytes = await fs.readFile(file);
      const snapshot = await snapshotOf(file, bytes);
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      const plan = planLeakageFix({ path: relative, text });
      if (plan.status !== 'changes') {
        report.write(`${relative}: ${plan.status === 'up-to-date' ? 'no preprocessing leak' : 'cannot be fixed'}${plan.reason && plan.status !== 'up-to-date' ? ` (${plan.reason})` : ''}\n`);
        continue;
      }
      if (options.dryRun) {
        io.stdout.write(seedPlanDiff(text, plan));
      } else if (!(await writeIfUnchanged(file, applySeedPlan(text, plan), snapshot))) {
        io.stderr.write(`${relative}: changed on disk while being fixed; left alone (run the fix again)\n`);
        failed++;
        continue;
      }
      changed++;
      plan.notes.forEach(n => notes.add(n));
      report.write(`${relative}: ${options.dryRun ? 'would change' : 'fixed'}\n${plan.changes.map(c => `  ${c}\n`).join('')}`);
    } catch (err) {
      io.stderr.write(`${relative}: could not be fixed (${err instanceof Error ? err.message : String(err)})\n`);
      failed++;
    }
  }
  if (notes.size) {
    report.write(`\nNotes:\n${[...notes].map(n => `- ${n}\n`).join('')}`);
  }
  const files = `${targets.length} file${targets.length === 1 ? '' : 's'}`;
  report.write(`\n${changed} of ${files} ${options.dryRun ? 'would change' : 'changed'}${failed ? `; ${failed} could not be fixed` : ''}.\n`);
  return failed ? 1 : 0;
}
