/**
 * pyproject.toml: PEP 621 `[project] dependencies` and `optional-dependencies`, PEP 735
 * `[dependency-groups]`, poetry's `[tool.poetry.*dependencies]`, uv's dev-dependencies, and
 * setuptools' `dynamic` dependencies read from requirements files.
 */
import { normalizeName } from './normalizeName';
import { parseRequirementLine } from './requirementsTxt';
import { tableSpec } from './tableSpec';
import { TomlLines, parseTomlDocument } from './tomlLines';
import type { DeclaredPackage, ParsedDeclaration } from './types';

type Table = Record<string, unknown>;

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** poetry: a bare version (`1.2.3`) or `==1.2.3` is exact; `^`, `~`, ranges and wildcards are not. */
export function isPinnedPoetryVersion(version: string): boolean {
  return /^(={1,3})?\s*v?\d+(\.\d+)*([a-z0-9.+-]*)$/i.test(version.trim()) && !version.includes('*');
}

export function parsePyproject(text: string, path: string): ParsedDeclaration {
  const result: ParsedDeclaration = { packages: [], problems: [], includes: [] };
  const parsed = parseTomlDocument(text, path);
  if (!parsed.doc) {
    result.problems.push(parsed.problem!);
    return result;
  }
  const doc = parsed.doc as Table;
  const lines = new TomlLines(text);
  if (isTable(doc['build-system'])) {
    result.buildSystem = true;
  }

  /** Requirement strings of an array, each placed at its own line. */
  const addStrings = (values: unknown, from: number, group: string | undefined): void => {
    if (!Array.isArray(values)) {
      return;
    }
    let cursor = from;
    for (const value of values) {
      if (typeof value !== 'string') {
        continue;
      }
      const line = lines.string(value, cursor) ?? from;
      cursor = line;
      const parsed = parseRequirementLine(value, path, line, group);
      if (parsed.package) {
        result.packages.push(parsed.package);
      }
      if (parsed.problem) {
        result.problems.push(parsed.problem);
      }
    }
  };

  const project = doc.project;
  if (isTable(project)) {
    const start = lines.header('project') ?? 1;
    if (typeof project.name === 'string') {
      result.projectName = project.name;
    }
    addStrings(project.dependencies, lines.key('dependencies', start) ?? start, undefined);
    const optional = project['optional-dependencies'];
    if (isTable(optional)) {
      const table = lines.header('project.optional-dependencies') ?? start;
      for (const [group, values] of Object.entries(optional)) {
        addStrings(values, lines.key(group, table) ?? table, `optional:${group}`);
      }
    }
  }

  const groups = doc['dependency-groups'];
  if (isTable(groups)) {
    const start = lines.header('dependency-groups') ?? 1;
    for (const [group, values] of Object.entries(groups)) {
      addStrings(values, lines.key(group, start) ?? start, group);
    }
  }

  const tool = isTable(doc.tool) ? doc.tool : {};
  const uv = tool.uv;
  if (isTable(uv)) {
    const start = lines.header('tool.uv') ?? 1;
    addStrings(uv['dev-dependencies'], lines.key('dev-dependencies', start) ?? start, 'dev');
  }

  const setuptools = tool.setuptools;
  const dynamic = isTable(setuptools) && isTable(setuptools.dynamic) ? setuptools.dynamic : undefined;
  if (dynamic && isTable(dynamic.dependencies)) {
    const files = dynamic.dependencies.file;
    const line = lines.header('tool.setuptools.dynamic') ?? 1;
    for (const file of Array.isArray(files) ? files : [files]) {
      if (typeof file === 'string') {
        result.includes.push({ kind: 'requirements', target: file, line });
      }
    }
  }

  const poetry = tool.poetry;
  if (isTable(poetry)) {
    if (typeof poetry.name === 'string' && !result.projectName) {
      result.projectName = poetry.name;
    }
    addPoetryTable(poetry.dependencies, 'tool.poetry.dependencies', undefined);
    addPoetryTable(poetry['dev-dependencies'], 'tool.poetry.dev-dependencies', 'dev');
    if (isTable(poetry.group)) {
      for (const [group, body] of Object.entries(poetry.group)) {
        if (isTable(body)) {
          addPoetryTable(body.dependencies, `tool.poetry.group.${group}.dependencies`, group);
        }
      }
    }
  }
  return result;

  function addPoetryTable(table: unknown, header: string, group: string | undefined): void {
    if (!isTable(table)) {
      return;
    }
    const start = lines.header(header) ?? 1;
    const end = lines.tableEnd(start);
    for (const [name, spec] of Object.entries(table)) {
      if (name.toLowerCase() === 'python') {
        continue;
      }
      const line = lines.key(name, start, end) ?? start;
      const specs = Array.isArray(spec) ? spec : [spec];
      const verdicts = specs.map(s =>
        typeof s === 'string'
          ? { text: s, pinned: isPinnedPoetryVersion(s), local: false }
          : isTable(s)
            ? tableSpec(s, isPinnedPoetryVersion)
            : { text: '', pinned: false, local: false }
      );
      if (verdicts.some(v => v.local)) {
        continue;
      }
      const pkg: DeclaredPackage = {
        name,
        normalized: normalizeName(name),
        spec: verdicts.map(v => v.text).join(' | '),
        path,
        line,
        pinned: verdicts.length > 0 && verdicts.every(v => v.pinned),
        ecosystem: 'pypi'
      };
      if (group) {
        pkg.group = group;
      }
      result.packages.push(pkg);
    }
  }
}
