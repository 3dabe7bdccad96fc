import { diffLines, linesOf, unifiedDiff } from './diff';

/** Length of a longest common subsequence, by dynamic programming: what a shortest edit script keeps. */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

/** A small deterministic generator, so the random cases are the same on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('diffLines', () => {
  test('replays to the new lines and keeps a longest common subsequence (200 random pairs)', () => {
    const random = generator(7);
    for (let round = 0; round < 200; round++) {
      const make = (): string[] => Array.from({ length: Math.floor(random() * 12) }, () => 'abcd'[Math.floor(random() * 4)]);
      const a = make();
      const b = make();
      const ops = diffLines(a, b);
      expect(ops.filter(op => op.kind !== 'insert').map(op => op.line)).toEqual(a);
      expect(ops.filter(op => op.kind !== 'delete').map(op => op.line)).toEqual(b);
      expect(ops.filter(op => op.kind === 'same')).toHaveLength(lcsLength(a, b));
    }
  });

  test('empty sides', () => {
    expect(diffLines([], [])).toEqual([]);
    expect(diffLines(['a'], [])).toEqual([{ kind: 'delete', line: 'a' }]);
    expect(diffLines([], ['b'])).toEqual([{ kind: 'insert', line: 'b' }]);
  });
});

describe('unifiedDiff', () => {
  const names = { oldName: 'a/x.py', newName: 'b/x.py' };

  test('one hunk with three lines of context, numbered as diff -u numbers it', () => {
    const old = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].join('\n') + '\n';
    const changed = old.replace('5\n', 'five\n');
    expect(unifiedDiff(old, changed, names)).toBe(
      ['--- a/x.py', '+++ b/x.py', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n')
    );
  });

  test('changes far apart make two hunks; an insertion into an empty text starts at 0', () => {
    const old = Array.from({ length: 20 }, (_, i) => `l${i + 1}`).join('\n') + '\n';
    const changed = old.replace('l2\n', 'L2\n').replace('l19\n', 'L19\n');
    const diff = unifiedDiff(old, changed, names);
    expect(diff.match(/^@@ .* @@$/gm)).toEqual(['@@ -1,5 +1,5 @@', '@@ -16,5 +16,5 @@']);
    expect(unifiedDiff('', 'a\nb\n', { oldName: '/dev/null', newName: 'b/n' })).toBe('--- /dev/null\n+++ b/n\n@@ -0,0 +1,2 @@\n+a\n+b\n');
  });

  test('no difference, no diff', () => {
    expect(unifiedDiff('a\nb', 'a\nb\n', names)).toBe('');
    expect(linesOf('a\nb')).toEqual(['a', 'b']);
  });
});
