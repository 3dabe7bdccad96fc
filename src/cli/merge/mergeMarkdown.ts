/** The merged table as Markdown: totals, the score distribution, per-item pass rates, then a row per repo. */
import { escapeMarkdown } from '../format/markdownEscape';
import { MergedTable, decileLabel, percent } from './mergeTable';

export function formatMergedMarkdown(table: MergedTable): string {
  const out: string[] = ['# repro-audit: merged results', ''];
  const mean = table.meanScore === undefined ? '–' : table.meanScore.toFixed(1);
  const median = table.medianScore === undefined ? '–' : String(table.medianScore);
  out.push(`${table.audited} repos audited, ${table.failed} failed; mean score ${mean}, median ${median}.`, '');
  out.push('## Score distribution', '', '| score | repos |', '|---|---:|');
  table.histogram.forEach((n, k) => out.push(`| ${decileLabel(k)} | ${n} |`));
  out.push('', '## Items', '', '| item | pass rate | pass | warn | fail | n/a | ignored |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const item of table.items) {
    const c = item.counts;
    out.push(`| ${escapeMarkdown(item.title)} (${escapeMarkdown(item.id)}) | ${percent(item.passRate)} | ${c.pass} | ${c.warn} | ${c.fail} | ${c.na} | ${c.ignored} |`);
  }
  out.push('', '## Repos', '', `| repo | score | ${table.itemIds.map(escapeMarkdown).join(' | ')} |`, `|---|---:|${table.itemIds.map(() => '---|').join('')}`);
  for (const row of table.rows) {
    const score = row.score === undefined ? `error: ${escapeMarkdown(row.error ?? '')}` : String(row.score);
    out.push(`| ${escapeMarkdown(row.repo)} | ${score} | ${table.itemIds.map(id => row.items[id] ?? '').join(' | ')} |`);
  }
  return out.join('\n') + '\n';
}
