/**
 * binder: what repo2docker would build the Binder image from (its files, the folder it reads,
 * which file wins), whether that looks buildable, and whether the README links to a Binder.
 */
import type { Check } from '../check';
import { DEPENDENCY_FILES } from '../deps/facts';
import {
  configFolder,
  ENVIRONMENT_FILES,
  hasBinderLink,
  PRECEDENCE,
  REPO2DOCKER_FILES,
  ROOT_ONLY_FILES
} from '../deps/repo2docker';
import { parseRuntimeTxt } from '../deps/runtimeTxt';
import type { DependencyFile } from '../deps/types';
import type { RepoFacts } from '../facts';
import { dirName, joinPath } from '../reader';
import type { Finding } from '../report';
import { BINDER_PAPER, REPO2DOCKER_CONFIG } from '../sources';

/** Images that already switch to a non-root user (Jupyter's docker-stacks and images built for Binder). */
const NON_ROOT_BASE = /^(docker\.io\/)?(quay\.io\/)?(jupyter|jupyterhub|pangeo|rocker\/binder)\b|^(quay\.io\/)?jupyter\//i;

function folderLabel(folder: string): string {
  return folder ? `${folder}/` : 'the root';
}

/** repo2docker's files present in `folder` (root-only files count only when the root is the folder). */
function configFiles(facts: RepoFacts, files: DependencyFile[], folder: string): string[] {
  return REPO2DOCKER_FILES.filter(name => {
    const path = joinPath(folder, name);
    if (!facts.has(path) || (folder && ROOT_ONLY_FILES.has(name))) {
      return false;
    }
    // repo2docker installs a pyproject.toml only through its [build-system] (`pip install .`).
    return name !== 'pyproject.toml' || files.some(f => f.path === path && f.buildSystem);
  });
}

/** A root pyproject.toml that declares packages but has no [build-system]: repo2docker skips it. */
function unbuildablePyproject(files: DependencyFile[], folder: string): DependencyFile | undefined {
  return folder ? undefined : files.find(f => f.path === 'pyproject.toml' && !f.buildSystem);
}

/** A requirements.txt in `conda list --export` form (`numpy=1.21.2=py39h_0`), which pip cannot install. */
function condaFormatFindings(files: DependencyFile[], config: string[], folder: string): Finding[] {
  if (!config.includes('requirements.txt')) {
    return [];
  }
  const file = files.find(f => f.path === joinPath(folder, 'requirements.txt'));
  const conda = file?.packages.find(p => p.ecosystem === 'conda' && p.path === file.path);
  return conda
    ? [
        {
          status: 'warn',
          code: 'binder.requirements-conda-format',
          message:
            `${file!.path} is in conda's format (${conda.name}${conda.spec}), which pip cannot install, and ` +
            'repo2docker runs pip on it: pin with == instead, or make it an environment.yml',
          path: file!.path,
          line: conda.line
        }
      ]
    : [];
}

function dockerfileFindings(file: DependencyFile | undefined): Finding[] {
  const summary = file?.dockerfile;
  if (!file || !summary) {
    return [];
  }
  if (summary.user) {
    if (/^(root|0)(:.*)?$/.test(summary.user.name)) {
      return [
        {
          status: 'warn',
          code: 'binder.dockerfile-root-user',
          message: 'The Dockerfile ends as USER root; repo2docker asks Dockerfiles to switch to a non-root user',
          path: file.path,
          line: summary.user.line
        }
      ];
    }
    return [];
  }
  if (NON_ROOT_BASE.test(summary.baseImage ?? '')) {
    return [];
  }
  return [
    {
      status: 'warn',
      code: 'binder.dockerfile-no-user',
      message:
        'The Dockerfile never sets USER, so the image runs as root; ' +
        'repo2docker asks for a non-root user (e.g. USER ${NB_USER})',
      path: file.path,
      line: summary.baseLine
    }
  ];
}

function mergeHint(winner: string, loser: string): string {
  return winner === 'environment.yml' && loser === 'requirements.txt'
    ? 'list it under pip: in environment.yml (- -r requirements.txt), or remove it'
    : `merge it into ${winner}, or remove it`;
}

/** Files repo2docker ignores because another file wins. */
function precedenceFindings(config: string[], folder: string, files: DependencyFile[]): Finding[] {
  const findings: Finding[] = [];
  const at = (name: string): string => joinPath(folder, name);
  const present = new Set(config);
  if (present.has('Dockerfile')) {
    const ignored = config.filter(n => n !== 'Dockerfile');
    if (ignored.length) {
      findings.push({
        status: 'warn',
        code: 'binder.dockerfile-ignores-others',
        message: `repo2docker builds from the Dockerfile alone and ignores ${ignored.join(', ')}`,
        path: at('Dockerfile')
      });
    }
    return findings;
  }
  const reported = new Set<string>();
  for (const [winner, loser] of PRECEDENCE) {
    if (!present.has(winner) || !present.has(loser) || reported.has(loser)) {
      continue;
    }
    reported.add(loser);
    const winnerFile = files.find(f => f.path === at(winner));
    if (winnerFile?.included?.includes(at(loser))) {
      continue;
    }
    const loserFile = files.find(f => f.path === at(loser));
    const winnerNames = new Set(winnerFile?.packages.map(p => p.normalized) ?? []);
    const missing = (loserFile?.packages ?? []).filter(p => !winnerNames.has(p.normalized));
    const named = missing.slice(0, 3).map(p => p.name).join(', ') + (missing.length > 3 ? '...' : '');
    const count = `${missing.length} package${missing.length === 1 ? '' : 's'}`;
    // Ignored even when it repeats the winner: whoever wrote it expects it installed (and edits it).
    findings.push({
      status: 'warn',
      code: 'binder.file-ignored',
      message: missing.length
        ? `repo2docker installs ${winner} and ignores ${loser}, whose ${count} (${named}) ${winner} lacks`
        : `repo2docker installs ${winner} and ignores ${loser}: ${mergeHint(winner, loser)}`,
      path: at(loser)
    });
  }
  return findings;
}

async function runtimeFindings(facts: RepoFacts, folder: string): Promise<Finding[]> {
  const path = joinPath(folder, 'runtime.txt');
  if (!facts.has(path)) {
    return [];
  }
  const file = await facts.text(path);
  if (file.text === undefined) {
    return [{ status: 'warn', code: 'binder.runtime-unreadable', message: 'runtime.txt could not be read', path }];
  }
  const runtime = parseRuntimeTxt(file.text);
  if (runtime.kind !== 'unknown') {
    return [];
  }
  const line = file.text.split(/\r\n|\r|\n/).findIndex(l => l.trim() === runtime.value) + 1;
  return [
    {
      status: 'warn',
      code: 'binder.runtime-unknown',
      message:
        `runtime.txt says "${runtime.value.slice(0, 60)}", ` +
        'which repo2docker does not understand (python-X.Y or r-YYYY-MM-DD)',
      path,
      line: line || 1
    }
  ];
}

/** Where a README is the repo's front page: the root, and `.github/` and `docs/`, which GitHub shows too; and Binder's folders. */
const README_FOLDERS = ['', '.github', 'docs', 'binder', '.binder'];

async function binderLink(facts: RepoFacts): Promise<string | undefined> {
  const readmes = facts.filesNamed(/^readme(\.|$)/i).filter(f => README_FOLDERS.includes(dirName(f.path)));
  for (const readme of readmes) {
    const file = await facts.text(readme.path);
    if (file.text !== undefined && hasBinderLink(file.text)) {
      return readme.path;
    }
  }
  return undefined;
}

export const binderCheck: Check = {
  id: 'binder',
  title: 'Runs on Binder',
  why:
    'repo2docker turns configuration files in the root or binder/ into a runnable image, so a Binder link lets ' +
    'readers re-run the notebooks in their browser without installing anything (Binder paper).',
  sources: [BINDER_PAPER, REPO2DOCKER_CONFIG],

  async run(facts) {
    const files = await facts.get(DEPENDENCY_FILES);
    const folder = configFolder(facts.dirs);
    const config = configFiles(facts, files, folder);
    const rootConfig = folder ? configFiles(facts, files, '') : [];
    const findings: Finding[] = [];

    if (facts.dirs.has('binder') && facts.dirs.has('.binder')) {
      findings.push({
        status: 'warn',
        code: 'binder.both-binder-folders',
        message: 'Both binder/ and .binder/ exist: repo2docker refuses to build such a repo',
        path: '.binder'
      });
    }
    if (facts.has(joinPath(folder, 'environment.yaml')) && !config.includes('environment.yml')) {
      findings.push({
        status: 'warn',
        code: 'binder.environment-yaml',
        message: 'repo2docker reads environment.yml, not environment.yaml: rename it so Binder installs it',
        path: joinPath(folder, 'environment.yaml')
      });
    }
    const pyproject = unbuildablePyproject(files, folder);
    if (pyproject && !config.some(n => ENVIRONMENT_FILES.has(n))) {
      // Present but unused: a project managed by uv or pdm (uv.lock is no repo2docker file either).
      findings.push({
        status: 'warn',
        code: 'binder.pyproject-no-build-system',
        message:
          'pyproject.toml has no [build-system] table, so repo2docker does not install it: add one ' +
          '(e.g. hatchling or setuptools) or a requirements.txt / environment.yml',
        path: pyproject.path
      });
      if (!config.length && !rootConfig.length) {
        const link = await binderLink(facts);
        return {
          status: 'warn',
          summary: `repo2docker finds only pyproject.toml, without [build-system]; ${link ? `Binder link in ${link}` : 'no Binder link'}`,
          findings
        };
      }
    }
    if (!config.length && !rootConfig.length) {
      findings.push({
        status: 'fail',
        code: 'binder.no-config',
        message:
          'No repo2docker configuration (requirements.txt, environment.yml, Dockerfile...) in the root, binder/ or .binder/'
      });
      return { status: 'fail', summary: 'Nothing for repo2docker to build from', findings };
    }
    if (folder && rootConfig.length) {
      const hasEnvironment = config.some(n => ENVIRONMENT_FILES.has(n));
      const rootEnvironment = rootConfig.filter(n => ENVIRONMENT_FILES.has(n));
      const lost = !hasEnvironment && rootEnvironment.length > 0;
      const verb = rootConfig.length === 1 ? 'is' : 'are';
      findings.push({
        status: lost ? 'warn' : 'pass',
        code: 'binder.root-config-ignored',
        message: lost
          ? `${folder}/ exists, so repo2docker ignores the root's ${rootEnvironment.join(', ')}, and ${folder}/ installs no packages`
          : `repo2docker reads ${folder}/ only; the root's ${rootConfig.join(', ')} ${verb} not used by Binder`,
        path: folder
      });
    }
    findings.push(...precedenceFindings(config, folder, files));
    findings.push(...condaFormatFindings(files, config, folder));
    findings.push(...dockerfileFindings(files.find(f => f.path === joinPath(folder, 'Dockerfile'))));
    findings.push(...(await runtimeFindings(facts, folder)));

    const link = await binderLink(facts);
    if (!link) {
      findings.push({
        status: 'warn',
        code: 'binder.no-launch-link',
        message: 'No Binder badge or mybinder.org link in the README, so readers cannot launch it in one click'
      });
    }
    const status = findings.some(f => f.status === 'warn') ? 'warn' : 'pass';
    const built = config.length ? config.map(n => joinPath(folder, n)).join(', ') : `nothing in ${folderLabel(folder)}`;
    const summary = `repo2docker builds from ${built}; ${link ? `Binder link in ${link}` : 'no Binder link'}`;
    return { status, summary, findings };
  }
};
