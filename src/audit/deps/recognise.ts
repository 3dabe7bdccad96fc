/**
 * Which files are dependency files, and in what format. Requirements and conda environment files
 * count wherever they are; the project files (pyproject.toml, setup.py, Pipfile, Project.toml,
 * install.R, Dockerfile) only where repo2docker and pip look: the root, `binder/` or `.binder/`.
 */
import { baseName } from '../reader';
import { placeOf } from './places';
import type { DependencyFormat, DependencyRole } from './types';

export type LockFormat =
  | 'pipfile.lock'
  | 'package-list'
  | 'conda-lock'
  | 'renv.lock'
  | 'julia-manifest'
  | 'requirements-lock'
  | 'unknown';

export interface Recognised {
  format: DependencyFormat;
  role: DependencyRole;
  /** For locks: which reader understands it. */
  lock?: LockFormat;
}

const REQUIREMENTS = /^([\w.-]*[-_.])?requirements([-_.][\w.-]*)?\.(txt|in)$/i;
const CONDA = /^environment([-_.][\w.-]*)?\.ya?ml$/i;
/** `*.lock` files of other ecosystems: never Python locks. */
const FOREIGN_LOCKS = new Set([
  'yarn.lock', 'gemfile.lock', 'cargo.lock', 'composer.lock', 'flake.lock', 'podfile.lock', 'mix.lock',
  'pubspec.lock', 'bun.lock', 'deno.lock', 'cartfile.lock', 'package.lock', 'gradle.lock'
]);

function recogniseLock(name: string): LockFormat | undefined {
  const lower = name.toLowerCase();
  if (lower === 'pipfile.lock') {
    return 'pipfile.lock';
  }
  if (['poetry.lock', 'uv.lock', 'pdm.lock', 'pylock.toml'].includes(lower) || /^pylock\.[\w.-]+\.toml$/.test(lower)) {
    return 'package-list';
  }
  if (/^([\w.-]+\.)?conda-lock\.ya?ml$/.test(lower)) {
    return 'conda-lock';
  }
  if (lower === 'renv.lock') {
    return 'renv.lock';
  }
  if (name === 'Manifest.toml' || name === 'JuliaManifest.toml' || /^Manifest-v\d+\.\d+\.toml$/.test(name)) {
    return 'julia-manifest';
  }
  if (/^requirements([-_.][\w.-]*)?\.lock$/.test(lower)) {
    return 'requirements-lock';
  }
  if (lower.endsWith('.lock') && !FOREIGN_LOCKS.has(lower)) {
    return 'unknown';
  }
  return undefined;
}

export function recognise(path: string): Recognised | undefined {
  const name = baseName(path);
  const parent = baseName(path.slice(0, Math.max(0, path.length - name.length - 1)));
  if (REQUIREMENTS.test(name) || (parent === 'requirements' && /\.(txt|in)$/i.test(name))) {
    return { format: 'requirements', role: 'declaration' };
  }
  if (CONDA.test(name)) {
    return { format: 'conda', role: 'declaration' };
  }
  const lock = recogniseLock(name);
  if (lock) {
    return { format: 'lock', role: 'lock', lock };
  }
  if (placeOf(path) === 'elsewhere') {
    return undefined;
  }
  switch (name) {
    case 'pyproject.toml':
      return { format: 'pyproject', role: 'declaration' };
    case 'setup.cfg':
      return { format: 'setup.cfg', role: 'declaration' };
    case 'setup.py':
      return { format: 'setup.py', role: 'declaration' };
    case 'Pipfile':
      return { format: 'pipfile', role: 'declaration' };
    case 'Project.toml':
    case 'JuliaProject.toml':
      return { format: 'julia', role: 'declaration' };
    case 'install.R':
      return { format: 'install.R', role: 'declaration' };
    case 'Dockerfile':
      return { format: 'dockerfile', role: 'environment' };
    default:
      return undefined;
  }
}
