/**
 * For a repo whose dependencies live in pyproject.toml or a Pipfile: which `==` pins would fix what
 * the code imports, and which lock command would pin it for good. Nothing is written: those files
 * belong to their tools (poetry, uv, pipenv), and a lock file is the pin those tools keep current.
 * Likewise for a Dockerfile that installs no requirements file of the repo: a new file it does not
 * read would pin nothing.
 */
import type { DeclaredPackage } from '../audit/deps/types';
import type { ImportedPackage } from './pinsImports';
import { candidatesOf, installedCandidate, PinsProbe, versionIn } from './pinsProbe';

export interface PinsReport {
  /** One line a pin: `scikit-learn==1.9.1 (import sklearn; pyproject.toml line 7 says ">=1")`. */
  pins: string[];
  alreadyPinned: string[];
  unpinned: Array<{ module: string; reason: string }>;
  /** How to pin with a lock file the audit accepts. */
  lockAdvice: string;
}

const LOCK_ADVICE = {
  pyproject:
    'Nothing was written: pin with a lock file the audit accepts, e.g. `uv lock` (uv.lock), `poetry lock` (poetry.lock, for a ' +
    '[tool.poetry] project) or `pip-compile pyproject.toml -o requirements.txt` (pip-tools; that requirements.txt is also what ' +
    'Binder installs), and commit it; or write the pins above into the dependencies of pyproject.toml.',
  pipfile: 'Nothing was written: run `pipenv lock` and commit Pipfile.lock, which the audit accepts and Binder installs from.',
  dockerfile:
    'Nothing was written: the Dockerfile builds the image (Binder then reads no other environment file) and installs no ' +
    'requirements file of the repo. Write the pins above into its pip install lines, or have it COPY a requirements.txt ' +
    'and `pip install -r` it, then run this fix again.'
};

export function pinsReport(
  format: keyof typeof LOCK_ADVICE,
  declared: readonly DeclaredPackage[],
  imported: readonly ImportedPackage[],
  probe: PinsProbe
): PinsReport {
  const report: PinsReport = { pins: [], alreadyPinned: [], unpinned: [], lockAdvice: LOCK_ADVICE[format] };
  for (const pkg of imported) {
    const candidates = candidatesOf(pkg, probe);
    const found = declared.filter(d => candidates.includes(d.normalized));
    if (found.some(d => d.pinned)) {
      report.alreadyPinned.push(pkg.module);
      continue;
    }
    const first = found[0];
    const installed = first ? { distribution: first.name, version: versionIn(probe.versions, first.name) } : installedCandidate(pkg, probe);
    if (!installed?.version) {
      report.unpinned.push({ module: pkg.module, reason: `no distribution providing ${pkg.module} is installed in the probed environment` });
      continue;
    }
    const where = first ? `${first.path} line ${first.line} says ${first.spec ? JSON.stringify(first.spec) : 'any version'}` : 'not declared';
    report.pins.push(`${installed.distribution}==${installed.version} (import ${pkg.module}; ${where})`);
  }
  return report;
}

/** The report as plain text to read and copy: one pin a line, then what was left, then the lock command. */
export function pinsReportText(targetPath: string, report: PinsReport): string {
  const lines = [`${targetPath} declares the dependencies and is not edited.`, ''];
  if (report.pins.length) {
    lines.push('Pins for what the code imports:', ...report.pins.map(p => `  ${p}`), '');
  } else {
    lines.push('Pins for what the code imports: none needed.', '');
  }
  if (report.alreadyPinned.length) {
    lines.push(`Already pinned: ${report.alreadyPinned.join(', ')}.`, '');
  }
  if (report.unpinned.length) {
    lines.push('Not pinned:', ...report.unpinned.map(u => `  ${u.module} (${u.reason})`), '');
  }
  lines.push(report.lockAdvice);
  return lines.join('\n') + '\n';
}
