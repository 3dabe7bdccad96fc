/**
 * Many batch outputs (JSON Lines, one per shard) into one table: a row per repo, sorted by repo, so that
 * the table does not depend on how the list was sharded or in which order repos finished. A repo found
 * more than once keeps its last audit (else its last error): a retry wins over the failure before it.
 */
import { CHECK_IDS, Status } from '../../audit/report';
import type { BatchLine } from '../batch/batchRun';

export interface MergedRow {
  repo: string;
  commit?: string;
  score?: number;
  error?: string;
  /** Item id -> its status; `ignored` when the repo's config ignores the item. */
  items: Record<string, Status | 'ignored'>;
}

export interface ItemRate {
  id: string;
  title: string;
  counts: Record<'pass' | 'warn' | 'fail' | 'na' | 'ignored', number>;
  /** Passed among the repos the item applies to (not na, not ignored); undefined when none. */
  passRate?: number;
}

export interface MergedTable {
  rows: MergedRow[];
  /** Item ids in report order (CHECK_IDS first, then any other a report had). */
  itemIds: string[];
  items: ItemRate[];
  /** Repos per score decile: [0,10), [10,20), ..., [90,100]. */
  histogram: number[];
  audited: number;
  failed: number;
  meanScore?: number;
  medianScore?: number;
  /** Lines that were not a batch result (cut short, or not JSON). */
  skippedLines: number;
}

export function parseBatchLines(jsonl: string): { lines: BatchLine[]; skipped: number } {
  const lines: BatchLine[] = [];
  let skipped = 0;
  for (const text of jsonl.split('\n')) {
    if (!text.trim()) {
      continue;
    }
    try {
      const line = JSON.parse(text) as BatchLine;
      if (line && typeof line.repo === 'string' && (line.report || typeof line.error === 'string')) {
        lines.push(line);
        continue;
      }
    } catch {
      // counted below
    }
    skipped++;
  }
  return { lines, skipped };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function mergeLines(lines: readonly BatchLine[], skippedLines = 0): MergedTable {
  const byRepo = new Map<string, BatchLine>();
  for (const line of lines) {
    const before = byRepo.get(line.repo);
    if (!before || line.report || !before.report) {
      byRepo.set(line.repo, line);
    }
  }
  const titles = new Map<string, string>();
  const rows: MergedRow[] = [...byRepo.values()]
    .sort((a, b) => compare(a.repo, b.repo))
    .map(line => {
      const items: MergedRow['items'] = {};
      for (const check of line.report?.checks ?? []) {
        items[check.id] = check.ignored ? 'ignored' : check.status;
        titles.set(check.id, titles.get(check.id) ?? check.title);
      }
      return {
        repo: line.repo,
        ...(line.commit ? { commit: line.commit } : {}),
        ...(line.report ? { score: line.report.score } : { error: line.error ?? 'unknown error' }),
        items
      };
    });
  const itemIds = [...CHECK_IDS.filter(id => titles.has(id)), ...[...titles.keys()].filter(id => !(CHECK_IDS as readonly string[]).includes(id)).sort(compare)];
  const items: ItemRate[] = itemIds.map(id => {
    const counts = { pass: 0, warn: 0, fail: 0, na: 0, ignored: 0 };
    for (const row of rows) {
      const status = row.items[id];
      if (status && status in counts) {
        counts[status as keyof typeof counts]++;
      }
    }
    const applicable = counts.pass + counts.warn + counts.fail;
    return { id, title: titles.get(id) ?? id, counts, ...(applicable ? { passRate: counts.pass / applicable } : {}) };
  });
  const scores = rows.filter(r => r.score !== undefined).map(r => r.score!);
  const histogram = new Array(10).fill(0);
  for (const score of scores) {
    histogram[Math.min(9, Math.floor(score / 10))]++;
  }
  const sorted = [...scores].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return {
    rows,
    itemIds,
    items,
    histogram,
    audited: scores.length,
    failed: rows.length - scores.length,
    ...(scores.length
      ? {
          meanScore: scores.reduce((s, x) => s + x, 0) / scores.length,
          medianScore: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        }
      : {}),
    skippedLines
  };
}

export function mergeJsonl(texts: readonly string[]): MergedTable {
  let skipped = 0;
  const lines: BatchLine[] = [];
  for (const text of texts) {
    const parsed = parseBatchLines(text);
    lines.push(...parsed.lines);
    skipped += parsed.skipped;
  }
  return mergeLines(lines, skipped);
}

export function percent(rate: number | undefined): string {
  return rate === undefined ? '–' : `${Math.round(rate * 100)}%`;
}

export function decileLabel(k: number): string {
  return k === 9 ? '90–100' : `${k * 10}–${k * 10 + 9}`;
}
