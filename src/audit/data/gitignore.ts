/**
 * Which paths git ignores, from the repo's `.gitignore` files: a large file that git ignores sits in
 * the working copy but was never committed. The last matching pattern wins, `!` re-includes, and a
 * file inside an ignored folder stays ignored whatever a later pattern says (as in git).
 */
import { compileGlob, GlobMatcher } from '../glob';

export interface IgnoreRule {
  source: string;
  line: number;
  base: string;
  negated: boolean;
  matches: GlobMatcher;
}

export function parseGitIgnore(text: string, source: string): IgnoreRule[] {
  const slash = source.lastIndexOf('/');
  const base = slash < 0 ? '' : source.slice(0, slash);
  const rules: IgnoreRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    let pattern = raw.replace(/\s+$/, '');
    if (!pattern || pattern.startsWith('#')) {
      return;
    }
    const negated = pattern.startsWith('!');
    if (negated) {
      pattern = pattern.slice(1);
    }
    // A leading backslash escapes a literal '#' or '!'; '[#]' keeps the glob compiler from seeing a comment.
    pattern = pattern.replace(/^\\!/, '!').replace(/^\\#/, '[#]');
    rules.push({ source, line: i + 1, base, negated, matches: compileGlob(pattern) });
  });
  return rules;
}

/** The verdict of the last rule matching `path` itself: true ignored, false re-included, undefined none. */
function verdictOf(rules: readonly IgnoreRule[], path: string, isDirectory: boolean): boolean | undefined {
  let verdict: boolean | undefined;
  for (const rule of rules) {
    if (rule.base && !path.startsWith(rule.base + '/')) {
      continue;
    }
    const relative = rule.base ? path.slice(rule.base.length + 1) : path;
    if (rule.matches(relative, isDirectory)) {
      verdict = !rule.negated;
    }
  }
  return verdict;
}

/** True when git would ignore the file at `path` (rules in precedence order: parents first). */
export function isGitIgnored(rules: readonly IgnoreRule[], path: string): boolean {
  if (!rules.length) {
    return false;
  }
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    if (verdictOf(rules, parts.slice(0, i).join('/'), true)) {
      return true;
    }
  }
  return verdictOf(rules, path, false) === true;
}
