/**
 * Ignore globs in the gitignore style users already know:
 * a pattern without a slash matches a name at any depth (`*.csv`, `build`);
 * one with a slash matches from the repo root (`data/raw/**`); a trailing slash matches folders only;
 * `*` stays within one path segment, `**` crosses segments, `?` is one character, `[abc]` a class.
 */
export interface GlobMatcher {
  (path: string, isDirectory: boolean): boolean;
}

function segmentToRegExp(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a bare `**` matches anything.
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) {
        out += '\\[';
      } else {
        let cls = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        if (cls.startsWith('!')) {
          cls = '^' + cls.slice(1);
        }
        out += `[${cls}]`;
        i = end;
      }
    } else {
      out += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
  }
  return out;
}

/** Compile one glob; an empty or comment pattern matches nothing. */
export function compileGlob(pattern: string): GlobMatcher {
  let glob = pattern.trim();
  if (!glob || glob.startsWith('#')) {
    return () => false;
  }
  const directoryOnly = glob.endsWith('/');
  if (directoryOnly) {
    glob = glob.replace(/\/+$/, '');
  }
  const anchored = glob.includes('/');
  glob = glob.replace(/^\/+/, '');
  const body = segmentToRegExp(glob);
  // Anchored patterns match from the root; others match the last segments of the path.
  const re = new RegExp(anchored ? `^${body}$` : `(?:^|/)${body}$`);
  return (path, isDirectory) => (!directoryOnly || isDirectory) && re.test(path);
}

/** A matcher for several globs: true when any matches. */
export function compileGlobs(patterns: readonly string[]): GlobMatcher {
  const matchers = patterns.map(compileGlob);
  return (path, isDirectory) => matchers.some(m => m(path, isDirectory));
}
