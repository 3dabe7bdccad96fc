/**
 * setup.cfg: `install_requires` in `[options]` and each key of `[options.extras_require]`, as
 * dangling multi-line lists; `file:` values point at requirements files.
 */
import { parseRequirementLine } from './requirementsTxt';
import type { ParsedDeclaration } from './types';

interface IniValue {
  section: string;
  key: string;
  /** The value's lines (the first is what follows `=` on the key's line). */
  lines: { text: string; line: number }[];
}

/** A small INI reader: enough of configparser's rules for setup.cfg (indented continuation lines). */
function readIni(text: string): { values: IniValue[]; problems: { message: string; line: number }[] } {
  const values: IniValue[] = [];
  const problems: { message: string; line: number }[] = [];
  let section = '';
  let current: IniValue | undefined;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    if (/^\s*([#;].*)?$/.test(raw)) {
      return;
    }
    if (/^\s/.test(raw) && current) {
      current.lines.push({ text: raw.trim(), line });
      return;
    }
    const header = /^\[([^\]]+)\]\s*$/.exec(raw.trim());
    if (header) {
      section = header[1].trim();
      current = undefined;
      return;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (!pair) {
      problems.push({ message: `setup.cfg line is neither a section, a key nor a continuation`, line });
      current = undefined;
      return;
    }
    current = { section, key: pair[1].trim(), lines: [{ text: pair[2].trim(), line }] };
    values.push(current);
  });
  return { values, problems };
}

export function parseSetupCfg(text: string, path: string): ParsedDeclaration {
  const result: ParsedDeclaration = { packages: [], problems: [], includes: [] };
  const ini = readIni(text);
  for (const problem of ini.problems) {
    result.problems.push({ ...problem, path });
  }
  for (const value of ini.values) {
    if (value.section === 'metadata' && value.key === 'name') {
      result.projectName = value.lines[0].text;
      continue;
    }
    const group =
      value.section === 'options' && value.key === 'install_requires'
        ? ''
        : value.section === 'options.extras_require'
          ? `optional:${value.key}`
          : undefined;
    if (group === undefined) {
      continue;
    }
    for (const entry of value.lines) {
      const content = entry.text.replace(/(^|\s)#.*$/, '').trim();
      const file = /^file:\s*(.+)$/.exec(content);
      if (file) {
        for (const target of file[1].split(',').map(t => t.trim()).filter(Boolean)) {
          result.includes.push({ kind: 'requirements', target, line: entry.line });
        }
        continue;
      }
      const parsed = parseRequirementLine(content, path, entry.line, group || undefined);
      if (parsed.package) {
        result.packages.push(parsed.package);
      }
      if (parsed.problem) {
        result.problems.push(parsed.problem);
      }
    }
  }
  return result;
}
