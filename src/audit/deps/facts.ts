/**
 * Shared facts about the repo's dependency files, parsed once for the dependencies, pinned and
 * binder checks (and the pin fixer): every recognised file with its packages, `-r`/`-c` includes
 * followed within the repo (relative to the including file, each file once, so cycles end).
 */
import { defineFact } from '../facts';
import type { RepoFacts } from '../facts';
import { dirName, joinPath } from '../reader';
import { normalizeName } from './normalizeName';
import { parseDependencyFile, ParsedFile } from './parseFile';
import { placeOf, resolveRelative } from './places';
import { recognise } from './recognise';
import { parseRequirementsTxt } from './requirementsTxt';
import { parseRuntimeTxt } from './runtimeTxt';
import type { DependencyFile, ParseProblem } from './types';

/** A dependency file's text, or the problem that keeps it from being read. */
async function readText(facts: RepoFacts, path: string): Promise<{ text?: string; problem?: ParseProblem }> {
  const file = await facts.text(path);
  if (file.text === undefined) {
    return { problem: { message: `Dependency file not read (${file.problem ?? 'unreadable'})`, path } };
  }
  // A file cut at the size limit ends mid-line: that last line would be a wrong package name.
  return { text: file.truncated ? file.text.slice(0, file.text.lastIndexOf('\n') + 1) : file.text };
}

async function snapshotDateBeside(facts: RepoFacts, path: string): Promise<string | undefined> {
  const runtime = joinPath(dirName(path), 'runtime.txt');
  if (!facts.has(runtime)) {
    return undefined;
  }
  const { text } = await readText(facts, runtime);
  const parsed = text === undefined ? undefined : parseRuntimeTxt(text);
  return parsed?.kind === 'r' ? parsed.date : undefined;
}

/** Whether a project file declares anything: a pyproject.toml with only tool settings does not. */
function declaresSomething(file: ParsedFile): boolean {
  return file.packages.length > 0 || file.includes.length > 0 || !!file.projectName || file.problems.length > 0;
}

/** Follow `-r` and `-c` from `from`, adding packages and constraint pins to `into`. */
async function followIncludes(
  facts: RepoFacts,
  from: string,
  parsed: ParsedFile,
  into: DependencyFile,
  visited: Set<string>,
  asConstraints: boolean
): Promise<void> {
  for (const include of parsed.includes) {
    const target = resolveRelative(dirName(from), include.target);
    if (target === undefined || !facts.has(target)) {
      into.problems.push({ message: `Included file not found in the repo: ${include.target}`, path: from, line: include.line });
      continue;
    }
    if (visited.has(target)) {
      continue;
    }
    visited.add(target);
    const { text, problem } = await readText(facts, target);
    if (problem) {
      into.problems.push(problem);
      continue;
    }
    const child = parseRequirementsTxt(text!, target);
    (into.included ??= []).push(target);
    into.problems.push(...child.problems);
    const constraints = asConstraints || include.kind === 'constraints';
    if (constraints) {
      const pinned = child.packages.filter(p => p.pinned).map(p => p.normalized);
      into.constrained = [...new Set([...(into.constrained ?? []), ...pinned])];
    } else {
      into.packages.push(...child.packages);
    }
    await followIncludes(facts, target, child, into, visited, constraints);
  }
}

export const DEPENDENCY_FILES = defineFact<DependencyFile[]>('deps.files', async facts => {
  const out: DependencyFile[] = [];
  for (const { path } of facts.files) {
    const kind = recognise(path);
    if (!kind) {
      continue;
    }
    const file: DependencyFile = { path, format: kind.format, role: kind.role, place: placeOf(path), packages: [], problems: [] };
    const { text, problem } = await readText(facts, path);
    if (problem) {
      file.problems.push(problem);
      out.push(file);
      continue;
    }
    const snapshotDate = kind.format === 'install.R' ? await snapshotDateBeside(facts, path) : undefined;
    const parsed = parseDependencyFile(kind, text!, path, { snapshotDate });
    if ((kind.format === 'pyproject' || kind.format === 'setup.cfg') && !declaresSomething(parsed)) {
      continue;
    }
    file.packages.push(...parsed.packages);
    file.problems.push(...parsed.problems);
    if (parsed.locked) {
      file.locked = parsed.locked;
    }
    if (parsed.projectName) {
      file.projectName = parsed.projectName;
    }
    if (parsed.buildSystem) {
      file.buildSystem = true;
    }
    if (parsed.dockerfile) {
      file.dockerfile = parsed.dockerfile;
    }
    await followIncludes(facts, path, parsed, file, new Set([path]), false);
    out.push(file);
  }
  return out;
});

/** Names that need no further declaration: the python interpreter and the installer itself. */
export const NOT_PACKAGES: ReadonlySet<string> = new Set(['python', 'pip', 'julia', 'r', 'r-base']);

/**
 * Normalised names the repo makes installable: every declared package, every locked one, and
 * the project's own distribution names.
 */
export const DECLARED_NAMES = defineFact<ReadonlySet<string>>('deps.declaredNames', async facts => {
  const names = new Set<string>();
  for (const file of await facts.get(DEPENDENCY_FILES)) {
    file.packages.forEach(p => names.add(p.normalized));
    file.locked?.forEach(n => names.add(n));
    if (file.projectName) {
      names.add(normalizeName(file.projectName));
    }
  }
  return names;
});
