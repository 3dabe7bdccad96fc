/** Pipfile (TOML): `[packages]` and `[dev-packages]`, each `name = "spec"` or a table. */
import { normalizeName } from './normalizeName';
import { isExactSpecifier } from './pep508';
import { tableSpec } from './tableSpec';
import { TomlLines, parseTomlDocument } from './tomlLines';
import type { DeclaredPackage, ParsedDeclaration } from './types';

const SECTIONS: [string, string | undefined][] = [
  ['packages', undefined],
  ['dev-packages', 'dev']
];

export function parsePipfile(text: string, path: string): ParsedDeclaration {
  const result: ParsedDeclaration = { packages: [], problems: [], includes: [] };
  const parsed = parseTomlDocument(text, path);
  if (!parsed.doc) {
    result.problems.push(parsed.problem!);
    return result;
  }
  const doc = parsed.doc as Record<string, unknown>;
  const lines = new TomlLines(text);
  for (const [section, group] of SECTIONS) {
    const table = doc[section];
    if (typeof table !== 'object' || table === null || Array.isArray(table)) {
      continue;
    }
    const start = lines.header(section) ?? 1;
    const end = lines.tableEnd(start);
    for (const [name, spec] of Object.entries(table as Record<string, unknown>)) {
      const verdict =
        typeof spec === 'string'
          ? { text: spec, pinned: isExactSpecifier(spec), local: false }
          : typeof spec === 'object' && spec !== null && !Array.isArray(spec)
            ? tableSpec(spec as Record<string, unknown>, isExactSpecifier)
            : { text: '', pinned: false, local: false };
      if (verdict.local) {
        continue;
      }
      const pkg: DeclaredPackage = {
        name,
        normalized: normalizeName(name),
        spec: verdict.text,
        path,
        line: lines.key(name, start, end) ?? start,
        pinned: verdict.pinned,
        ecosystem: 'pypi'
      };
      if (group) {
        pkg.group = group;
      }
      result.packages.push(pkg);
    }
  }
  return result;
}
