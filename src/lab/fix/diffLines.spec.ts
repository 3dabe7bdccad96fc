import { diffLineRoles } from './diffLines';

describe('diffLineRoles', () => {
  it('tells file headers, hunks, added, removed and context lines apart', () => {
    const diff = ['--- a/x.py', '+++ b/x.py', '@@ -1,2 +1,3 @@', ' keep', '-old', '--- removed dashes', '+new', ''].join('\n');
    expect(diffLineRoles(diff).map(l => l.role)).toEqual(['file', 'file', 'hunk', 'context', 'removed', 'removed', 'added']);
    expect(diffLineRoles(diff)[5].text).toBe('--- removed dashes');
  });
});
