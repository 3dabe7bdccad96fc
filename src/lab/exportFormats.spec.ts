/** What "Export report" and "Copy README badge" write: escaped Markdown, a well-formed SVG badge, rescoring. */
import type { AuditReport } from '../audit/report';
import { badgeMarkdown, badgeSvg } from './badge';
import { rescoreReport } from './rescore';
import { escapeInline, reportMarkdown } from './reportMarkdown';
import { writeBadge, writeReport } from './reportFiles';

const EVIL = '<img src=x onerror=alert(1)>.py';

const report: AuditReport = {
  version: 1,
  root: 'papers/demo',
  score: 50,
  checks: [
    {
      id: 'seeds',
      title: 'Random seeds',
      weight: 15,
      why: 'Unseeded runs differ.',
      sources: [{ title: 'PyTorch randomness', url: 'https://pytorch.org/docs/stable/notes/randomness.html' }],
      status: 'fail',
      summary: '1 unseeded | script',
      findings: [{ status: 'fail', code: 'seeds.unseeded-before-use', message: 'numpy is used before any seed in `x`', path: EVIL, line: 3 }]
    },
    {
      id: 'docs',
      title: 'Docs',
      weight: 15,
      why: '',
      sources: [],
      status: 'pass',
      summary: 'README',
      findings: [{ status: 'pass', code: 'docs.results', message: 'ok', path: 'nb.ipynb', cell: 2, line: 1 }]
    }
  ],
  stats: { files: 2, bytesRead: 10, ms: 1, limitsHit: ['maxFiles'] },
  warnings: []
};

describe('reportMarkdown', () => {
  it('escapes repo-derived text so it cannot become HTML, links or table cells', () => {
    expect(escapeInline('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeInline('a | b')).toBe('a \\| b');
    const md = reportMarkdown(report);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;.py:3');
    expect(md).toContain('| ❌ fail | Random seeds | 15 | 1 unseeded \\| script |');
    expect(md).toContain('nb.ipynb (cell 3, line 1)');
    expect(md).toContain('[PyTorch randomness](<https://pytorch.org/docs/stable/notes/randomness.html>)');
    expect(md).toContain('**Limits hit:** maxFiles');
    expect(md.startsWith('# Reproducibility audit: 50/100 (grade D)')).toBe(true);
  });
});

describe('badge', () => {
  it('draws the score and grade, clamped, with literal colours', () => {
    const svg = badgeSvg(72);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>72/100 C<');
    expect(svg).toContain('fill="#f9a825"');
    expect(badgeSvg(140)).toContain('>100/100 A<');
    expect(badgeSvg(-3)).toContain('>0/100 F<');
    expect(badgeMarkdown(91, 'repro-audit-badge.svg')).toBe('![Reproducibility 91/100 (grade A)](repro-audit-badge.svg)');
  });
});

describe('rescoreReport', () => {
  it('applies new weights to the same statuses, defaults for the rest', () => {
    const r = rescoreReport(report, { seeds: 0 });
    expect(r.score).toBe(100);
    expect(r.checks.map(c => c.weight)).toEqual([0, 10]);
    expect(report.score).toBe(50);
  });

  it('keeps the weights the repo config set, under the ones given, and leaves ignored items out', () => {
    const configured = { ...report, config: { path: '.repro-audit.toml', weights: { seeds: 30, docs: 5 } } };
    expect(rescoreReport(configured, { docs: 10 }).checks.map(c => c.weight)).toEqual([30, 10]);
    const ignored = { ...configured, checks: [{ ...report.checks[0], ignored: { reason: 'r', source: 'config' as const } }, report.checks[1]] };
    expect(rescoreReport(ignored, {}).score).toBe(100);
  });
});

describe('report files', () => {
  it('writes Markdown, JSON and the badge into the audited folder', async () => {
    const saved: Record<string, string> = {};
    const contents = {
      save: async (path: string, options?: { content?: unknown }) => {
        saved[path] = String(options?.content);
        return {} as never;
      }
    };
    expect(await writeReport(contents, 'papers/demo', report)).toEqual({
      markdown: 'papers/demo/repro-audit-report.md',
      json: 'papers/demo/repro-audit-report.json'
    });
    expect(JSON.parse(saved['papers/demo/repro-audit-report.json']).score).toBe(50);
    expect(await writeBadge(contents, '', 50)).toBe('repro-audit-badge.svg');
    expect(saved['repro-audit-badge.svg']).toContain('50/100 D');
  });
});
