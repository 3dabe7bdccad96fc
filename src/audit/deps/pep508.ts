/**
 * PEP 508 requirement strings (`name[extra]>=1.0; python_version < "3.12"`, `name @ https://...`)
 * and the pin verdict for their version specifiers and URLs.
 */
import { parse as parseSpecifier } from '@renovatebot/pep440/lib/specifier';

export interface Requirement {
  name: string;
  extras: string[];
  /** Version specifier without parentheses or spaces ('' when none). */
  specifier: string;
  /** For `name @ url`. */
  url?: string;
  marker?: string;
}

type Clauses = ReturnType<typeof parseSpecifier>;
const clauseCache = new Map<string, Clauses>();

/** The specifier's clauses, or null when invalid; remembered, since a repo repeats its specifiers. */
function clausesOf(specifier: string): Clauses {
  let clauses = clauseCache.get(specifier);
  if (clauses === undefined) {
    clauses = parseSpecifier(specifier);
    if (clauseCache.size > 5000) {
      clauseCache.clear();
    }
    clauseCache.set(specifier, clauses);
  }
  return clauses;
}

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;

/** Parse one requirement; a string it cannot read gives `{ error }`. */
export function parseRequirement(text: string): Requirement | { error: string } {
  const source = text.trim();
  const name = NAME.exec(source);
  if (!name) {
    return { error: `not a valid requirement: "${source}"` };
  }
  let rest = source.slice(name[0].length);
  let extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) {
      return { error: `unclosed extras in "${source}"` };
    }
    extras = rest
      .slice(1, close)
      .split(',')
      .map(e => e.trim())
      .filter(Boolean);
    rest = rest.slice(close + 1).trim();
  }
  if (rest.startsWith('@')) {
    // A URL may hold ';' itself, so its marker must follow whitespace.
    const markerAt = rest.search(/\s;/);
    const url = (markerAt < 0 ? rest.slice(1) : rest.slice(1, markerAt)).trim();
    if (!url) {
      return { error: `missing URL after "@" in "${source}"` };
    }
    const marker = markerAt < 0 ? undefined : rest.slice(markerAt).trim().slice(1).trim();
    return { name: name[1], extras, specifier: '', url, marker };
  }
  const semicolon = rest.indexOf(';');
  let specifier = (semicolon < 0 ? rest : rest.slice(0, semicolon)).trim();
  const marker = semicolon < 0 ? undefined : rest.slice(semicolon + 1).trim();
  if (specifier.startsWith('(') && specifier.endsWith(')')) {
    specifier = specifier.slice(1, -1).trim();
  }
  const written = specifier;
  specifier = specifier.replace(/\s+/g, '');
  if (specifier && !clausesOf(specifier)) {
    return { error: `invalid version specifier "${written}" for ${name[1]}` };
  }
  return { name: name[1], extras, specifier, marker };
}

/** True when a PEP 440 specifier allows one version only: `==1.2.3` (no wildcard) or `===x`. */
export function isExactSpecifier(specifier: string): boolean {
  if (!specifier.trim()) {
    return false;
  }
  const clauses = clausesOf(specifier.replace(/\s+/g, ''));
  if (!clauses) {
    return false;
  }
  return clauses.some(c => c.operator === '===' || (c.operator === '==' && !c.prefix));
}

const HEX_REVISION = /^[0-9a-f]{7,40}$/i;

/** True when a URL names fixed content: a VCS commit hash, a hash fragment, or a versioned archive. */
export function isPinnedUrl(url: string): boolean {
  const hashAt = url.indexOf('#');
  const fragment = hashAt < 0 ? '' : url.slice(hashAt + 1);
  const bare = hashAt < 0 ? url : url.slice(0, hashAt);
  if (/(^|&)(sha1|sha224|sha256|sha384|sha512|md5)=/i.test(fragment)) {
    return true;
  }
  if (/^(git|hg|svn|bzr)\+/i.test(bare)) {
    // The revision follows the last '@' of the path; `git@host:` of ssh URLs is followed by a path.
    const revision = /@([^/@]+)$/.exec(bare);
    return !!revision && HEX_REVISION.test(revision[1]);
  }
  const file = bare.slice(bare.lastIndexOf('/') + 1);
  if (/\/(archive|tarball|zipball)\/[0-9a-f]{7,40}(\.zip|\.tar\.gz)?$/i.test(bare)) {
    return true;
  }
  return /\.whl$/i.test(file) || /-v?\d+(\.\d+)+\.(tar\.gz|tar\.bz2|tgz|zip)$/i.test(file);
}

/** The distribution name a bare URL gives, from `#egg=name` or a wheel's file name. */
export function nameFromUrl(url: string): string | undefined {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
  if (egg) {
    // `#egg=name-1.0` is allowed by pip for the version; the name is what precedes it.
    return egg[1].replace(/-\d.*$/, '');
  }
  const file = url.split('#')[0].split('?')[0];
  const wheel = /\/([A-Za-z0-9][A-Za-z0-9._]*)-[^/-]+(-[^/]+)?\.whl$/.exec(file);
  return wheel?.[1];
}
