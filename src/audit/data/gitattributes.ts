/**
 * Which paths Git LFS stores: the `filter=lfs` patterns of the repo's `.gitattributes` files.
 * Like git, the last matching line wins, and a nested `.gitattributes` overrides its parents.
 */
import { compileGlob, GlobMatcher } from '../glob';

export interface LfsRule {
  /** The `.gitattributes` file the rule comes from, and its 1-based line. */
  source: string;
  line: number;
  pattern: string;
  /** True for `filter=lfs`; false when the line unsets or changes the filter for that pattern. */
  lfs: boolean;
  /** The folder the pattern is relative to ('' for the root). */
  base: string;
  matches: GlobMatcher;
}

/** The pattern and attributes of one line; a quoted pattern may hold spaces. */
function splitLine(line: string): { pattern: string; attributes: string[] } | undefined {
  const trimmed = line.trim();
  if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('[attr]')) {
    return undefined;
  }
  if (trimmed.startsWith('"')) {
    const end = trimmed.indexOf('"', 1);
    if (end < 0) {
      return undefined;
    }
    return { pattern: trimmed.slice(1, end), attributes: trimmed.slice(end + 1).trim().split(/\s+/) };
  }
  const [pattern, ...attributes] = trimmed.split(/\s+/);
  return { pattern, attributes };
}

/** What a line says about the `filter` attribute: 'lfs', another filter, or nothing. */
function filterOf(attributes: string[]): boolean | undefined {
  let lfs: boolean | undefined;
  for (const attribute of attributes) {
    if (attribute === 'filter=lfs') {
      lfs = true;
    } else if (attribute.startsWith('filter=') || attribute === '-filter' || attribute === '!filter') {
      lfs = false;
    }
  }
  return lfs;
}

/** The LFS rules of one `.gitattributes` file, found at `source`. */
export function parseGitAttributes(text: string, source: string): LfsRule[] {
  const slash = source.lastIndexOf('/');
  const base = slash < 0 ? '' : source.slice(0, slash);
  const rules: LfsRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const parsed = splitLine(raw);
    const lfs = parsed && filterOf(parsed.attributes);
    if (!parsed || lfs === undefined) {
      return;
    }
    rules.push({ source, line: i + 1, pattern: parsed.pattern, lfs, base, matches: compileGlob(parsed.pattern) });
  });
  return rules;
}

/**
 * The rule that decides whether `path` is stored in LFS, or undefined when none matches.
 * `rules` must be in precedence order: parents' files before nested ones, lines in file order.
 */
export function lfsRuleFor(rules: readonly LfsRule[], path: string): LfsRule | undefined {
  let decided: LfsRule | undefined;
  for (const rule of rules) {
    if (rule.base && !path.startsWith(rule.base + '/')) {
      continue;
    }
    const relative = rule.base ? path.slice(rule.base.length + 1) : path;
    if (rule.matches(relative, false)) {
      decided = rule;
    }
  }
  return decided;
}

/** The first line of every Git LFS pointer file (what a checkout without LFS holds instead of the data). */
export const LFS_POINTER_PREFIX = 'version https://git-lfs.github.com/spec/v1';

/** Pointer files are about 130 bytes; anything this large is real content. */
export const LFS_POINTER_MAX_BYTES = 1024;

export function isLfsPointer(text: string): boolean {
  return text.replace(/^\uFEFF/, '').startsWith(LFS_POINTER_PREFIX);
}
