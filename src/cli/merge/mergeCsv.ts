/**
 * The merged table as CSV (RFC 4180): a header, then a row per repo. Repo-derived cells that a spreadsheet
 * would run as a formula (starting with = + - @, tab or CR) get a leading apostrophe.
 */
import { MergedTable } from './mergeTable';

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(table: MergedTable): string {
  const header = ['repo', 'commit', 'score', 'error', ...table.itemIds];
  const lines = [header.map(csvCell).join(',')];
  for (const row of table.rows) {
    lines.push([row.repo, row.commit, row.score, row.error, ...table.itemIds.map(id => row.items[id])].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
