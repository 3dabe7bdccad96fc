/** One entry point for the parsers: a recognised file's text to its declaration or lock. */
import { parseCondaEnvironment } from './condaEnvironment';
import { parseCondaLock } from './condaLock';
import { parseDockerfile } from './dockerfile';
import { parseInstallR } from './installR';
import { parsePipfileLock, parseRenvLock } from './jsonLocks';
import { parseJuliaProject } from './juliaProject';
import { parsePipfile } from './pipfile';
import { parsePyproject } from './pyproject';
import type { Recognised } from './recognise';
import { parseRequirementsTxt } from './requirementsTxt';
import { parseSetupCfg } from './setupCfg';
import { parseSetupPy } from './setupPy';
import { parseJuliaManifest, parsePackageListLock, parseUnknownLock } from './tomlLocks';
import type { DockerfileSummary, ParsedDeclaration, ParsedLock } from './types';

export interface ParsedFile extends ParsedDeclaration {
  locked?: string[];
  dockerfile?: DockerfileSummary;
}

export interface ParseContext {
  /** runtime.txt's CRAN snapshot date in the same folder, for install.R. */
  snapshotDate?: string;
}

function fromLock(lock: ParsedLock): ParsedFile {
  const out: ParsedFile = { packages: [], problems: lock.problems, includes: [] };
  if (lock.locked) {
    out.locked = lock.locked;
  }
  return out;
}

export function parseDependencyFile(kind: Recognised, text: string, path: string, context: ParseContext = {}): ParsedFile {
  switch (kind.format) {
    case 'requirements':
      return parseRequirementsTxt(text, path);
    case 'conda':
      return parseCondaEnvironment(text, path);
    case 'pyproject':
      return parsePyproject(text, path);
    case 'setup.cfg':
      return parseSetupCfg(text, path);
    case 'setup.py':
      return parseSetupPy(text, path);
    case 'pipfile':
      return parsePipfile(text, path);
    case 'julia':
      return parseJuliaProject(text, path);
    case 'install.R':
      return parseInstallR(text, path, { snapshotDate: context.snapshotDate });
    case 'dockerfile': {
      const { summary, ...parsed } = parseDockerfile(text, path);
      return { ...parsed, dockerfile: summary };
    }
    case 'lock':
      return parseLock(kind, text, path);
  }
}

function parseLock(kind: Recognised, text: string, path: string): ParsedFile {
  switch (kind.lock) {
    case 'pipfile.lock':
      return fromLock(parsePipfileLock(text, path));
    case 'renv.lock':
      return fromLock(parseRenvLock(text, path));
    case 'package-list':
      return fromLock(parsePackageListLock(text, path));
    case 'conda-lock':
      return fromLock(parseCondaLock(text, path));
    case 'julia-manifest':
      return fromLock(parseJuliaManifest(text, path));
    case 'requirements-lock': {
      const parsed = parseRequirementsTxt(text, path);
      const locked = [...new Set(parsed.packages.map(p => p.normalized))];
      return { packages: [], problems: parsed.problems, includes: [], locked };
    }
    default:
      return fromLock(parseUnknownLock(text, path));
  }
}
