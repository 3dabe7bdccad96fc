/** Table-form package specs shared by poetry and Pipfile: `{ version = "...", git = "...", rev = "..." }`. */
import { isPinnedUrl } from './pep508';

type Table = Record<string, unknown>;

export interface TableSpecVerdict {
  /** What to show as the spec. */
  text: string;
  pinned: boolean;
  /** A path inside the repo: the project's own code, not a package. */
  local: boolean;
}

/** A poetry/Pipfile table spec: `{ version = "...", git = "...", rev = "..." }`. */
export function tableSpec(
  spec: Table,
  versionPinned: (v: string) => boolean
): TableSpecVerdict {
  if (typeof spec.path === 'string') {
    return { text: `path = ${spec.path}`, pinned: true, local: true };
  }
  if (typeof spec.git === 'string') {
    const rev = [spec.rev, spec.ref, spec.commit].find(r => typeof r === 'string') as string | undefined;
    return { text: `git = ${spec.git}${rev ? ` @ ${rev}` : ''}`, pinned: !!rev && /^[0-9a-f]{7,40}$/i.test(rev), local: false };
  }
  const url = [spec.url, spec.file].find(u => typeof u === 'string') as string | undefined;
  if (url) {
    return { text: url, pinned: isPinnedUrl(url), local: !/^[a-z]+:\/\//i.test(url) };
  }
  const version = typeof spec.version === 'string' ? spec.version : '';
  return { text: version, pinned: !!version && versionPinned(version), local: false };
}

