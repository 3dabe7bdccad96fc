/**
 * pip's requirements format (requirements*.txt, *.in, the `pip:` section of environment.yml):
 * one requirement per line, `#` comments, `\` continuations, `-r`/`-c` includes, `-e` editables,
 * global options, and per-requirement options such as `--hash=`.
 */
import { condaPackage, parseCondaSpec } from './condaSpec';
import { normalizeName } from './normalizeName';
import { isExactSpecifier, isPinnedUrl, nameFromUrl, parseRequirement } from './pep508';
import type { DeclaredPackage, FileInclude, ParsedDeclaration, ParseProblem } from './types';

/** What one logical line holds: a package, an include, a problem, or nothing worth keeping. */
export interface RequirementLine {
  package?: DeclaredPackage;
  include?: FileInclude;
  problem?: ParseProblem;
}

const INCLUDE = /^(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+|(?=[^\s-]))(.+)$/;
const EDITABLE = /^(-e|--editable)(?:\s*=\s*|\s+)(.+)$/;
const URL_START = /^(git|hg|svn|bzr)\+|^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * A line of `conda list --export` (`numpy=1.21.2=py39h20f2e39_0`), often saved as requirements.txt:
 * a single `=` after the name, which no pip requirement has. Read as the conda spec it is.
 */
const CONDA_EXPORT_LINE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*=[^=]/;

function isLocalPath(text: string): boolean {
  // Called only on non-URLs: a path, or a bare archive file name.
  return /^(\.{1,2}(\/|\\|$)|\/|~|file:|[A-Za-z]:[\\/])/.test(text) || /^[^\s@;]+\.(whl|tar\.gz|zip)$/i.test(text);
}

/** Split the per-requirement options (`--hash=...`) from the requirement itself. */
function splitOptions(line: string): { requirement: string; options: string } {
  const at = line.search(/\s--?[A-Za-z]/);
  return at < 0 ? { requirement: line, options: '' } : { requirement: line.slice(0, at), options: line.slice(at) };
}

/** Interpret one logical line (comments already removed, continuations joined). */
export function parseRequirementLine(text: string, path: string, line: number, group?: string): RequirementLine {
  const content = text.trim();
  if (!content) {
    return {};
  }
  const include = INCLUDE.exec(content);
  if (include) {
    const kind = include[1] === '-c' || include[1] === '--constraint' ? 'constraints' : 'requirements';
    return { include: { kind, target: include[2].trim(), line } };
  }
  const editable = EDITABLE.exec(content);
  const body = editable ? editable[2].trim() : content;
  if (!editable && body.startsWith('-')) {
    // Global options (--index-url, --find-links, --pre...) name no package.
    return {};
  }
  const { requirement, options } = splitOptions(body);
  const hashed = /--hash[=\s]/.test(options);
  if (URL_START.test(requirement)) {
    const name = nameFromUrl(requirement);
    if (!name) {
      return { problem: { message: `URL without a package name (add #egg=name): ${requirement}`, path, line } };
    }
    return { package: makePackage(name, requirement, path, line, isPinnedUrl(requirement) || hashed, group) };
  }
  if (isLocalPath(requirement)) {
    // A folder or archive inside the repo is the project's own code, not a package to fetch.
    return {};
  }
  const parsed = parseRequirement(requirement);
  if ('error' in parsed) {
    const conda = CONDA_EXPORT_LINE.test(requirement) ? parseCondaSpec(requirement) : undefined;
    if (conda && !('error' in conda)) {
      return { package: condaPackage(conda, path, line) };
    }
    return { problem: { message: parsed.error, path, line } };
  }
  const spec = parsed.url ? `@ ${parsed.url}` : parsed.specifier;
  const pinned = parsed.url ? isPinnedUrl(parsed.url) || hashed : isExactSpecifier(parsed.specifier) || hashed;
  return { package: makePackage(parsed.name, spec, path, line, pinned, group) };
}

function makePackage(
  name: string,
  spec: string,
  path: string,
  line: number,
  pinned: boolean,
  group: string | undefined
): DeclaredPackage {
  const pkg: DeclaredPackage = { name, normalized: normalizeName(name), spec, path, line, pinned, ecosystem: 'pypi' };
  if (group) {
    pkg.group = group;
  }
  return pkg;
}

/** Physical lines joined at trailing backslashes, comments removed, with the first line's number. */
export function logicalLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const physical = text.split(/\r\n|\r|\n/);
  let pending = '';
  let start = 0;
  physical.forEach((raw, i) => {
    // pip drops a comment that starts the line or follows whitespace; '#' inside a URL stays.
    const stripped = raw.replace(/(^|\s)#.*$/, '');
    if (!pending) {
      start = i + 1;
    }
    if (/\\$/.test(stripped)) {
      pending += stripped.slice(0, -1) + ' ';
      return;
    }
    out.push({ text: pending + stripped, line: start });
    pending = '';
  });
  if (pending) {
    out.push({ text: pending, line: start });
  }
  return out;
}

export function parseRequirementsTxt(text: string, path: string): ParsedDeclaration {
  const result: ParsedDeclaration = { packages: [], problems: [], includes: [] };
  for (const logical of logicalLines(text)) {
    addRequirementLine(result, parseRequirementLine(logical.text, path, logical.line));
  }
  return result;
}

/** Adds what one requirement line declares, includes or gets wrong to a file's declaration. */
export function addRequirementLine(result: ParsedDeclaration, parsed: RequirementLine): void {
  if (parsed.package) {
    result.packages.push(parsed.package);
  }
  if (parsed.include) {
    result.includes.push(parsed.include);
  }
  if (parsed.problem) {
    result.problems.push(parsed.problem);
  }
}
