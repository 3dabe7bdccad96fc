/**
 * Which file `fix pins` edits, by repo2docker's rules as the audit knows them: the config folder
 * (`.binder/` or `binder/` hides the root); a Dockerfile there wins over every other file, so the
 * requirements file it installs (`pip install -r`, traced through COPY) is pinned, or, when it
 * installs none of the repo's, the pins are reported; then environment.yml (which makes repo2docker
 * ignore requirements.txt), Pipfile (likewise), requirements.txt, a root pyproject.toml that declares
 * dependencies, and else a new requirements.txt. Files that a lock tool owns are reported, not
 * written; a file the build would not read is never created.
 */
import type { RepoFacts } from '../audit/facts';
import { DEPENDENCY_FILES } from '../audit/deps/facts';
import { configFolder } from '../audit/deps/repo2docker';
import type { DeclaredPackage, DependencyFile } from '../audit/deps/types';
import { joinPath } from '../audit/reader';

export type PinsTarget =
  | { kind: 'requirements'; path: string; exists: boolean; declared: DeclaredPackage[] }
  /** `included`: requirements files its pip section pulls in with `-r`, repo-relative. */
  | { kind: 'environment'; path: string; declared: DeclaredPackage[]; included: string[] }
  | { kind: 'report'; format: 'pyproject' | 'pipfile' | 'dockerfile'; path: string; declared: DeclaredPackage[] };

/** What the choice looks at: the repo's folders and its parsed dependency files. */
export interface PinsLayout {
  dirs: ReadonlySet<string>;
  files: readonly DependencyFile[];
}

export function choosePinsTarget(layout: PinsLayout): PinsTarget {
  const folder = configFolder(layout.dirs);
  const fileAt = (name: string) => layout.files.find(f => f.path === joinPath(folder, name));
  const dockerfile = fileAt('Dockerfile');
  if (dockerfile) {
    return dockerfileTarget(dockerfile, layout.files);
  }
  const environment = fileAt('environment.yml') ?? fileAt('environment.yaml');
  if (environment) {
    return { kind: 'environment', path: environment.path, declared: environment.packages, included: environment.included ?? [] };
  }
  const pipfile = fileAt('Pipfile');
  if (pipfile) {
    return { kind: 'report', format: 'pipfile', path: pipfile.path, declared: pipfile.packages };
  }
  const requirements = fileAt('requirements.txt');
  if (requirements) {
    return { kind: 'requirements', path: requirements.path, exists: true, declared: requirements.packages };
  }
  // repo2docker reads pyproject.toml only from the root; its runtime dependencies are [project] or poetry's main table.
  const pyproject = folder ? undefined : fileAt('pyproject.toml');
  if (pyproject?.packages.some(p => p.group === undefined)) {
    return { kind: 'report', format: 'pyproject', path: pyproject.path, declared: pyproject.packages };
  }
  return { kind: 'requirements', path: joinPath(folder, 'requirements.txt'), exists: false, declared: [] };
}

/** The first requirements file the Dockerfile installs that is in the repo; else a report of the pins. */
function dockerfileTarget(dockerfile: DependencyFile, files: readonly DependencyFile[]): PinsTarget {
  for (const install of dockerfile.dockerfile?.requirementsInstalled ?? []) {
    for (const candidate of install.candidates) {
      const file = files.find(f => f.path === candidate && f.format === 'requirements');
      if (file) {
        return { kind: 'requirements', path: file.path, exists: true, declared: file.packages };
      }
    }
  }
  return { kind: 'report', format: 'dockerfile', path: dockerfile.path, declared: dockerfile.packages };
}

/** The target of a repo whose facts are at hand (the CLI's and the lab's walk). */
export async function pinsTargetOf(facts: RepoFacts): Promise<PinsTarget> {
  return choosePinsTarget({ dirs: facts.dirs, files: await facts.get(DEPENDENCY_FILES) });
}
