/**
 * What repo2docker (Binder's image builder) reads: its configuration files, the folder it reads
 * them from (`.binder/` or `binder/` when present, which hides the root), and its precedence.
 */

/** repo2docker's configuration files, in the order its documentation lists them. */
export const REPO2DOCKER_FILES = [
  'environment.yml',
  'Pipfile',
  'Pipfile.lock',
  'requirements.txt',
  'setup.py',
  'pyproject.toml',
  'Project.toml',
  'REQUIRE',
  'install.R',
  'DESCRIPTION',
  'apt.txt',
  'postBuild',
  'start',
  'runtime.txt',
  'default.nix',
  'Dockerfile'
] as const;

/** Files that adjust the image rather than install packages. */
const IMAGE_FILES: ReadonlySet<string> = new Set(['apt.txt', 'postBuild', 'start', 'runtime.txt']);

/** Files that install packages: every configuration file but those that adjust the image. */
export const ENVIRONMENT_FILES: ReadonlySet<string> = new Set(REPO2DOCKER_FILES.filter(f => !IMAGE_FILES.has(f)));

/** Read only from the repo root, and only when no binder folder is used. */
export const ROOT_ONLY_FILES: ReadonlySet<string> = new Set(['setup.py', 'pyproject.toml', 'DESCRIPTION']);

/**
 * Which file wins when several environment files are present: repo2docker picks one build pack
 * and the files of the others are not installed. Pairs of [winner, ignored].
 */
export const PRECEDENCE: readonly [string, string][] = [
  ['environment.yml', 'requirements.txt'],
  ['environment.yml', 'Pipfile'],
  ['environment.yml', 'setup.py'],
  ['Pipfile', 'requirements.txt'],
  ['Pipfile.lock', 'requirements.txt']
];

/** The folder repo2docker reads: '.binder' or 'binder' when present, else the root ''. */
export function configFolder(dirs: ReadonlySet<string>): '' | 'binder' | '.binder' {
  if (dirs.has('.binder')) {
    return '.binder';
  }
  return dirs.has('binder') ? 'binder' : '';
}

/** A link to a BinderHub launch (`mybinder.org/v2/gh/...`, any hub's `/v2/gh/`) or its badge. */
export function hasBinderLink(text: string): boolean {
  return /mybinder\.org|\/v2\/(gh|gl|git|gist|zenodo|figshare|hydroshare|dataverse|ckan)\//i.test(text);
}
