import { isGitIgnored, parseGitIgnore } from './gitignore';

describe('isGitIgnored', () => {
  const rules = [
    ...parseGitIgnore(['# data', 'data/', '*.log', '!keep.log', '/build', '\\#odd'].join('\n'), '.gitignore'),
    ...parseGitIgnore('*.tmp\n!data/keep.csv\n', 'sub/.gitignore')
  ];
  it.each([
    ['data/big.csv', true],
    ['src/data/big.csv', true],
    ['x.log', true],
    ['keep.log', false],
    ['build/a.o', true],
    ['src/build/a.o', false],
    ['#odd', true],
    ['sub/a.tmp', true],
    ['a.tmp', false],
    ['sub/data/keep.csv', true],
    ['src/model.py', false]
  ])('%s ignored: %s', (path, expected) => {
    expect(isGitIgnored(rules, path)).toBe(expected);
  });

  it('ignores nothing without rules', () => {
    expect(isGitIgnored([], 'a.csv')).toBe(false);
  });
});
