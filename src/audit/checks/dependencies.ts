/**
 * dependencies: an environment file where repo2docker looks (root, binder/, .binder/), and every
 * package the code imports declared in one.
 */
import type { Check } from '../check';
import { DECLARED_NAMES, DEPENDENCY_FILES } from '../deps/facts';
import { importsNotDeclared } from '../deps/codeImports';
import { normalizeName } from '../deps/normalizeName';
import { R_CODE, rUseEvidence, undeclaredRPackages, UndeclaredR } from '../deps/rPackages';
import type { DependencyFile } from '../deps/types';
import type { UndeclaredImport } from '../deps/undeclaredImports';
import { PYTHON2_CODE, Python2Code } from '../notebookRun/python2Scripts';
import type { Finding } from '../report';
import { BINDER_PAPER, PEP_508, PWC_CHECKLIST, REPO2DOCKER_CONFIG } from '../sources';

/** Base images that bring no Python packages of their own, so the Dockerfile's installs are the whole list. */
const BARE_IMAGE =
  /^(docker\.io\/)?(library\/)?(python|ubuntu|debian|alpine|centos|fedora|rockylinux|almalinux|amazonlinux|buildpack-deps|busybox)(:|@|$)/i;

/** Undeclared imports listed one by one; beyond this, the summary gives the count. */
const MAX_IMPORT_FINDINGS = 50;

function list(paths: string[]): string {
  return paths.length > 4 ? `${paths.slice(0, 4).join(', ')} and ${paths.length - 4} more` : paths.join(', ');
}

/** Python 2 scripts: the interpreter they need is a dependency the environment must ask for (warn when it does not). */
function python2Findings(code: Python2Code): Finding[] {
  const [first, ...rest] = code.scripts;
  if (!first) {
    return [];
  }
  const more = rest.length ? ` (and ${rest.length} more file${rest.length === 1 ? '' : 's'})` : '';
  const declared = code.declaredAt;
  return [
    {
      status: declared ? 'info' : 'warn',
      code: 'dependencies.python2-code',
      message: declared
        ? `${first.path} is Python 2 (${first.idiom})${more}, as ${declared} asks; Python 2 is past its end of life`
        : `${first.path} is Python 2 (${first.idiom})${more}, but no environment file asks for Python 2: it does not run on Python 3`,
      path: first.path,
      line: first.line,
      ...(rest.length ? { evidence: rest.map(s => ({ path: s.path, line: s.line })) } : {})
    }
  ];
}

function importFinding(item: UndeclaredImport): Finding {
  const suggestion = item.distributions[0];
  // Name the package only when it is not simply the import name (sklearn -> scikit-learn).
  const named = suggestion && suggestion !== normalizeName(item.key) ? ` (package: ${suggestion})` : '';
  const finding: Finding = {
    status: 'warn',
    code: 'dependencies.undeclared-import',
    message: `"${item.key}" is imported but no dependency file declares it${named}`,
    ...item.first
  };
  if (item.others.length) {
    finding.evidence = item.others;
  }
  return finding;
}

/** R packages the R code loads (or installs itself) that no install.R, renv.lock or DESCRIPTION declares. */
function rFindings(r: UndeclaredR): Finding[] {
  const where = 'no install.R, DESCRIPTION or renv.lock declares it';
  const findings: Finding[] = r.packages.slice(0, MAX_IMPORT_FINDINGS).map(u => ({
    status: 'warn',
    code: 'dependencies.undeclared-import',
    message: `R package "${u.name}" is loaded but ${where}`,
    ...rUseEvidence(u)
  }));
  if (r.selfInstall) {
    findings.push({
      status: 'warn',
      code: 'dependencies.undeclared-import',
      message: 'The R code installs the packages it needs itself (install.packages) and no install.R, DESCRIPTION or renv.lock declares them',
      ...r.selfInstall
    });
  }
  return findings;
}

/** Whether a file names any package (or builds a whole environment, or could not be read). */
function declaresPackages(file: DependencyFile): boolean {
  return file.packages.length > 0 || !!file.locked?.length || file.problems.length > 0 || file.role === 'environment' || !!file.included?.length;
}

/** A Dockerfile over a full base image (jupyter/scipy-notebook...) brings packages we cannot list. */
function opaqueDockerfile(files: DependencyFile[]): DependencyFile | undefined {
  return files.find(f => f.format === 'dockerfile' && f.place !== 'elsewhere' && !BARE_IMAGE.test(f.dockerfile?.baseImage ?? ''));
}

export const dependenciesCheck: Check = {
  id: 'dependencies',
  title: 'Dependencies declared',
  why:
    'Whoever re-runs the work, or Binder building it, needs an environment file (requirements.txt, environment.yml...) ' +
    'in the root or binder/ that names every package the code imports; the Binder paper counts it among the essentials ' +
    'of a reproducible repo, and it is the first item of the ML Code Completeness Checklist.',
  sources: [BINDER_PAPER, REPO2DOCKER_CONFIG, PWC_CHECKLIST, PEP_508],

  async run(facts) {
    // A lock of unknown format (some tool's `*.lock`) proves no environment by itself.
    const files = (await facts.get(DEPENDENCY_FILES)).filter(
      f => f.role !== 'lock' || f.locked !== undefined || f.problems.length
    );
    if (!files.length) {
      return {
        status: 'fail',
        summary: 'No dependency file (requirements.txt, environment.yml, pyproject.toml...)',
        findings: [
          {
            status: 'fail',
            code: 'dependencies.no-environment-file',
            message:
              'No dependency file found: add requirements.txt or environment.yml to the root (or binder/) ' +
              'listing the packages the code needs'
          }
        ]
      };
    }
    if (!files.some(declaresPackages)) {
      // setup.py without install_requires, a pyproject.toml naming only the project: no environment at all.
      const imported = await importsNotDeclared(facts, await facts.get(DECLARED_NAMES));
      if (imported.length) {
        const names = list(imported.map(u => u.key));
        return {
          status: 'fail',
          summary: `${list(files.map(f => f.path))} declare${files.length === 1 ? 's' : ''} no packages, while the code imports ${names}`,
          findings: [
            {
              status: 'fail',
              code: 'dependencies.no-environment-file',
              message:
                `${list(files.map(f => f.path))} name${files.length === 1 ? 's' : ''} no package (no install_requires or dependencies): ` +
                'add a requirements.txt or environment.yml listing what the code imports',
              path: files[0].path
            }
          ]
        };
      }
    }
    const findings: Finding[] = [];
    const placed = files.filter(f => f.place !== 'elsewhere');
    if (!placed.length) {
      const [first, ...rest] = files;
      const finding: Finding = {
        status: 'warn',
        code: 'dependencies.outside-known-places',
        message:
          files.length === 1
            ? `${first.path} is outside the root, binder/ and .binder/, where repo2docker and readers look for it`
            : `${files.length} dependency files, all outside the root, binder/ and .binder/, where repo2docker and readers look`,
        path: first.path
      };
      if (rest.length) {
        finding.evidence = rest.map(f => ({ path: f.path }));
      }
      findings.push(finding);
    }
    for (const file of files) {
      for (const problem of file.problems) {
        findings.push({ status: 'warn', code: 'dependencies.file-problem', message: `${problem.message}`, path: problem.path, line: problem.line });
      }
    }

    // A base image may bring packages (jupyter/scipy-notebook, tensorflow/tensorflow), but it declares
    // none: the code's imports are compared all the same, and the summary names the image.
    const opaque = opaqueDockerfile(files);
    const undeclared: UndeclaredImport[] = await importsNotDeclared(facts, await facts.get(DECLARED_NAMES));
    findings.push(...undeclared.slice(0, MAX_IMPORT_FINDINGS).map(importFinding));
    const r = undeclaredRPackages(await facts.get(R_CODE), files, facts.has('DESCRIPTION'));
    findings.push(...rFindings(r));
    const missingR = [...r.packages.map(u => u.name), ...(r.selfInstall ? ['R packages it installs itself'] : [])];

    const where = list((placed.length ? placed : files).map(f => f.path));
    const parts: string[] = [placed.length ? `Declared in ${where}` : `Declared only outside repo2docker's places: ${where}`];
    const missing = [...undeclared.map(u => u.key), ...missingR];
    if (missing.length) {
      const plural = missing.length === 1 ? '' : 's';
      const image = opaque ? ` (the Dockerfile's base image ${opaque.dockerfile?.baseImage ?? ''} may bring some, undeclared)` : '';
      parts.push(`${missing.length} imported package${plural} not declared: ${list(missing)}${image}`);
    } else {
      parts.push('every imported package is declared');
    }
    const broken = files.some(f => f.problems.length);
    if (broken) {
      parts.push('some files could not be fully read');
    }
    const python2 = python2Findings(await facts.get(PYTHON2_CODE));
    findings.push(...python2);
    const python2Unmet = python2.some(f => f.status === 'warn');
    if (python2Unmet) {
      parts.push('Python 2 code, with no Python 2 asked for');
    }
    return {
      status: !placed.length || missing.length || broken || python2Unmet ? 'warn' : 'pass',
      summary: parts.join('; '),
      findings
    };
  }
};
