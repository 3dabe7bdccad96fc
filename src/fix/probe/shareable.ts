/**
 * What of a probe goes into files committed to the repo (HARDWARE.md, hardware.json): what another
 * reader needs to compare machines, never where things sit on this one. The interpreter is its
 * implementation and version (its path names the user's home and environments); any home folder
 * a reason or value mentions becomes `~`, and the user's name, learnt from those paths, `<user>`.
 */
import type { ProbeResult } from './probeResult';

/** A probe fit to commit: `python` without `executable`. */
export type ShareableProbe = Omit<ProbeResult, 'python'> & { python: { version: string; implementation: string } };

/** Home folders: POSIX /home/<user>, macOS /Users/<user>, Windows C:\Users\<user>, and root's /root. */
const HOME = /(?:\/home\/|\/Users\/|[A-Za-z]:[\\/]+Users[\\/]+)([^\s/\\'"`:;,)]+)|(?<![\w.-])\/root(?=[/\s'"`:;,)]|$)/g;

/** User names the probe's strings reveal through their home folders. */
export function userNamesIn(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(HOME)) {
      if (m[1]) {
        names.add(m[1]);
      }
    }
  }
  return names;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with home folders as `~` and the given user names as `<user>`. */
export function withoutLocalPaths(text: string, users: ReadonlySet<string>): string {
  let out = text.replace(HOME, '~');
  for (const user of users) {
    // Short or numeric names would match ordinary words and numbers.
    if (user.length >= 3 && !/^\d+$/.test(user)) {
      out = out.replace(new RegExp(`(?<![\\w-])${escapeRegExp(user)}(?![\\w-])`, 'g'), '<user>');
    }
  }
  return out;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    out.push(value);
  } else if (Array.isArray(value)) {
    value.forEach(v => strings(v, out));
  } else if (value && typeof value === 'object') {
    Object.entries(value).forEach(([k, v]) => {
      out.push(k);
      strings(v, out);
    });
  }
  return out;
}

function scrubbed<T>(value: T, users: ReadonlySet<string>): T {
  if (typeof value === 'string') {
    return withoutLocalPaths(value, users) as T;
  }
  if (Array.isArray(value)) {
    return value.map(v => scrubbed(v, users)) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [withoutLocalPaths(k, users), scrubbed(v, users)])) as T;
  }
  return value;
}

/** The probe as it may be written into the repo. */
export function shareableProbe(probe: ProbeResult): ShareableProbe {
  const users = userNamesIn(strings(probe));
  const { python, ...rest } = probe;
  return { ...scrubbed(rest, users), python: { implementation: python.implementation, version: python.version } };
}
