/**
 * The command line of `repro-audit fix seeds [PATH...] [--seed N] [--dry-run] [--root DIR]`,
 * parsed like the audit's: `--flag value` or `--flag=value`, `--` ends the options.
 */
import { UsageError, scanArgv } from './argvScan';

export interface FixOptions {
  /** What to fix. */
  what: FixWhat;
  /** Files or folders, as typed; none means every file the seeds check flags. */
  paths: string[];
  seed?: number;
  dryRun: boolean;
  /** The repo folder: nothing outside it is written. The current folder by default. */
  root: string;
  help: boolean;
  /** hardware and pins: the interpreter that runs the environment probe (default python3). */
  python?: string;
  /** hardware: also run each notebook once with that interpreter and record the run times. */
  timeNotebooks?: boolean;
}

export const FIX_USAGE = `Usage: repro-audit fix seeds [PATH...] [options]
       repro-audit fix imports|paths [NOTEBOOK...] [--dry-run] [--root DIR]
       repro-audit fix hardware [--python PATH] [--time-notebooks] [--dry-run] [--root DIR]
       repro-audit fix pins [--python PATH] [--dry-run] [--root DIR]
       repro-audit fix leakage [PATH...] [--dry-run] [--root DIR]
       repro-audit fix baseline [NOTEBOOK...] [--dry-run] [--root DIR]

Seed every random number generator the notebooks and scripts in PATH use (files or folders; default:
every notebook and script in the repo that the seeds check flags). Notebooks get one code cell tagged
repro-audit:seeds, scripts one block between "# repro-audit: seeds begin/end" comments; calls that take
their own seed get SEED. Running it again updates that code instead of adding more.

fix imports moves the imports a notebook makes after other code into its first cell that holds Python
(order kept, from __future__ first; conditional imports, and imports below a sys.path, os.environ or
%pip change they depend on, stay and are named). fix paths turns absolute paths that point inside the
repo into pathlib.Path(...) relative to the notebook's folder, and names those outside it for you to
decide. Without NOTEBOOK, both work on the notebooks the notebooks check flags.

fix hardware runs a probe (our own fixed Python code) with the interpreter and writes HARDWARE.md (a
table of the machine, and a section for you to state training time and the paper's hardware, kept on
reruns) and hardware.json; with --time-notebooks, also how long each notebook took to run (earlier
times are kept when a rerun does not measure). fix pins pins every package the code imports to the
version that interpreter has installed, keeping every line, in the file Binder installs from: environment.yml
(conda =x.y.z, pip section ==), else requirements.txt (created if needed), in binder/ when that folder exists;
for pyproject.toml or a Pipfile it prints the pins and the lock command instead. It installs nothing.

fix leakage fits each transformer that the leakage check finds fit on every row before train_test_split
(X = StandardScaler().fit_transform(X), scaler = StandardScaler().fit(X)) on the training side after the
split instead, and transforms both sides (default: every notebook and script the check flags with a fix).

fix baseline inserts, after the cell where a notebook first scores a model, a code cell (tagged
repro-audit:baseline) that fits DummyClassifier (most frequent class) or DummyRegressor (mean) on the same
training data and scores it the same way on the same test data, so the model's score has something to
beat (default: every notebook whose leakage.no-baseline finding offers it). Running it again updates that cell.

Options:
  --python PATH  hardware, pins: the Python interpreter to probe (default: python3)
  --time-notebooks  hardware: run each notebook once (nbclient, fresh kernel, in its folder) with that
               interpreter and record how long it took; this runs the repo's code
  --seed N     the seed to write (default: the one the file already uses, else 42)
  --dry-run    print the changes as a unified diff; write nothing
  --root DIR   the repo folder (default: the current folder); nothing outside it is written
  -h, --help   show this help

Exit codes: 0 done, 1 a file could not be fixed (changed while being fixed, unreadable), 2 usage error.
`;

const WHATS = ['seeds', 'leakage', 'baseline', 'imports', 'paths', 'hardware', 'pins'] as const;
export type FixWhat = (typeof WHATS)[number];

function parseSeed(text: string): number {
  if (!/^\d+$/.test(text.trim())) {
    throw new UsageError(`--seed expects a whole number from 0 to ${2 ** 32 - 1}, got ${JSON.stringify(text)}`);
  }
  const seed = Number(text.trim());
  if (seed >= 2 ** 32) {
    throw new UsageError(`--seed must be below 2**32 (${2 ** 32}), got ${text}`);
  }
  return seed;
}

/** Parse the arguments after `fix`. Throws UsageError. */
export function parseFixArgs(argv: readonly string[]): FixOptions {
  const options: FixOptions = { what: 'seeds', paths: [], dryRun: false, root: '.', help: false };
  const positional: string[] = [];
  for (const token of scanArgv(argv)) {
    if (token.kind === 'word') {
      positional.push(token.word);
      continue;
    }
    const { flag, value } = token;
    switch (flag) {
      case '--seed':
        options.seed = parseSeed(value());
        continue;
      case '--python': {
        const python = value();
        if (!python) {
          throw new UsageError('--python expects an interpreter');
        }
        options.python = python;
        continue;
      }
      case '--root': {
        const root = value();
        if (!root) {
          throw new UsageError('--root expects a folder');
        }
        options.root = root;
        continue;
      }
    }
    token.noValue();
    switch (flag) {
      case '--dry-run':
      case '-n':
        options.dryRun = true;
        break;
      case '--time-notebooks':
        options.timeNotebooks = true;
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (options.help) {
    return options;
  }
  const what = positional.shift();
  if (what === undefined) {
    throw new UsageError(`fix expects what to fix: ${WHATS.join(', ')}`);
  }
  if (!(WHATS as readonly string[]).includes(what)) {
    throw new UsageError(`fix: unknown fix ${JSON.stringify(what)} (known: ${WHATS.join(', ')})`);
  }
  options.what = what as FixWhat;
  const takesPaths = what === 'seeds' || what === 'leakage' || what === 'baseline' || what === 'imports' || what === 'paths';
  if (!takesPaths && positional.length) {
    throw new UsageError(`fix ${what} takes no PATH (it works on the repo root; see --root)`);
  }
  if (what !== 'seeds' && options.seed !== undefined) {
    throw new UsageError('--seed is for fix seeds');
  }
  if (takesPaths && options.python !== undefined) {
    throw new UsageError('--python is for fix hardware and fix pins');
  }
  if (what !== 'hardware' && options.timeNotebooks) {
    throw new UsageError('--time-notebooks is for fix hardware');
  }
  if (positional.some(p => !p)) {
    throw new UsageError('a PATH cannot be an empty string');
  }
  options.paths = positional;
  return options;
}
