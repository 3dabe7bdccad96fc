/**
 * TOML lock files: poetry.lock, uv.lock, pdm.lock (`[[package]] name`), PEP 751 pylock.toml
 * (`[[packages]] name`), Julia's Manifest.toml (`[[deps.Name]]`, or `[[Name]]` before format 2.0),
 * and any other `*.lock` written in TOML with `[[package]]` tables.
 */
import { parse } from 'smol-toml';
import { normalizeName } from './normalizeName';
import { parseTomlDocument } from './tomlLines';
import type { ParsedLock } from './types';

type Table = Record<string, unknown>;

function namesOfArray(value: unknown): string[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap(entry => {
    const name = typeof entry === 'object' && entry !== null ? (entry as Table).name : undefined;
    return typeof name === 'string' ? [name] : [];
  });
}

function parseToml(text: string, path: string): { doc?: Table; problems: ParsedLock['problems'] } {
  const { doc, problem } = parseTomlDocument(text, path);
  return { doc: doc as Table | undefined, problems: problem ? [problem] : [] };
}

/** poetry.lock, uv.lock, pdm.lock, pylock.toml. */
export function parsePackageListLock(text: string, path: string): ParsedLock {
  const { doc, problems } = parseToml(text, path);
  if (!doc) {
    return { problems };
  }
  const names = [...namesOfArray(doc.package), ...namesOfArray(doc.packages)];
  return { locked: [...new Set(names.map(normalizeName))], problems };
}

/** A `*.lock` of unknown origin: TOML with package tables is understood, anything else only recognised. */
export function parseUnknownLock(text: string, path: string): ParsedLock {
  try {
    const doc = parse(text) as Table;
    const names = [...namesOfArray(doc.package), ...namesOfArray(doc.packages)];
    if (names.length) {
      return { locked: [...new Set(names.map(normalizeName))], problems: [] };
    }
  } catch {
    // Not TOML: many lock formats are not (conda's explicit lists, for one); that is no error.
  }
  return { problems: [] };
}

/** Julia's Manifest.toml. */
export function parseJuliaManifest(text: string, path: string): ParsedLock {
  const { doc, problems } = parseToml(text, path);
  if (!doc) {
    return { problems };
  }
  const deps = doc.deps;
  const table = typeof deps === 'object' && deps !== null && !Array.isArray(deps) ? (deps as Table) : doc;
  const names = Object.entries(table)
    .filter(([, value]) => Array.isArray(value))
    .map(([name]) => normalizeName(name));
  return { locked: names, problems };
}
