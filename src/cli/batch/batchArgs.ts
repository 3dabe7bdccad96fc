/** The command line of `repro-audit batch LIST [--jobs N] [--output FILE] [--shard I/N] ...`. */
import { UsageError, scanArgv } from '../argvScan';

export interface BatchOptions {
  /** The list file: one folder or git URL a line; `-` reads stdin. */
  list: string;
  jobs: number;
  /** JSON Lines, appended to; repos already in it are skipped. None: stdout, nothing skipped. */
  output?: string;
  /** 1-based shard index and count: this run takes entries i, i+N, i+2N... of the list. */
  shard: { index: number; count: number };
  /** Per repo, clone and audit together; a repo over it is recorded as failed. */
  timeoutSeconds: number;
  /** Audit again the repos the output records as failed (those audited are still skipped). */
  retryFailed: boolean;
  /** Passed through to each audit. */
  maxFiles?: number;
  maxBytes?: number;
  help: boolean;
}

export const BATCH_USAGE = `Usage: repro-audit batch LIST [options]

Audit every repository LIST names, one a line: a folder, or a git URL (https://, ssh://, file://,
git@host:path), shallow-cloned into a temporary folder that is removed after. Blank lines and lines
starting with # are skipped. Each result is one line of JSON (JSON Lines): {"repo", "commit"?, "report"}
or, when the repo could not be cloned or audited, {"repo", "error"}.

Options:
  --output FILE     append the results to FILE; repos already in it are skipped (resume after a stop)
  --jobs N          audit N repos at a time (default 1), each in a process of its own
  --shard I/N       take only the I-th of N shares of the list (entries I, I+N, ...; 1-based), to split
                    one list across machines; then merge the outputs with \`repro-audit merge\`
  --timeout SECONDS per repo, clone and audit (default 600); over it the repo is recorded as failed
  --retry-failed    audit again the repos FILE records as failed
  --max-files N, --max-bytes N   as for an audit
  -h, --help        show this help

Exit codes: 0 done (failed repos are recorded, not fatal), 2 usage error.
`;

function positiveInteger(flag: string, text: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) {
    throw new UsageError(`${flag} expects a whole number of at least 1, got ${JSON.stringify(text)}`);
  }
  return Number(text);
}

export function parseShard(text: string): { index: number; count: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard expects I/N with 1 <= I <= N, e.g. 1/4, got ${JSON.stringify(text)}`);
  }
  return { index, count };
}

export function parseBatchArgs(argv: readonly string[]): BatchOptions {
  const options: BatchOptions = {
    list: '',
    jobs: 1,
    shard: { index: 1, count: 1 },
    timeoutSeconds: 600,
    retryFailed: false,
    help: false
  };
  const words: string[] = [];
  for (const token of scanArgv(argv)) {
    if (token.kind === 'word') {
      words.push(token.word);
      continue;
    }
    switch (token.flag) {
      case '--output':
        options.output = token.value();
        break;
      case '--jobs':
        options.jobs = positiveInteger('--jobs', token.value());
        break;
      case '--shard':
        options.shard = parseShard(token.value());
        break;
      case '--timeout':
        options.timeoutSeconds = positiveInteger('--timeout', token.value());
        break;
      case '--max-files':
        options.maxFiles = positiveInteger('--max-files', token.value());
        break;
      case '--max-bytes':
        options.maxBytes = positiveInteger('--max-bytes', token.value());
        break;
      case '--retry-failed':
        token.noValue();
        options.retryFailed = true;
        break;
      case '-h':
      case '--help':
        token.noValue();
        options.help = true;
        break;
      default:
        throw new UsageError(`unknown option ${token.flag}`);
    }
  }
  if (options.help) {
    return options;
  }
  if (words.length !== 1) {
    throw new UsageError(words.length ? `batch takes one LIST, got ${words.length}` : 'batch expects a LIST file');
  }
  options.list = words[0];
  return options;
}
