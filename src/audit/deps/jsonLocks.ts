/** JSON lock files: Pipfile.lock (`default`/`develop` tables) and renv.lock (`Packages`). */
import { jsonProblem } from './jsonError';
import { normalizeName } from './normalizeName';
import type { ParsedLock } from './types';

function keysOf(value: unknown): string[] {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
}

function parseJsonLock(text: string, path: string, tables: string[]): ParsedLock {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { problems: [{ ...jsonProblem(text, err), path }] };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { problems: [{ message: 'Lock file is not a JSON object', path, line: 1 }] };
  }
  const names = tables.flatMap(t => keysOf((doc as Record<string, unknown>)[t]));
  return { locked: [...new Set(names.map(normalizeName))], problems: [] };
}

export function parsePipfileLock(text: string, path: string): ParsedLock {
  return parseJsonLock(text, path, ['default', 'develop']);
}

export function parseRenvLock(text: string, path: string): ParsedLock {
  return parseJsonLock(text, path, ['Packages']);
}
