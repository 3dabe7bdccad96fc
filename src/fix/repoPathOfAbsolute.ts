/**
 * Whether an absolute path in a notebook (`/home/ana/paper/data/x.csv`, `C:\Users\ana\paper\data`,
 * `~/paper/data`) points inside the audited repo, and where: the finding (notebooks.absolute-path)
 * only knows the path as the author's machine wrote it, and the repo may be cloned anywhere else
 * (another user, another folder name). The rule, first match wins:
 *  1. the path starts with the repo's own absolute location on this machine (when known: the CLI);
 *  2. a folder of the path (not its first) is named as the repo's folder is: what follows it is the
 *     repo-relative path, whether or not that file exists yet (a notebook's outputs are made by it);
 *  3. its longest tail of two or more names is a file or folder the repo holds (a clone renamed, a
 *     repo audited as a sub-folder of the author's project).
 * Anything else points outside the repo, and is the user's to decide.
 */

/** One name of a path as written in a string literal's source (an f-string field kept as written). */
export interface PathSegment {
  /** The name as written (escapes and `{fields}` kept). */
  text: string;
  /** No f-string field in it: its text is the name. */
  literal: boolean;
}

export interface RepoLocation {
  /** The repo folder's name ('paper'); undefined when not known. */
  name?: string;
  /** Repo-relative paths of the repo's files ('data/x.csv'). */
  files: readonly string[];
  /** The repo's absolute location(s) on this machine ('/srv/clones/paper'), where known. */
  absoluteRoots?: readonly string[];
}

/**
 * The names of a literal's body as written: separated by `/` or `\` (a non-raw literal's `\\` is one
 * backslash, and any other `\x` escape is read as a separator then `x`: a Windows path in a plain
 * literal, `"C:\data\new.csv"`, is broken in Python and meant as one); f-string fields stay inside
 * their name. Empty names (`//`, the leading `/`) are dropped.
 */
export function pathSegments(body: string, options: { raw: boolean; format: boolean }): { segments: PathSegment[]; trailingSeparator: boolean } {
  const segments: PathSegment[] = [];
  let text = '';
  let literal = true;
  let trailingSeparator = false;
  const cut = () => {
    if (text) {
      segments.push({ text, literal });
    }
    text = '';
    literal = true;
  };
  for (let i = 0; i < body.length; ) {
    const c = body[i];
    trailingSeparator = false;
    if (options.format && c === '{') {
      if (body[i + 1] === '{') {
        text += '{{';
        i += 2;
        continue;
      }
      let depth = 0;
      let j = i;
      for (; j < body.length; j++) {
        if (body[j] === '{') {
          depth++;
        } else if (body[j] === '}' && --depth === 0) {
          break;
        }
      }
      text += body.slice(i, j + 1);
      literal = false;
      i = j + 1;
      continue;
    }
    if (c === '/') {
      cut();
      trailingSeparator = true;
      i++;
      continue;
    }
    if (c === '\\') {
      cut();
      trailingSeparator = true;
      i += !options.raw && body[i + 1] === '\\' ? 2 : 1;
      continue;
    }
    text += c;
    i++;
  }
  cut();
  return { segments, trailingSeparator };
}

/** Names of a plain path ('/srv/x', 'C:\\x'), for comparing with a literal's. */
function plainSegments(path: string): string[] {
  return path.split(/[\\/]+/).filter(Boolean);
}

/** The repo-relative names the path points at (empty: the repo root), or undefined when it points outside. */
export function repoPathOfAbsolute(segments: readonly PathSegment[], repo: RepoLocation): PathSegment[] | undefined {
  const texts = segments.map(s => s.text);
  for (const root of repo.absoluteRoots ?? []) {
    const rootNames = plainSegments(root);
    if (rootNames.length && rootNames.every((name, i) => segments[i]?.literal && texts[i] === name)) {
      return segments.slice(rootNames.length);
    }
  }
  if (repo.name) {
    for (let i = segments.length - 1; i >= 1; i--) {
      if (segments[i].literal && texts[i] === repo.name) {
        return segments.slice(i + 1);
      }
    }
  }
  const held = new Set<string>();
  for (const file of repo.files) {
    const names = file.split('/');
    for (let n = 1; n <= names.length; n++) {
      held.add(names.slice(0, n).join('/'));
    }
  }
  for (let k = 1; k <= segments.length - 2; k++) {
    const tail = segments.slice(k);
    if (tail.every(s => s.literal) && held.has(tail.map(s => s.text).join('/'))) {
      return tail;
    }
  }
  return undefined;
}

/** The path from a notebook's folder (repo-relative names) to repo-relative names, '/'-separated; '.' for the folder itself. */
export function relativeFromFolder(folder: readonly string[], target: readonly PathSegment[]): string {
  let common = 0;
  while (common < folder.length && common < target.length && target[common].literal && target[common].text === folder[common]) {
    common++;
  }
  const names = [...folder.slice(common).map(() => '..'), ...target.slice(common).map(s => s.text)];
  return names.length ? names.join('/') : '.';
}
