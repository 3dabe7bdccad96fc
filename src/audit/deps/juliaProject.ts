/**
 * Julia's Project.toml: `[deps]` names the packages; a `[compat]` entry `"=1.2.3"` fixes one version.
 * Otherwise versions are fixed by a Manifest.toml beside it (a lock).
 */
import { normalizeName } from './normalizeName';
import { TomlLines, parseTomlDocument } from './tomlLines';
import type { ParsedDeclaration } from './types';

export function parseJuliaProject(text: string, path: string): ParsedDeclaration {
  const result: ParsedDeclaration = { packages: [], problems: [], includes: [] };
  const parsed = parseTomlDocument(text, path);
  if (!parsed.doc) {
    result.problems.push(parsed.problem!);
    return result;
  }
  const doc = parsed.doc as Record<string, unknown>;
  if (typeof doc.name === 'string') {
    result.projectName = doc.name;
  }
  const deps = doc.deps;
  if (typeof deps !== 'object' || deps === null || Array.isArray(deps)) {
    return result;
  }
  const compat = (typeof doc.compat === 'object' && doc.compat !== null ? doc.compat : {}) as Record<string, unknown>;
  const lines = new TomlLines(text);
  const start = lines.header('deps') ?? 1;
  const end = lines.tableEnd(start);
  for (const name of Object.keys(deps)) {
    const bound = typeof compat[name] === 'string' ? (compat[name] as string).trim() : '';
    result.packages.push({
      name,
      normalized: normalizeName(name),
      spec: bound,
      path,
      line: lines.key(name, start, end) ?? start,
      pinned: /^=\s*\d+(\.\d+)*$/.test(bound),
      ecosystem: 'julia'
    });
  }
  return result;
}
