/**
 * tests: does the repo carry tests (pytest/unittest files, test config, doctests, R testthat,
 * Julia's test/runtests.jl) that can show a rerun still computes what it used to?
 */
import type { Check } from '../check';
import type { RepoFacts } from '../facts';
import type { CheckOutcome, Evidence, Finding } from '../report';
import { baseName } from '../reader';
import { BINDER_PAPER, TURING_WAY_TESTING } from '../sources';
import { PYTHON_UNITS } from '../python/units';
import { holdsTests } from '../testPath';
import { VENDORED_FOLDERS } from '../vendored';

/** Code of the study: Python, notebooks, R (scripts and R Markdown / Quarto documents), Julia. */
const CODE_FILE = /\.(py|ipynb|r|rmd|qmd|jl)$/i;

/** Test files and test configuration, by name and place. */
const TEST_FILES: { what: string; test: (path: string) => boolean }[] = [
  { what: 'Python test files', test: p => /^test_.*\.py$|^.+_test\.py$|^tests?\.py$/.test(baseName(p)) },
  { what: 'Files in a tests folder', test: p => /(^|\/)tests?\//.test(p) && /\.(py|r|jl)$/i.test(p) },
  { what: 'Test runner configuration', test: p => /^(conftest\.py|pytest\.ini|tox\.ini|noxfile\.py)$/.test(baseName(p)) },
  { what: 'R testthat tests', test: p => /(^|\/)tests\/testthat(\/|\.R$)/.test(p) || /^test-.*\.R$/i.test(baseName(p)) },
  { what: 'Julia test/runtests.jl', test: p => /(^|\/)test\/runtests\.jl$/.test(p) }
];

const CONFIGURATION = TEST_FILES[2];

/** A finding's primary place as evidence, without empty keys. */
function evidenceOf(f: Finding): Evidence {
  return { path: f.path ?? '', ...(f.line !== undefined ? { line: f.line } : {}), ...(f.cell !== undefined ? { cell: f.cell } : {}) };
}

/** Doctests: a `>>>` prompt line in a docstring (a string elsewhere holding `>>>` is not an example). */
async function doctests(facts: RepoFacts): Promise<Finding[]> {
  const found: Finding[] = [];
  const vendored = await facts.get(VENDORED_FOLDERS);
  for (const unit of await facts.get(PYTHON_UNITS)) {
    if (vendored.contains(unit.path)) {
      continue;
    }
    const example = unit.analysis.strings.find(s => s.docstring && /^\s*>>> /m.test(s.value));
    if (example) {
      found.push({ status: 'pass', code: 'tests.doctests', message: `Doctest examples in ${unit.path}`, ...unit.evidence(example.line) });
    }
  }
  return found;
}

/** Python files named or placed as tests, split by whether they hold a test at all. */
async function pythonTestFiles(facts: RepoFacts, candidates: readonly string[]): Promise<{ tests: Set<string>; scripts: string[] }> {
  const analyses = new Map((await facts.get(PYTHON_UNITS)).map(u => [u.path, u.analysis]));
  const tests = new Set<string>();
  const scripts: string[] = [];
  for (const path of candidates) {
    const analysis = analyses.get(path);
    if (analysis && holdsTests(analysis)) {
      tests.add(path);
    } else if (TEST_FILES[0].test(path)) {
      scripts.push(path);
    }
  }
  return { tests, scripts };
}

export const testsCheck: Check = {
  id: 'tests',
  title: 'Tests present',
  why:
    'Tests, even a few doctests, show that the code still computes what it did when the results were made, ' +
    'and catch a silent change when a dependency or the platform moves.',
  sources: [TURING_WAY_TESTING, BINDER_PAPER],
  async run(facts): Promise<CheckOutcome> {
    const vendored = await facts.get(VENDORED_FOLDERS);
    // A vendored library's tests are that library's, not the study's.
    const own = facts.files.filter(f => !vendored.contains(f.path));
    if (!own.some(f => CODE_FILE.test(f.path))) {
      return { status: 'na', summary: 'No code in the repo', findings: [] };
    }
    const python = own.map(f => f.path).filter(p => p.endsWith('.py') && TEST_FILES.some(k => k !== CONFIGURATION && k.test(p)));
    const { tests: pythonTests, scripts } = await pythonTestFiles(facts, python);
    // A Python file counts as a test file only when it holds a test; configuration only beside tests.
    const counts = (kind: (typeof TEST_FILES)[number], path: string): boolean =>
      kind === CONFIGURATION || !path.endsWith('.py') || pythonTests.has(path);
    const findings: Finding[] = [];
    let configurationOnly = true;
    for (const kind of TEST_FILES) {
      const files = own.filter(f => kind.test(f.path) && counts(kind, f.path));
      if (files.length) {
        configurationOnly &&= kind === CONFIGURATION;
        findings.push({
          status: 'pass',
          code: 'tests.found',
          message: `${kind.what} (${files.length})`,
          path: files[0].path,
          ...(files.length > 1 ? { evidence: files.slice(1, 10).map(f => ({ path: f.path })) } : {})
        });
      }
    }
    const withDoctests = await doctests(facts);
    if (withDoctests.length) {
      configurationOnly = false;
      findings.push({
        ...withDoctests[0],
        message: `Doctest examples in ${withDoctests.length} file(s)`,
        ...(withDoctests.length > 1
          ? { evidence: withDoctests.slice(1, 10).map(f => evidenceOf(f)) }
          : {})
      });
    }
    if (configurationOnly) {
      const notTests = scripts.length
        ? `; ${scripts.slice(0, 3).join(', ')}${scripts.length > 3 ? '...' : ''} ` +
          `${scripts.length > 1 ? 'are scripts' : 'is a script'} with no test function, assert or TestCase`
        : '';
      return {
        status: 'fail',
        summary: 'No tests or doctests',
        findings: [
          {
            status: 'fail',
            code: 'tests.none',
            message: `No tests found (test_*.py, tests/, conftest.py, doctests, testthat, runtests.jl)${notTests}`,
            ...(scripts.length ? { path: scripts[0] } : {}),
            ...(scripts.length > 1 ? { evidence: scripts.slice(1, 10).map(path => ({ path })) } : {})
          }
        ]
      };
    }
    return { status: 'pass', summary: 'Tests present', findings };
  }
};
