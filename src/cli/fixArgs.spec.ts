import { UsageError } from './args';
import { parseFixArgs } from './fixArgs';

describe('parseFixArgs', () => {
  test('paths, --seed in both spellings, --dry-run, --root, and -- before a path that looks like an option', () => {
    expect(parseFixArgs(['seeds', 'a.py', '--seed=7', '-n', '--root', 'repo', '--', '--odd.py'])).toEqual({
      what: 'seeds',
      paths: ['a.py', '--odd.py'],
      seed: 7,
      dryRun: true,
      root: 'repo',
      help: false
    });
    expect(parseFixArgs(['seeds'])).toEqual({ what: 'seeds', paths: [], dryRun: false, root: '.', help: false });
    expect(parseFixArgs(['seeds', '--seed', '4294967295']).seed).toBe(4294967295);
  });

  test('mistakes are usage errors', () => {
    for (const argv of [[], ['seed'], ['seeds', '--seed', '1.5'], ['seeds', '--dry-run=yes'], ['seeds', ''], ['seeds', '--root=']]) {
      expect(() => parseFixArgs(argv)).toThrow(UsageError);
    }
  });
});
