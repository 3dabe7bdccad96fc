import { formatText } from './text';
import { HOSTILE_NAME, sampleReport } from './__tests__/sampleReport';

describe('formatText', () => {
  const plain = formatText(sampleReport(), { color: false });
  const lines = plain.split('\n');

  it('starts with the root and the score with its grade', () => {
    expect(lines[0]).toBe('Reproducibility audit of examples/demo');
    expect(lines[1]).toBe('Score 47/100, grade D   (12 files, 12.3 kB read, 35 ms)');
  });

  it('lists items in report order with symbol, word, aligned title and weight', () => {
    const rows = lines.filter(l => /^ {2}[✓!✗-] (PASS|WARN|FAIL|N\/A)/.test(l));
    expect(rows).toEqual([
      '  ✓ PASS  Dependencies declared      15  requirements.txt declares 3 packages',
      '  ! WARN  Versions pinned            10  1 of 3 packages pinned',
      '  ✗ FAIL  Binder-ready               10  No Binder link',
      '  ✗ FAIL  Random seeds fixed         15  numpy draws before any seed',
      '  - N/A   Hardware described          5'
    ]);
    expect(lines[3]).toBe('  Status  Item                   Weight  Summary');
  });

  it('indents findings as path:line  message under their item, with further places', () => {
    const pinned = lines.indexOf('  ! WARN  Versions pinned            10  1 of 3 packages pinned');
    expect(lines[pinned + 1]).toBe('      ! requirements.txt:2  scikit-learn has no version  [pinned.not-exact]');
    expect(lines[pinned + 2]).toBe('                            also: requirements.txt:3, env/requirements-dev.txt:10');
    expect(plain).toContain('      ✗ notebooks/train.ipynb (cell 4, line 2)    np.random.rand draws before numpy is seeded');
  });

  it('has a warnings section and says which limits were hit', () => {
    const at = lines.indexOf('Warnings (2)');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('  ! data/big.csv  File is larger than the per-file limit (8388608 bytes); only its start was read  [reading.file-truncated]');
    expect(lines[at + 2]).toBe('  !               The repo has more than 10 files  [reading.max-files]');
    expect(plain).toContain('Limits hit: maxBytesPerFile (only part of the repo was audited; see the warnings)');
  });

  it('keeps hostile text on one line and shows escape characters instead of sending them', () => {
    expect(plain).not.toContain('\x1b');
    expect(plain).toContain('\\u{1b}[31m.py:7  Message quoting evil|name');
    expect(plain).toContain('.py\\nsecond line');
    expect(plain.split('\n').filter(l => l.includes(HOSTILE_NAME.slice(0, 8)))).toHaveLength(1);
  });

  it('colours only when asked, and then keeps the words', () => {
    const coloured = formatText(sampleReport(), { color: true });
    expect(coloured).toContain('\x1b[31m✗ FAIL\x1b[0m');
    expect(coloured).toContain('\x1b[32m✓ PASS\x1b[0m');
    // Without ANSI codes the coloured text is the plain one, apart from repo text escaped in both.
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('says nothing about warnings or limits when there are none', () => {
    const report = sampleReport();
    report.warnings = [];
    report.stats.limitsHit = [];
    const text = formatText(report, { color: false });
    expect(text).not.toContain('Warnings');
    expect(text).not.toContain('Limits hit');
  });
});

describe('formatText with many findings', () => {
  it('shows the first ones of an item and counts the rest', () => {
    const report = sampleReport();
    report.checks[1].findings = Array.from({ length: 25 }, (_, i) => ({
      status: 'warn' as const,
      code: 'pinned.not-exact' as const,
      message: `finding ${i}`,
      path: 'a.py',
      line: i + 1
    }));
    const lines = formatText(report, { color: false, findingsPerCheck: 3 }).split('\n');
    const at = lines.indexOf('  ! WARN  Versions pinned            10  1 of 3 packages pinned');
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '      ! a.py:1  finding 0  [pinned.not-exact]',
      '      ! a.py:2  finding 1  [pinned.not-exact]',
      '      ! a.py:3  finding 2  [pinned.not-exact]',
      '      … and 22 more (all of them in --format json)'
    ]);
    expect(formatText(report, { color: false }).split('\n').filter(l => l.includes('finding '))).toHaveLength(20);
  });
});
