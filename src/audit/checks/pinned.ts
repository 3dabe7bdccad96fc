/**
 * pinned: every declared package fixed to one version, by its own spec (`==1.2.3`, conda
 * `=1.2.3`, a commit hash), by an exact pin elsewhere in the repo, a `-c` constraint, or a lock file.
 */
import type { Check } from '../check';
import { importsNotDeclared } from '../deps/codeImports';
import { DEPENDENCY_FILES, NOT_PACKAGES } from '../deps/facts';
import { R_CODE, rUseEvidence } from '../deps/rPackages';
import type { DeclaredPackage, DependencyFile } from '../deps/types';
import type { RepoFacts } from '../facts';
import { dirName } from '../reader';
import type { CheckOutcome, Evidence, Finding } from '../report';
import { BINDER_PAPER, PEP_508, REPO2DOCKER_CONFIG, TATMAN_TALK } from '../sources';

/** Unpinned packages listed one by one; beyond this, the summary gives the count. */
const MAX_FINDINGS = 100;

interface Coverage {
  /** Names a lock file, a constraint or an exact pin somewhere fixes. */
  names: Set<string>;
  /** Folders holding a lock of unknown format: it covers what is declared beside it. */
  lockedFolders: Set<string>;
  /** How many names only a lock or constraint covers. */
  viaLock: Set<string>;
}

function coverage(files: DependencyFile[]): Coverage {
  const names = new Set<string>();
  const lockedFolders = new Set<string>();
  const viaLock = new Set<string>();
  for (const file of files) {
    if (file.role === 'lock') {
      if (file.locked) {
        file.locked.forEach(n => viaLock.add(n));
      } else if (!file.problems.length) {
        lockedFolders.add(dirName(file.path));
      }
    }
    file.constrained?.forEach(n => viaLock.add(n));
    file.packages.filter(p => p.pinned).forEach(p => names.add(p.normalized));
  }
  viaLock.forEach(n => names.add(n));
  return { names, lockedFolders, viaLock };
}

function isCovered(pkg: DeclaredPackage, cover: Coverage): boolean {
  return pkg.pinned || cover.names.has(pkg.normalized) || cover.lockedFolders.has(dirName(pkg.path));
}

/** Declared packages by name, first occurrence first (files in path order, lines in order). */
function byName(files: DependencyFile[]): Map<string, DeclaredPackage[]> {
  const seen = new Set<string>();
  const out = new Map<string, DeclaredPackage[]>();
  for (const file of files) {
    if (file.role === 'lock') {
      continue;
    }
    for (const pkg of file.packages) {
      const id = `${pkg.path}:${pkg.line}:${pkg.normalized}`;
      if (NOT_PACKAGES.has(pkg.normalized) || seen.has(id)) {
        continue;
      }
      seen.add(id);
      const list = out.get(pkg.normalized) ?? [];
      list.push(pkg);
      out.set(pkg.normalized, list);
    }
  }
  return out;
}

function unpinnedFinding(occurrences: DeclaredPackage[]): Finding {
  const [first, ...rest] = occurrences;
  const shown = first.spec ? ` (${first.spec})` : '';
  const finding: Finding = {
    status: 'warn',
    code: 'pinned.not-exact',
    message: `${first.name}${shown} is not pinned to an exact version`,
    path: first.path,
    line: first.line,
    fix: 'pins'
  };
  if (rest.length) {
    finding.evidence = rest.map((p): Evidence => ({ path: p.path, line: p.line }));
  }
  return finding;
}

/**
 * No declared package: nothing to pin when the code imports no third-party package, but when it
 * does, none of them has a version, which is the worst case rather than a case apart.
 */
function nothingDeclared(imported: UsedPackage[], lockProblems: Finding[]): CheckOutcome {
  if (!imported.length) {
    return { status: 'na', summary: 'No declared packages to pin', findings: lockProblems };
  }
  const [first, ...rest] = imported;
  const plural = imported.length === 1 ? '' : 's';
  const names = imported.slice(0, 4).map(u => u.name).join(', ') + (imported.length > 4 ? ` and ${imported.length - 4} more` : '');
  const finding: Finding = {
    status: 'fail',
    code: 'pinned.nothing-declared',
    message: `The code imports ${imported.length} third-party package${plural} (${names}) and no file declares any version of them`,
    ...first.at,
    fix: 'pins'
  };
  if (rest.length) {
    finding.evidence = rest.map(u => u.at);
  }
  return {
    status: 'fail',
    summary: `Nothing declared, so none of the ${imported.length} imported package${plural} is pinned`,
    findings: [finding, ...lockProblems]
  };
}

/** A third-party package the code uses, Python or R, at its first place. */
interface UsedPackage {
  name: string;
  at: Evidence;
}

/** Python imports and R packages that nothing declares (the repo declares nothing at all). */
async function usedPackages(facts: RepoFacts): Promise<UsedPackage[]> {
  const python = (await importsNotDeclared(facts, new Set())).map(u => ({ name: u.key, at: u.first }));
  const r = await facts.get(R_CODE);
  return [...python, ...r.uses.map(u => ({ name: u.name, at: rUseEvidence(u) }))];
}

export const pinnedCheck: Check = {
  id: 'pinned',
  title: 'Versions pinned',
  why:
    'Different versions of a library can change results even when every seed is fixed; exact versions ' +
    '(== in pip, =x.y.z in conda) or a lock file let others rebuild the environment the results came from.',
  sources: [TATMAN_TALK, BINDER_PAPER, REPO2DOCKER_CONFIG, PEP_508],

  async run(facts) {
    const files = await facts.get(DEPENDENCY_FILES);
    const packages = byName(files);
    const lockProblems: Finding[] = files
      .filter(f => f.role === 'lock')
      .flatMap(f => f.problems)
      .map((p): Finding => ({ status: 'warn', code: 'pinned.lock-unusable', message: `Lock file not usable: ${p.message}`, path: p.path, line: p.line }));
    if (!packages.size) {
      return nothingDeclared(await usedPackages(facts), lockProblems);
    }
    const cover = coverage(files);
    const unpinned = [...packages.values()].filter(list => !list.some(p => isCovered(p, cover)));
    const total = packages.size;
    const pinned = total - unpinned.length;
    const byLock = [...packages.keys()].filter(n => cover.viaLock.has(n) && !packages.get(n)!.some(p => p.pinned)).length;
    const findings = [...unpinned.slice(0, MAX_FINDINGS).map(unpinnedFinding), ...lockProblems];
    const status = unpinned.length === 0 ? 'pass' : pinned === 0 ? 'fail' : 'warn';
    const lockNote = byLock ? ` (${byLock} by a lock file or constraints)` : '';
    const summary =
      status === 'pass'
        ? `All ${total} declared packages are pinned${lockNote}`
        : `${pinned} of ${total} declared packages pinned${lockNote}`;
    return { status, summary, findings };
  }
};
