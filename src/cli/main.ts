#!/usr/bin/env node
/**
 * `repro-audit`: the command-line front door of the audit engine, for CI and benchmarks.
 * `main` runs in-process (tests call it with their own streams); the bin entry at the bottom wires it
 * to the real process.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { runAudit } from '../audit/engine';
import type { AuditReport } from '../audit/report';
import { CliOptions, USAGE, UsageError, formatFromFileName, parseArgs } from './args';
import { runBatchCommand } from './batch/batchCommand';
import { runFixCommand } from './fixCommand';
import { runMergeCommand } from './merge/mergeCommand';
import { FsRepoReader } from './fsReader';
import { formatJson } from './format/json';
import { formatMarkdown } from './format/markdown';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { createWorkerAnalyzer, threadsFromEnv } from './workerAnalyzer';

export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Where relative DIR and --output are resolved from. */
  cwd: string;
  /** Whether stdout is a terminal: text output is coloured only then. */
  isTTY: boolean;
  /** For NO_COLOR; none by default. */
  env?: Record<string, string | undefined>;
  /** Clock for the report's `stats.ms`; tests fix it to compare reports byte for byte. */
  now?: () => number;
  /** This CLI's entry script: `batch` audits each repo in a child process running it (in process without). */
  cliScript?: string;
  /** `batch -` reads its list from here. */
  readStdin?: () => Promise<string>;
}

/** Exit codes, as the help text states them. */
export const EXIT = { ok: 0, belowMinScore: 1, usage: 2 } as const;

const PACKAGE_NAME = 'jupyterlab-repro-audit';

/** Written in by scripts/bundle-cli.js: the bundle in the wheel has no package.json to read. */
declare const __REPRO_AUDIT_VERSION__: string | undefined;

/**
 * The package version, read at run time so that the CLI and package.json never disagree. Looked for
 * upwards, since the compiled file sits deeper (lib/node/cli/) than the source (src/cli/).
 */
export function packageVersion(): string {
  if (typeof __REPRO_AUDIT_VERSION__ === 'string') {
    return __REPRO_AUDIT_VERSION__;
  }
  for (let dir = __dirname, up = 0; up < 5; dir = path.dirname(dir), up++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') {
        return pkg.version;
      }
    } catch {
      // Not here: one folder up.
    }
  }
  return '0.0.0';
}

/** The folder to audit, absolute; a usage error when it is not a folder. */
async function repoFolder(options: CliOptions, cwd: string): Promise<string> {
  const absolute = path.resolve(cwd, options.dir);
  let stats: fs.Stats;
  try {
    stats = await fs.promises.stat(absolute);
  } catch {
    throw new UsageError(`no such folder: ${options.dir}`);
  }
  if (!stats.isDirectory()) {
    throw new UsageError(`not a folder: ${options.dir}`);
  }
  return absolute;
}

function render(report: AuditReport, options: CliOptions, absolute: string, color: boolean): string {
  const fromFileName = options.output && !options.formatGiven ? formatFromFileName(options.output) : undefined;
  const format = fromFileName ?? options.format;
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'sarif':
      return formatSarif(report, {
        toolVersion: packageVersion(),
        rootUri: pathToFileURL(absolute).href.replace(/\/?$/, '/')
      });
    case 'text':
      return formatText(report, { color });
  }
}

/** Run the CLI; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'fix') {
    return runFixCommand(argv.slice(1), io);
  }
  if (argv[0] === 'batch') {
    return runBatchCommand(argv.slice(1), io);
  }
  if (argv[0] === 'merge') {
    return runMergeCommand(argv.slice(1), io);
  }
  let options: CliOptions;
  let absolute: string;
  try {
    options = parseArgs(argv);
    if (options.help) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (options.version) {
      io.stdout.write(`repro-audit ${packageVersion()}\n`);
      return EXIT.ok;
    }
    absolute = await repoFolder(options, io.cwd);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`repro-audit: ${err.message}\nRun 'repro-audit --help' for usage.\n`);
      return EXIT.usage;
    }
    io.stderr.write(`repro-audit: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.usage;
  }

  let report: AuditReport;
  // The Python parse on every core, this thread included (see workerAnalyzer.ts); REPRO_AUDIT_THREADS=1: this thread only.
  const pythonAnalyzer = createWorkerAnalyzer({ threads: threadsFromEnv(io.env?.REPRO_AUDIT_THREADS) });
  try {
    report = await runAudit(new FsRepoReader(absolute, options.dir), {
      ignore: options.ignore,
      maxFiles: options.maxFiles,
      maxBytesPerFile: options.maxBytes,
      weights: options.weights,
      ignoreFindings: options.ignoreCodes,
      now: io.now,
      pythonAnalyzer
    });
  } catch (err) {
    io.stderr.write(`repro-audit: the audit could not run: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.usage;
  } finally {
    await pythonAnalyzer.close();
  }

  const noColor = options.noColor || Boolean(io.env?.NO_COLOR);
  const color = io.isTTY && !noColor && !options.output;
  const text = render(report, options, absolute, color);
  if (options.output) {
    try {
      await fs.promises.writeFile(path.resolve(io.cwd, options.output), text);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      io.stderr.write(`repro-audit: cannot write ${options.output} (${code})\n`);
      return EXIT.usage;
    }
    io.stderr.write(`repro-audit: score ${report.score}/100; report written to ${options.output}\n`);
  } else {
    io.stdout.write(text);
  }

  if (options.minScore !== undefined && report.score < options.minScore) {
    io.stderr.write(`repro-audit: score ${report.score} is below --min-score ${options.minScore}\n`);
    return EXIT.belowMinScore;
  }
  return EXIT.ok;
}

if (require.main === module) {
  // A reader that closes the pipe early (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') {
      throw err;
    }
  });
  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cliScript: __filename,
    readStdin: async () => {
      let text = '';
      for await (const chunk of process.stdin) {
        text += chunk;
      }
      return text;
    }
  }).then(
    code => {
      // exitCode, not exit(): let piped output drain first.
      process.exitCode = code;
    },
    err => {
      process.stderr.write(`repro-audit: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = EXIT.usage;
    }
  );
}
