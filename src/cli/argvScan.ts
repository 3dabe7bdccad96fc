/**
 * The command-line grammar every `repro-audit` command shares: `--flag value` or `--flag=value`,
 * `--` ends the options, a lone `-` is a word. Commands decide what their flags mean.
 */

/** A mistake in the command line: exit code 2 and the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type ArgvToken =
  | { kind: 'word'; word: string }
  | {
      kind: 'flag';
      flag: string;
      /** The flag's value: after `=`, else the next argument. Throws when there is none. */
      value(): string;
      /** Throws when the flag was given a value with `=`. */
      noValue(): void;
    };

export function* scanArgv(argv: readonly string[]): Generator<ArgvToken> {
  let optionsEnded = false;
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i++];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      yield { kind: 'word', word: arg };
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = flag !== arg ? arg.slice(eq + 1) : undefined;
    yield {
      kind: 'flag',
      flag,
      value: () => {
        if (inline !== undefined) {
          return inline;
        }
        if (i >= argv.length) {
          throw new UsageError(`${flag} expects a value`);
        }
        return argv[i++];
      },
      noValue: () => {
        if (inline !== undefined) {
          throw new UsageError(`${flag} takes no value`);
        }
      }
    };
  }
}
