/**
 * The command line of `repro-audit`, parsed without a dependency.
 * Both `--flag value` and `--flag=value` are accepted; `--` ends the options.
 */
import { UsageError, scanArgv } from './argvScan';
import { IgnoreRule, isIgnoreTarget } from '../audit/config/repoConfig';
import { CHECK_IDS, CheckId } from '../audit/report';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CliOptions {
  /** The repo folder as the user typed it; '.' by default. */
  dir: string;
  format: FormatName;
  /** True when --format was given (otherwise --output's extension may choose). */
  formatGiven: boolean;
  minScore?: number;
  ignore: string[];
  maxFiles?: number;
  maxBytes?: number;
  weights: Partial<Record<CheckId, number>>;
  /** `--ignore-code`: items or finding codes ignored on top of the repo config's. */
  ignoreCodes: IgnoreRule[];
  output?: string;
  noColor: boolean;
  help: boolean;
  version: boolean;
}

/** A mistake in the command line: exit code 2, message on stderr. */
export { UsageError };

export const USAGE = `Usage: repro-audit [DIR] [options]
       repro-audit fix seeds [PATH...] [--seed N] [--dry-run]
       repro-audit batch LIST [--output FILE] [--jobs N] [--shard I/N]
       repro-audit merge FILE... [--csv FILE] [--markdown FILE] [--html FILE]

Audit how reproducible the research repository in DIR (default: the current folder) is.
\`repro-audit fix seeds\` seeds the random number generators of notebooks and scripts
(see \`repro-audit fix --help\`; a folder named "fix" is audited as ./fix).
\`repro-audit batch\` audits many repos (folders or git URLs) into JSON Lines, \`repro-audit merge\`
makes one table of them (see their --help; folders named so are audited as ./batch, ./merge).

Options:
  --format FORMAT     text (default), json, markdown or sarif
  --min-score N       exit with code 1 when the score (0-100) is below N
  --ignore GLOB       skip files and folders matching GLOB (gitignore style); repeatable
  --max-files N       audit at most N files (default 20000)
  --max-bytes N       read at most N bytes of each file (default 8388608)
  --weights ID=N,...  weight of checklist items in the score, e.g. seeds=20,hardware=0
                      (items: ${CHECK_IDS.join(', ')});
                      wins over the weights of the repo's config
  --ignore-code ID=WHY
                      ignore an item or a finding code (docs/codes.md), saying why; repeatable,
                      added to the ignores of the repo's .repro-audit.toml / [tool.repro-audit]
  --output FILE       write the report to FILE instead of stdout
                      (its extension .json, .md, .sarif picks the format unless --format is given)
  --no-color          no ANSI colours in text output (also: NO_COLOR=1)
  -h, --help          show this help
  -V, --version       show the version

Exit codes: 0 done, 1 score below --min-score, 2 usage error or audit could not run.
`;

/** Options that take a value. */
const VALUED = [
  '--format',
  '--min-score',
  '--ignore',
  '--ignore-code',
  '--max-files',
  '--max-bytes',
  '--weights',
  '--output'
] as const;
type ValuedFlag = (typeof VALUED)[number];

function isValued(flag: string): flag is ValuedFlag {
  return (VALUED as readonly string[]).includes(flag);
}

/** A finite number written in decimal, nothing else ('' and '1e3x' are not numbers). */
function parseNumber(flag: string, text: string): number {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text.trim())) {
    throw new UsageError(`${flag} expects a number, got ${JSON.stringify(text)}`);
  }
  return Number(text);
}

function parsePositiveInteger(flag: string, text: string): number {
  const n = parseNumber(flag, text);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`${flag} expects a whole number of at least 1, got ${JSON.stringify(text)}`);
  }
  return n;
}

function parseScore(text: string): number {
  const n = parseNumber('--min-score', text);
  if (n < 0 || n > 100) {
    throw new UsageError(`--min-score expects a score from 0 to 100, got ${JSON.stringify(text)}`);
  }
  return n;
}

function parseFormat(text: string): FormatName {
  const format = text.toLowerCase() === 'md' ? 'markdown' : text.toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format expects one of ${FORMATS.join(', ')}, got ${JSON.stringify(text)}`);
  }
  return format as FormatName;
}

/** `seeds=20,hardware=0` -> { seeds: 20, hardware: 0 }. */
export function parseWeights(text: string): Partial<Record<CheckId, number>> {
  const weights: Partial<Record<CheckId, number>> = {};
  for (const part of text.split(',')) {
    if (!part.trim()) {
      continue;
    }
    const eq = part.indexOf('=');
    if (eq < 0) {
      throw new UsageError(`--weights expects ID=N pairs separated by commas, got ${JSON.stringify(part)}`);
    }
    const id = part.slice(0, eq).trim();
    if (!(CHECK_IDS as readonly string[]).includes(id)) {
      throw new UsageError(`--weights: unknown item ${JSON.stringify(id)} (items: ${CHECK_IDS.join(', ')})`);
    }
    const weight = parseNumber(`--weights ${id}`, part.slice(eq + 1));
    if (weight < 0) {
      throw new UsageError(`--weights: the weight of ${id} cannot be negative`);
    }
    weights[id as CheckId] = weight;
  }
  return weights;
}

/** `seeds.call-without-seed=tests draw at random` -> an ignore rule; a reason is required, as in the config. */
export function parseIgnoreCode(text: string): IgnoreRule {
  const eq = text.indexOf('=');
  const target = (eq < 0 ? text : text.slice(0, eq)).trim();
  const reason = eq < 0 ? '' : text.slice(eq + 1).trim();
  if (!isIgnoreTarget(target)) {
    throw new UsageError(`--ignore-code: ${JSON.stringify(target)} is neither an item nor a finding code (see docs/codes.md)`);
  }
  if (!reason) {
    throw new UsageError(`--ignore-code expects ID=WHY: say why ${target} is ignored`);
  }
  return { target, reason };
}

/** Parse `argv` (without `node` and the script). Throws UsageError. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    dir: '.',
    format: 'text',
    formatGiven: false,
    ignore: [],
    weights: {},
    ignoreCodes: [],
    noColor: false,
    help: false,
    version: false
  };
  const positional: string[] = [];
  for (const token of scanArgv(argv)) {
    if (token.kind === 'word') {
      positional.push(token.word);
      continue;
    }
    const flag = token.flag;
    if (isValued(flag)) {
      applyValue(options, flag, token.value());
      continue;
    }
    token.noValue();
    switch (flag) {
      case '--no-color':
      case '--no-colour':
        options.noColor = true;
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-V':
      case '--version':
        options.version = true;
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (positional.length > 1) {
    throw new UsageError(`expected one folder, got ${positional.length}: ${positional.join(' ')}`);
  }
  if (positional.length === 1) {
    if (!positional[0]) {
      throw new UsageError('the folder cannot be an empty string');
    }
    options.dir = positional[0];
  }
  return options;
}

function applyValue(options: CliOptions, flag: ValuedFlag, value: string): void {
  switch (flag) {
    case '--format':
      options.format = parseFormat(value);
      options.formatGiven = true;
      break;
    case '--min-score':
      options.minScore = parseScore(value);
      break;
    case '--ignore':
      if (!value.trim()) {
        throw new UsageError('--ignore expects a glob');
      }
      options.ignore.push(value);
      break;
    case '--ignore-code':
      options.ignoreCodes.push(parseIgnoreCode(value));
      break;
    case '--max-files':
      options.maxFiles = parsePositiveInteger(flag, value);
      break;
    case '--max-bytes':
      options.maxBytes = parsePositiveInteger(flag, value);
      break;
    case '--weights':
      Object.assign(options.weights, parseWeights(value));
      break;
    case '--output':
      if (!value) {
        throw new UsageError('--output expects a file name');
      }
      options.output = value;
      break;
  }
}

/** The format an output file's extension asks for, if any. */
export function formatFromFileName(file: string): FormatName | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.sarif') || lower.endsWith('.sarif.json')) {
    return 'sarif';
  }
  if (lower.endsWith('.json')) {
    return 'json';
  }
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) {
    return 'markdown';
  }
  return undefined;
}
