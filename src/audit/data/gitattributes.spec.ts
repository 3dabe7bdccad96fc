import { isLfsPointer, lfsRuleFor, parseGitAttributes } from './gitattributes';

describe('Git LFS patterns', () => {
  const root = parseGitAttributes(
    ['# comment', '*.pt filter=lfs diff=lfs merge=lfs -text', 'data/** filter=lfs', '*.md text', 'data/small.csv -filter', '"my file.bin" filter=lfs'].join('\n'),
    '.gitattributes'
  );
  const nested = parseGitAttributes('*.csv filter=lfs\n', 'sub/.gitattributes');
  const rules = [...root, ...nested];

  it('keeps only lines about the filter, with their lines', () => {
    expect(root.map(r => [r.pattern, r.lfs, r.line])).toEqual([
      ['*.pt', true, 2],
      ['data/**', true, 3],
      ['data/small.csv', false, 5],
      ['my file.bin', true, 6]
    ]);
  });

  it.each([
    ['models/net.pt', true],
    ['data/x/big.parquet', true],
    ['data/small.csv', false],
    ['my file.bin', true],
    ['sub/t.csv', true],
    ['t.csv', false],
    ['README.md', false]
  ])('%s in LFS: %s', (path, expected) => {
    expect(lfsRuleFor(rules, path)?.lfs === true).toBe(expected);
  });

  it('recognises pointer files', () => {
    expect(isLfsPointer('version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12\n')).toBe(true);
    expect(isLfsPointer('\uFEFFversion https://git-lfs.github.com/spec/v1\n')).toBe(true);
    expect(isLfsPointer('PK\u0003\u0004')).toBe(false);
  });
});
