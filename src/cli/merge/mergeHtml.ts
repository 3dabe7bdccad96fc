/**
 * The merged table as one self-contained HTML page (inline CSS, no script, nothing fetched): totals, the
 * score distribution as bars, per-item pass rates, a row per repo. Every repo-derived text is escaped.
 */
import { oneLine } from '../format/controlChars';
import { MergedTable, decileLabel, percent } from './mergeTable';

export function escapeHtml(text: string): string {
  return oneLine(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#1b1b1b;background:#fff}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:2px 8px;text-align:left}
td.n{text-align:right}.bar{display:inline-block;height:12px;background:#4a7bd0;vertical-align:middle}
.pass{background:#d8f0d8}.warn{background:#fbefc5}.fail{background:#f6d2d2}.na,.ignored{color:#777}
.error{color:#a00}`;

function bar(fraction: number, width = 200): string {
  return `<span class="bar" style="width:${Math.round(Math.max(0, Math.min(1, fraction)) * width)}px"></span>`;
}

export function formatMergedHtml(table: MergedTable): string {
  const most = Math.max(1, ...table.histogram);
  const mean = table.meanScore === undefined ? '–' : table.meanScore.toFixed(1);
  const median = table.medianScore === undefined ? '–' : String(table.medianScore);
  const parts: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>repro-audit: merged results</title>',
    `<style>${STYLE}</style></head><body>`,
    '<h1>repro-audit: merged results</h1>',
    `<p>${table.audited} repos audited, ${table.failed} failed; mean score ${mean}, median ${median}.</p>`,
    '<h2>Score distribution</h2>',
    '<table><tr><th>score</th><th>repos</th><th></th></tr>',
    ...table.histogram.map((n, k) => `<tr><td>${decileLabel(k)}</td><td class="n">${n}</td><td>${bar(n / most)}</td></tr>`),
    '</table>',
    '<h2>Items</h2>',
    '<table><tr><th>item</th><th>pass rate</th><th></th><th>pass</th><th>warn</th><th>fail</th><th>n/a</th><th>ignored</th></tr>',
    ...table.items.map(item => {
      const c = item.counts;
      return `<tr><td>${escapeHtml(item.title)} (${escapeHtml(item.id)})</td><td class="n">${percent(item.passRate)}</td><td>${bar(item.passRate ?? 0)}</td><td class="n">${c.pass}</td><td class="n">${c.warn}</td><td class="n">${c.fail}</td><td class="n">${c.na}</td><td class="n">${c.ignored}</td></tr>`;
    }),
    '</table>',
    '<h2>Repos</h2>',
    `<table><tr><th>repo</th><th>score</th>${table.itemIds.map(id => `<th>${escapeHtml(id)}</th>`).join('')}</tr>`,
    ...table.rows.map(row => {
      const score = row.score === undefined ? `<td class="error">error: ${escapeHtml(row.error ?? '')}</td>` : `<td class="n">${row.score}</td>`;
      const cells = table.itemIds.map(id => {
        const status = row.items[id] ?? '';
        return `<td class="${escapeHtml(status)}">${escapeHtml(status)}</td>`;
      });
      return `<tr><td>${escapeHtml(row.repo)}</td>${score}${cells.join('')}</tr>`;
    }),
    '</table>',
    '</body></html>'
  ];
  return parts.join('\n') + '\n';
}
