/**
 * docs: a README that says how to reproduce the results (with the exact commands) and shows them
 * (a results table), docstrings on most public functions, and a licence. CITATION.cff is a bonus.
 */
import type { Check } from '../check';
import type { RepoFacts } from '../facts';
import type { CheckOutcome, Finding } from '../report';
import { BINDER_PAPER, PWC_CHECKLIST } from '../sources';
import { docstringShare } from '../docs/docstrings';
import { localDocumentLinks } from '../docs/links';
import { docFormatOf, DocOutline, outlineOf } from '../docs/outline';
import { Readme, README } from '../docs/readme';
import { findReproduceSteps } from '../docs/reproduce';
import { findResults } from '../docs/results';
import { findFigureMap, FigureMap } from '../docs/figureMap';
import { findLicenceStatement } from '../docs/licenceStatement';
import { PYTHON_UNITS } from '../python/units';
import { VENDORED_FOLDERS } from '../vendored';

/** The share of documented public functions at or above which the item passes. */
export const DOCSTRING_PASS_SHARE = 0.5;

/** Undocumented functions named one by one; the rest are counted. */
const MAX_UNDOCUMENTED_LISTED = 5;

const LICENSE_FILE = /^(licen[cs]e|copying)([.-][\w.-]*)?$/i;

/** Steps in a document the README links to (TRAINING.md, docs/usage.md), the first found. */
async function linkedSteps(facts: RepoFacts, readme: Readme, outline: DocOutline): Promise<Finding | undefined> {
  for (const link of localDocumentLinks(outline.lines, readme.path)) {
    if (!facts.has(link.target)) {
      continue;
    }
    const text = await facts.text(link.target);
    const steps = text.text === undefined ? undefined : findReproduceSteps(outlineOf(text.text, docFormatOf(link.target))).steps;
    if (steps) {
      return {
        status: 'pass',
        code: 'docs.reproduce-steps',
        message:
          `${readme.path} links ${link.target}, which says how to run it: ` +
          `"${steps.title}" with commands at line ${steps.commandLine}`,
        path: link.target,
        line: steps.line,
        evidence: [{ path: readme.path, line: link.line }]
      };
    }
  }
  return undefined;
}

/** A table mapping notebooks/scripts to the paper's figures and tables: steps and results at once. */
function figureMapFinding(readme: Readme, map: FigureMap): Finding {
  return {
    status: 'pass',
    code: 'docs.figure-map',
    message: `${readme.path} maps notebooks or scripts to the paper's figures and tables (${map.rows} row(s))`,
    path: readme.path,
    line: map.line
  };
}

async function reproduceFinding(facts: RepoFacts, readme: Readme, outline: DocOutline): Promise<Finding> {
  const found = findReproduceSteps(outline);
  if (found.steps) {
    return {
      status: 'pass',
      code: 'docs.reproduce-steps',
      message: `${readme.path} says how to run it: "${found.steps.title}" with commands at line ${found.steps.commandLine}`,
      path: readme.path,
      line: found.steps.line
    };
  }
  const figureMap = findFigureMap(outline);
  if (figureMap) {
    return figureMapFinding(readme, figureMap);
  }
  const linked = await linkedSteps(facts, readme, outline);
  if (linked) {
    return linked;
  }
  if (found.headingOnly) {
    return {
      status: 'warn',
      code: 'docs.reproduce-heading-only',
      message: `${readme.path} has a "${found.headingOnly.title}" section but no commands in it: give the exact commands`,
      path: readme.path,
      line: found.headingOnly.line
    };
  }
  return {
    status: 'warn',
    code: 'docs.no-reproduce-steps',
    message: `${readme.path} does not say how to reproduce the results: add a section with the exact commands`,
    path: readme.path
  };
}

function resultsFinding(readme: Readme, outline: DocOutline): Finding {
  const results = findResults(outline);
  const figureMap = findFigureMap(outline);
  if (figureMap && (!results || results.kind === 'table')) {
    return figureMapFinding(readme, figureMap);
  }
  if (!results) {
    return { status: 'warn', code: 'docs.no-results', message: `${readme.path} shows no results: add a results table`, path: readme.path };
  }
  const message =
    results.kind === 'results-table'
      ? `${readme.path} has a results table under "${results.heading}"`
      : results.kind === 'results-heading'
        ? `${readme.path} has a "${results.heading}" section`
        : results.kind === 'results-link'
          ? `${readme.path} links the published results under "${results.heading}"`
          : `${readme.path} has a table`;
  return { status: 'pass', code: 'docs.results', message, path: readme.path, line: results.line };
}

function unreadableFinding(readme: Readme): Finding {
  return { status: 'warn', code: 'docs.readme-unreadable', message: `${readme.path} could not be read as text (${readme.problem})`, path: readme.path };
}

async function docstringFindings(facts: RepoFacts): Promise<Finding[]> {
  // A vendored library's docstrings are that library's.
  const vendored = await facts.get(VENDORED_FOLDERS);
  const share = docstringShare((await facts.get(PYTHON_UNITS)).filter(u => !vendored.contains(u.path)));
  if (!share.total) {
    return [];
  }
  const percent = Math.round((100 * share.documented) / share.total);
  const counted = `${share.documented} of ${share.total} public functions and classes have a docstring (${percent}%)`;
  if (share.documented / share.total >= DOCSTRING_PASS_SHARE) {
    return [{ status: 'pass', code: 'docs.docstrings', message: counted }];
  }
  const listed = share.undocumented.slice(0, MAX_UNDOCUMENTED_LISTED);
  const more = share.undocumented.length - listed.length;
  const names = listed.map(u => u.name).join(', ') + (more > 0 ? ` and ${more} more` : '');
  return [
    {
      status: 'warn',
      code: 'docs.docstrings',
      message: `Only ${counted}; undocumented: ${names}`,
      ...listed[0].evidence,
      evidence: listed.slice(1).map(u => u.evidence)
    }
  ];
}

/** A licence the README names, when the root has no licence file. */
function readmeLicenceFinding(readme: Readme | undefined): Finding | undefined {
  const named = readme?.outline ? findLicenceStatement(readme.outline) : undefined;
  if (!readme || !named) {
    return undefined;
  }
  const message = named.name === 'badge' ? `${readme.path} shows a licence badge` : `${readme.path} names the licence (${named.name})`;
  return { status: 'pass', code: 'docs.licence-in-readme', message, path: readme.path, line: named.line };
}

function licenceFindings(facts: RepoFacts, readme: Readme | undefined): Finding[] {
  const root = facts.files.filter(f => !f.path.includes('/'));
  const licence = root.find(f => LICENSE_FILE.test(f.path));
  const citation = root.find(f => f.path === 'CITATION.cff');
  const findings: Finding[] = [
    licence
      ? { status: 'pass', code: 'docs.licence', message: `Licence in ${licence.path}`, path: licence.path }
      : readmeLicenceFinding(readme) ?? {
          status: 'warn',
          code: 'docs.no-licence',
          message: 'No LICENSE file: without one, others may not reuse the code or rerun the study'
        }
  ];
  if (citation) {
    findings.push({ status: 'pass', code: 'docs.citation', message: 'CITATION.cff says how to cite the work', path: citation.path });
  }
  return findings;
}

export const docsCheck: Check = {
  id: 'docs',
  title: 'Documentation',
  why:
    'Without a README that gives the exact commands and the results they should produce, others cannot tell ' +
    'how to rerun a study or whether they succeeded; docstrings and a licence make the code usable at all.',
  sources: [PWC_CHECKLIST, BINDER_PAPER],
  async run(facts): Promise<CheckOutcome> {
    const readme = await facts.get(README);
    const docstrings = await docstringFindings(facts);
    const licence = licenceFindings(facts, readme);
    if (!readme) {
      return {
        status: 'fail',
        summary: 'No README',
        findings: [
          { status: 'fail', code: 'docs.no-readme', message: 'No README in the repo root: say what the repo is and how to reproduce its results' },
          ...docstrings,
          ...licence
        ]
      };
    }
    const parts: [string, Finding[]][] = readme.outline
      ? [
          ['how-to-reproduce commands', [await reproduceFinding(facts, readme, readme.outline)]],
          ['results table', [resultsFinding(readme, readme.outline)]]
        ]
      : [['a readable README', [unreadableFinding(readme)]]];
    parts.push(['docstrings', docstrings], ['licence', licence]);
    const missing = parts.filter(([, found]) => found.some(f => f.status === 'warn')).map(([label]) => label);
    return {
      status: missing.length ? 'warn' : 'pass',
      summary: missing.length
        ? `README present; missing: ${missing.join(', ')}`
        : 'README with steps and results, documented code, licence',
      findings: parts.flatMap(([, found]) => found)
    };
  }
};
