/** conda-lock's YAML lock (conda-lock.yml): a `package:` list of `{ name, version, manager }`. */
import { LineCounter, parseDocument } from 'yaml';
import { normalizeName } from './normalizeName';
import type { ParsedLock } from './types';

export function parseCondaLock(text: string, path: string): ParsedLock {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length) {
    return {
      problems: doc.errors.map(e => ({
        message: `Broken YAML: ${e.message.split('\n')[0]}`,
        path,
        line: lines.linePos(e.pos[0]).line
      }))
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // An alias bomb, or a structure toJS refuses.
    return { problems: [{ message: `YAML could not be read: ${err instanceof Error ? err.message : String(err)}`, path }] };
  }
  const packages = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).package : undefined;
  if (!Array.isArray(packages)) {
    return { problems: [{ message: 'conda-lock file without a "package" list', path, line: 1 }] };
  }
  const names = packages.flatMap(p =>
    typeof p === 'object' && p !== null && typeof (p as Record<string, unknown>).name === 'string'
      ? [normalizeName((p as Record<string, unknown>).name as string)]
      : []
  );
  return { locked: [...new Set(names)], problems: [] };
}
