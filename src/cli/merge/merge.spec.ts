/** The merged table and its three renderings, from hand-written batch lines. */
import type { AuditReport, CheckResult, Status } from '../../audit/report';
import type { BatchLine } from '../batch/batchRun';
import { csvCell, formatCsv } from './mergeCsv';
import { escapeHtml, formatMergedHtml } from './mergeHtml';
import { formatMergedMarkdown } from './mergeMarkdown';
import { mergeJsonl, mergeLines } from './mergeTable';

function check(id: string, status: Status, ignored = false): CheckResult {
  return {
    id,
    title: `Title of ${id}`,
    status,
    weight: 10,
    summary: '',
    why: '',
    sources: [],
    findings: [],
    ...(ignored ? { ignored: { reason: 'r', source: 'config' } } : {})
  } as CheckResult;
}

function report(score: number, statuses: Partial<Record<string, Status | 'ignored'>>): AuditReport {
  return {
    version: 1,
    root: '.',
    score,
    checks: Object.entries(statuses).map(([id, s]) => (s === 'ignored' ? check(id, 'fail', true) : check(id, s!))),
    stats: { files: 1, bytesRead: 1, ms: 1, limitsHit: [] },
    warnings: []
  };
}

const HOSTILE = 'evil|<img src=x onerror=alert(1)>\n=HYPERLINK("x")';

describe('mergeLines', () => {
  const lines: BatchLine[] = [
    { repo: 'b', report: report(95, { seeds: 'pass', tests: 'fail' }) },
    { repo: 'a', report: report(40, { seeds: 'fail', tests: 'na' }) },
    { repo: 'c', error: 'git clone failed: not found' },
    { repo: 'd', report: report(100, { seeds: 'pass', tests: 'ignored' }) },
    { repo: 'e', report: report(5, { seeds: 'warn', tests: 'pass' }) }
  ];

  it('sorts rows by repo and counts, per item, pass rates over the repos it applies to', () => {
    const table = mergeLines(lines);
    expect(table.rows.map(r => r.repo)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(table.itemIds).toEqual(['seeds', 'tests']);
    const seeds = table.items.find(i => i.id === 'seeds')!;
    expect(seeds.counts).toEqual({ pass: 2, warn: 1, fail: 1, na: 0, ignored: 0 });
    expect(seeds.passRate).toBe(0.5);
    const tests = table.items.find(i => i.id === 'tests')!;
    expect(tests.counts).toEqual({ pass: 1, warn: 0, fail: 1, na: 1, ignored: 1 });
    expect(tests.passRate).toBe(0.5);
    expect(table.histogram).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 2]);
    expect(table.audited).toBe(4);
    expect(table.failed).toBe(1);
    expect(table.meanScore).toBe(60);
    expect(table.medianScore).toBe(67.5);
  });

  it('keeps a repo\'s last audit, and never lets an error replace an audit', () => {
    const table = mergeLines([
      { repo: 'x', error: 'timed out' },
      { repo: 'x', report: report(50, {}) },
      { repo: 'x', error: 'timed out again' },
      { repo: 'y', report: report(10, {}) },
      { repo: 'y', report: report(20, {}) }
    ]);
    expect(table.rows).toEqual([
      { repo: 'x', score: 50, items: {} },
      { repo: 'y', score: 20, items: {} }
    ]);
  });

  it('skips lines that are not results, and counts them', () => {
    const table = mergeJsonl([`${JSON.stringify({ repo: 'a', report: report(1, {}) })}\n{"repo": "b", "rep`, '\n[1]\n']);
    expect(table.rows.map(r => r.repo)).toEqual(['a']);
    expect(table.skippedLines).toBe(2);
  });
});

describe('the renderings escape repo-derived text', () => {
  const table = mergeLines([
    { repo: HOSTILE, report: report(50, { seeds: 'pass' }) },
    { repo: 'ok', error: '<b>bold</b> | pipe' }
  ]);

  it('CSV: quotes, doubles quotes, and disarms formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell(-3)).toBe('-3');
    const csv = formatCsv(table);
    expect(csv).toContain(`"${HOSTILE.replace(/"/g, '""')}"`);
    expect(csv.split('\r\n')[2]).toBe('ok,,,<b>bold</b> | pipe,');
  });

  it('Markdown: no raw HTML, no extra table cells, no line break', () => {
    const md = formatMergedMarkdown(table);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    const row = md.split('\n').find(l => l.includes('HYPERLINK'))!;
    expect(row).toContain('evil\\|&lt;img');
    expect(row.replace(/\\\|/g, '').split('|').length).toBe(5);
  });

  it('HTML: one self-contained page, every text escaped', () => {
    const html = formatMergedHtml(table);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<img|<b>|href=/i);
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(escapeHtml(HOSTILE)).toContain('&lt;img src=x onerror=alert(1)&gt;\\n=HYPERLINK(&quot;x&quot;)');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; | pipe');
  });
});
