/**
 * `repro-audit batch LIST`: the CLI around runBatch. Each audit runs in a child process of this same CLI
 * (real parallelism for --jobs, a hard timeout, and one repo's crash or out-of-memory cannot end the run);
 * without a script to start (in tests), audits run in this process.
 */
import { ChildProcess, execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runAudit } from '../../audit/engine';
import type { AuditReport } from '../../audit/report';
import { UsageError } from '../argvScan';
import { FsRepoReader } from '../fsReader';
import { createWorkerAnalyzer } from '../workerAnalyzer';
import { BATCH_USAGE, BatchOptions, parseBatchArgs } from './batchArgs';
import { parseBatchList, shardOf } from './batchList';
import { AuditOne, recordedRepos, runBatch } from './batchRun';
import { removeLiveClonesSync } from './cloneRepo';

export interface BatchIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
  /** The CLI's own entry script, to audit each repo in a child process; none: in this process. */
  cliScript?: string;
  /** For `LIST` = `-`. */
  readStdin?: () => Promise<string>;
}

function limitArgs(options: BatchOptions): string[] {
  return [
    ...(options.maxFiles ? ['--max-files', String(options.maxFiles)] : []),
    ...(options.maxBytes ? ['--max-bytes', String(options.maxBytes)] : [])
  ];
}

/** Audits running in child processes: stopped with the run. */
const liveAudits = new Set<ChildProcess>();

/** Runs `node CLI DIR --format json` and parses what it prints. */
function childAuditor(script: string, options: BatchOptions): AuditOne {
  return dir =>
    new Promise<AuditReport>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [script, '--format', 'json', ...limitArgs(options), '--', dir],
        { timeout: options.timeoutSeconds * 1000, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' },
        (err, stdout, stderr) => {
          liveAudits.delete(child);
          if (err) {
            const why = err.killed ? `the audit timed out after ${options.timeoutSeconds} s` : stderr.trim().split('\n').pop() || err.message;
            reject(new Error(why));
            return;
          }
          try {
            resolve(JSON.parse(stdout) as AuditReport);
          } catch {
            reject(new Error('the audit printed no JSON report'));
          }
        }
      );
      liveAudits.add(child);
    });
}

function inProcessAuditor(options: BatchOptions): AuditOne {
  return async (dir, entry) => {
    const pythonAnalyzer = createWorkerAnalyzer({ threads: 1 });
    try {
      return await runAudit(new FsRepoReader(dir, entry.repo), {
        maxFiles: options.maxFiles,
        maxBytesPerFile: options.maxBytes,
        pythonAnalyzer
      });
    } finally {
      await pythonAnalyzer.close();
    }
  };
}

export async function runBatchCommand(argv: string[], io: BatchIO): Promise<number> {
  let options: BatchOptions;
  let listText: string;
  try {
    options = parseBatchArgs(argv);
    if (options.help) {
      io.stdout.write(BATCH_USAGE);
      return 0;
    }
    if (options.list === '-') {
      listText = io.readStdin ? await io.readStdin() : '';
    } else {
      try {
        listText = await fs.promises.readFile(path.resolve(io.cwd, options.list), 'utf8');
      } catch (err) {
        throw new UsageError(`cannot read the list ${options.list} (${(err as NodeJS.ErrnoException).code ?? err})`);
      }
    }
  } catch (err) {
    io.stderr.write(`repro-audit batch: ${err instanceof Error ? err.message : String(err)}\nRun 'repro-audit batch --help' for usage.\n`);
    return 2;
  }

  const entries = shardOf(parseBatchList(listText), options.shard);
  let write: (line: string) => void;
  let done = new Set<string>();
  if (options.output) {
    const output = path.resolve(io.cwd, options.output);
    const previous = await fs.promises.readFile(output, 'utf8').catch(() => '');
    done = recordedRepos(previous, options.retryFailed);
    // A line cut short by a stop must not swallow the next one.
    if (previous && !previous.endsWith('\n')) {
      fs.appendFileSync(output, '\n');
    }
    // Appended line by line, synchronously: what is written survives a stop.
    write = line => fs.appendFileSync(output, line + '\n');
  } else {
    write = line => io.stdout.write(line + '\n');
  }

  // Run as a process: a stop (Ctrl-C, a job's time limit) leaves no clone behind; the output is resumable.
  const onSignal = (signal: NodeJS.Signals) => {
    liveAudits.forEach(child => child.kill('SIGKILL'));
    removeLiveClonesSync();
    io.stderr.write(`repro-audit batch: stopped by ${signal}; run the same command again to resume\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  if (io.cliScript) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  const started = Date.now();
  const summary = await runBatch({
    entries,
    cwd: io.cwd,
    jobs: options.jobs,
    timeoutMs: options.timeoutSeconds * 1000,
    audit: io.cliScript ? childAuditor(io.cliScript, options) : inProcessAuditor(options),
    done,
    write,
    progress: message => io.stderr.write(`${message}\n`)
  });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  const shard = options.shard.count > 1 ? ` (shard ${options.shard.index}/${options.shard.count})` : '';
  io.stderr.write(
    `repro-audit batch${shard}: ${summary.audited} audited, ${summary.failed} failed, ${summary.skipped} already done, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
  );
  return 0;
}
