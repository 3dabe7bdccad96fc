/**
 * What the dependency files of a repo declare: one `DependencyFile` per recognised file, each with
 * the packages it names (where, and whether the version is fixed) and its parse problems as data.
 */

/** The file formats the parsers read. */
export type DependencyFormat =
  | 'requirements'
  | 'conda'
  | 'pyproject'
  | 'setup.cfg'
  | 'setup.py'
  | 'pipfile'
  | 'julia'
  | 'install.R'
  | 'dockerfile'
  | 'lock';

/**
 * `declaration`: names packages (requirements.txt, environment.yml...); `environment`: builds a
 * whole environment (a Dockerfile); `lock`: fixes exact versions of what a declaration names.
 */
export type DependencyRole = 'declaration' | 'environment' | 'lock';

/** Where a file sits with respect to repo2docker, which looks in the root, `binder/` or `.binder/`. */
export type DependencyPlace = 'root' | 'binder' | '.binder' | 'elsewhere';

/** Which package index a name belongs to; names are compared within PyPI/conda, which overlap. */
export type Ecosystem = 'pypi' | 'conda' | 'julia' | 'cran';

export interface DeclaredPackage {
  /** The name as written. */
  name: string;
  /** PEP 503 normalised: lower case, runs of `-`, `_`, `.` as one `-`. */
  normalized: string;
  /** Version specifier, URL or conda spec as written after the name; '' when there is none. */
  spec: string;
  /** The file holding the line (a file pulled in with `-r` keeps its own path). */
  path: string;
  /** 1-based. */
  line: number;
  /** True when the spec fixes one exact version (`==1.2.3`, conda `=1.2.3`, a commit hash...). */
  pinned: boolean;
  ecosystem: Ecosystem;
  /** The group the line belongs to, when the format has groups ('dev', 'pip', 'optional:test'). */
  group?: string;
}

/** A problem found while reading a dependency file; never thrown, always returned. */
export interface ParseProblem {
  message: string;
  path: string;
  line?: number;
}

/** A reference to another requirements-format file (`-r other.txt`, `-c constraints.txt`). */
export interface FileInclude {
  kind: 'requirements' | 'constraints';
  /** As written, relative to the including file's folder. */
  target: string;
  line: number;
}

/** What a declaration parser returns. */
export interface ParsedDeclaration {
  packages: DeclaredPackage[];
  problems: ParseProblem[];
  includes: FileInclude[];
  /** The distribution the project itself builds (pyproject/setup.cfg/setup.py `name`). */
  projectName?: string;
  /** pyproject.toml: has a `[build-system]` table, so pip (and repo2docker) can install the project. */
  buildSystem?: boolean;
}

/** What a lock parser returns. */
export interface ParsedLock {
  /** Normalised names the lock fixes; undefined when the format is not understood (only that it is a lock). */
  locked?: string[];
  problems: ParseProblem[];
}

/** What a Dockerfile's final stage says about the image (for the binder check). */
export interface DockerfileSummary {
  /** The last FROM image, and its line. */
  baseImage?: string;
  baseLine?: number;
  /** The last USER instruction of the final stage, if any. */
  user?: { name: string; line: number };
  /** Requirements files its RUN instructions install with `pip install -r`. */
  requirementsInstalled?: DockerfileInstall[];
}

/** A `pip install -r <file>` of a Dockerfile, traced back through COPY/ADD to the repo (build context = repo root). */
export interface DockerfileInstall {
  /** The file as the RUN instruction names it (an image path). */
  written: string;
  line: number;
  /** Repo-relative paths the image file may come from, most likely first; empty when no COPY brings it in. */
  candidates: string[];
}

export interface DependencyFile {
  path: string;
  format: DependencyFormat;
  role: DependencyRole;
  place: DependencyPlace;
  /** Packages named by the file and by the files it includes with `-r`. */
  packages: DeclaredPackage[];
  problems: ParseProblem[];
  /** Lock files: the normalised names they fix (undefined: a lock of an unknown format). */
  locked?: string[];
  /** Names given an exact version by `-c` constraint files. */
  constrained?: string[];
  /** Files pulled in with `-r`/`-c`, repo-relative. */
  included?: string[];
  projectName?: string;
  /** pyproject.toml: has a `[build-system]` table (see ParsedDeclaration). */
  buildSystem?: boolean;
  dockerfile?: DockerfileSummary;
}
