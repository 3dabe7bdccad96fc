/**
 * `repro-audit fix hardware` and `repro-audit fix pins`: probe the environment with a Python
 * interpreter, then write HARDWARE.md + hardware.json, or pin the file repo2docker installs from
 * (requirements.txt or environment.yml; pyproject.toml and Pipfile get a report); --dry-run prints
 * the diff instead. Writes are guarded: a file changed on disk since it was read is left alone.
 */
import * as fs from 'fs/promises';
import * as path from 'path';
import { RepoFacts } from '../audit/facts';
import { walkRepo } from '../audit/walk';
import { unifiedDiff } from '../fix/diff';
import { hardwareJson, hardwareNotes } from '../fix/hardwareNotes';
import { mergeRunTimes, notebooksToTime, RunTimesMeasurement, runTimeNotes, runTimesFromHardwareJson } from '../fix/runTimes';
import { NOTEBOOKS } from '../audit/notebook/facts';
import { pinChangeText } from '../fix/pins';
import { pinsProbeInput, planRepoPins, RepoPinsPlan, RepoPinsView, repoPinsViewOf } from '../fix/pinsRepoPlan';
import type { FixOptions } from './fixArgs';
import type { FixIO } from './fixCommand';
import { FsRepoReader } from './fsReader';
import { snapshotOf, writeIfUnchanged } from './guardedWrite';
import { runProbe, runTiming } from './probeRunner';

interface Write {
  relative: string;
  before?: string;
  after: string;
}

async function readIfThere(file: string): Promise<{ text?: string; bytes?: Uint8Array }> {
  try {
    const bytes = await fs.readFile(file);
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), bytes };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return {};
    }
    throw err;
  }
}

/** Write each changed file (or print its diff); resolves to how many could not be written. */
async function applyWrites(root: string, writes: Write[], options: FixOptions, io: FixIO): Promise<number> {
  const report = options.dryRun ? io.stderr : io.stdout;
  let failed = 0;
  for (const w of writes) {
    if (w.before === w.after) {
      report.write(`${w.relative}: up to date\n`);
      continue;
    }
    if (options.dryRun) {
      io.stdout.write(unifiedDiff(w.before ?? '', w.after, { oldName: w.before === undefined ? '/dev/null' : `a/${w.relative}`, newName: `b/${w.relative}` }));
      report.write(`${w.relative}: would ${w.before === undefined ? 'create' : 'change'}\n`);
      continue;
    }
    const file = path.join(root, ...w.relative.split('/'));
    try {
      if (w.before === undefined) {
        // wx: never replace a file that appeared since we looked.
        await fs.writeFile(file, w.after, { flag: 'wx' });
      } else {
        const bytes = await fs.readFile(file);
        if (!(await writeIfUnchanged(file, w.after, await snapshotOf(file, bytes))) || new TextDecoder().decode(bytes) !== w.before) {
          io.stderr.write(`${w.relative}: changed on disk while being fixed; left alone (run the fix again)\n`);
          failed++;
          continue;
        }
      }
      report.write(`${w.relative}: ${w.before === undefined ? 'created' : 'updated'}\n`);
    } catch (err) {
      io.stderr.write(`${w.relative}: could not be written (${(err as NodeJS.ErrnoException).code ?? String(err)})\n`);
      failed++;
    }
  }
  return failed;
}

async function readRepo(root: string, label: string): Promise<RepoPinsView> {
  const reader = new FsRepoReader(root, label);
  return repoPinsViewOf(new RepoFacts(reader, await walkRepo(reader)));
}

/** A repo file's text for the pin plan: undefined when absent, an error when it is not UTF-8. */
async function pinsFileText(root: string, relative: string): Promise<string | undefined> {
  const file = await readIfThere(path.join(root, ...relative.split('/')));
  if (file.bytes && file.text === undefined) {
    throw new Error(`${relative}: not UTF-8 text; left alone`);
  }
  return file.text;
}

/** --time-notebooks: every notebook of the repo run once with the interpreter; a failure to run at all is a note. */
async function timeRepoNotebooks(python: string, root: string, label: string, io: FixIO): Promise<RunTimesMeasurement> {
  const reader = new FsRepoReader(root, label);
  const facts = new RepoFacts(reader, await walkRepo(reader));
  const notebooks = notebooksToTime(await facts.get(NOTEBOOKS), 'python3');
  if (!notebooks.length) {
    return { measured: [], failed: [] };
  }
  io.stderr.write(`Timing ${notebooks.length} notebook(s) with ${python}: each runs once in a fresh kernel...\n`);
  const timing = await runTiming(python, root, notebooks);
  return timing.result ?? { measured: [], failed: notebooks.map(n => ({ path: n.path, reason: timing.error ?? 'not run' })) };
}

/** Run fix hardware or fix pins on an existing repo root; resolves to the exit code. */
export async function runEnvironmentFix(options: FixOptions, root: string, io: FixIO): Promise<number> {
  const python = options.python ?? 'python3';
  const report = options.dryRun ? io.stderr : io.stdout;
  let repo: RepoPinsView;
  try {
    repo = await readRepo(root, options.root);
  } catch (err) {
    io.stderr.write(`repro-audit: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const { imports } = repo;
  const target = options.what === 'pins' ? repo.target : undefined;
  const probe = await runProbe(python, root, pinsProbeInput(target, imports));
  if (!probe.result) {
    io.stderr.write(`repro-audit: ${probe.error}\n`);
    return 1;
  }
  const result = probe.result;
  report.write(`Probed ${result.python.implementation} ${result.python.version} (${result.python.executable}).\n`);
  if (!target) {
    const md = await readIfThere(path.join(root, 'HARDWARE.md'));
    const json = await readIfThere(path.join(root, 'hardware.json'));
    if ((md.bytes && md.text === undefined) || (json.bytes && json.text === undefined)) {
      io.stderr.write('HARDWARE.md or hardware.json is not UTF-8 text; left alone\n');
      return 1;
    }
    const measurement = options.timeNotebooks ? await timeRepoNotebooks(python, root, options.root, io) : undefined;
    const runTimes = mergeRunTimes(runTimesFromHardwareJson(json.text), measurement?.measured ?? []);
    const failed = await applyWrites(
      root,
      [
        { relative: 'HARDWARE.md', before: md.text, after: hardwareNotes(result, md.text, runTimes) },
        { relative: 'hardware.json', before: json.text, after: hardwareJson(result, runTimes) }
      ],
      options,
      io
    );
    const notes = runTimeNotes(measurement, runTimes.length > 0);
    report.write(notes.length ? `\n${notes.join('\n')}\n` : '');
    return failed ? 1 : 0;
  }
  let plan: RepoPinsPlan;
  try {
    plan = await planRepoPins(target, imports, result, relative => pinsFileText(root, relative));
  } catch (err) {
    io.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  if (plan.error) {
    io.stderr.write(`${plan.error}\n`);
    return 1;
  }
  const failed = await applyWrites(root, plan.edits.map(e => ({ relative: e.path, before: e.before, after: e.after })), options, io);
  for (const change of plan.edits.flatMap(e => e.changes)) {
    report.write(`  ${pinChangeText(change)}\n`);
  }
  if (plan.report) {
    const pins = plan.report.pins.map(p => `  ${p}\n`).join('') || '  (none needed)\n';
    report.write(`${target.path} declares the dependencies and is not edited; the pins for what the code imports:\n${pins}`);
  }
  if (plan.alreadyPinned.length) {
    report.write(`Already pinned: ${plan.alreadyPinned.join(', ')}\n`);
  }
  if (plan.unpinned.length) {
    report.write(`Could not pin (left as they are):\n${plan.unpinned.map(u => `- ${u.module}: ${u.reason}\n`).join('')}`);
  }
  if (plan.report) {
    report.write(`${plan.report.lockAdvice}\n`);
  }
  return failed ? 1 : 0;
}
