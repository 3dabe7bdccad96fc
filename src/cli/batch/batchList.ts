/** The entries of a batch list, which of them are git URLs, and the share of them one shard takes. */

export interface BatchEntry {
  /** As written in the list: the key results are recorded and resumed under. */
  repo: string;
  kind: 'folder' | 'git';
}

/** `scheme://...` (https, ssh, git, file) or scp-like `user@host:path`: cloned. Anything else is a folder. */
export function isGitUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^[\w.-]+@[\w.-]+:(?!\/\/)/.test(text);
}

/** One entry a line; blank lines and `#` comments skipped; the first of duplicates kept. */
export function parseBatchList(text: string): BatchEntry[] {
  const seen = new Set<string>();
  const entries: BatchEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const repo = raw.trim();
    if (!repo || repo.startsWith('#') || seen.has(repo)) {
      continue;
    }
    seen.add(repo);
    entries.push({ repo, kind: isGitUrl(repo) ? 'git' : 'folder' });
  }
  return entries;
}

/**
 * Shard I of N (1-based) takes entries I-1, I-1+N, ... of the list: every entry in exactly one shard, the
 * shares within one of each other in size, and a shard's share fixed by the list alone (no state shared).
 */
export function shardOf<T>(entries: readonly T[], shard: { index: number; count: number }): T[] {
  return entries.filter((_, k) => k % shard.count === shard.index - 1);
}
