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

const CODE_FILE = /\.(py|ipynb|r|jl)$/i;

/** Test files and test configuration, by name and place. */
const TEST_FILES: { what: string; test: (path: string) => boolean }[] = [
  { what: 'Python test files', test: p => /^test_.*\.py$|^.+_test\.py$|^tests?\.py$/.test(baseName(p)) },
  { what: 'Files in a tests folder', test: p => /(^|\/)tests?\//.test(p) && /\.(py|r|jl)$/i.test(p) },
  { what: 'Test runner configuration', test: p => /^(conftest\.py|pytest\.ini|tox\.ini|noxfile\.py)$/.test(baseName(p)) },
  { what: 'R testthat tests', test: p => /(^|\/)tests\/testthat(\/|\.R$)/.test(p) || /^test-.*\.R$/i.test(baseName(p)) },
  { what: 'Julia test/runtests.jl', test: p => /(^|\/)test\/runtests\.jl$/.test(p) }
];

/** A finding's primary place as evidence, without empty keys. */
function evidenceOf(f: Finding): Evidence {
  return { path: f.path ?? '', ...(f.line !== undefined ? { line: f.line } : {}), ...(f.cell !== undefined ? { cell: f.cell } : {}) };
}

/** Doctests: a docstring or string holding a `>>>` prompt line. */
async function doctests(facts: RepoFacts): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const unit of await facts.get(PYTHON_UNITS)) {
    const example = unit.analysis.strings.find(s => /^\s*>>> /m.test(s.value));
    if (example) {
      found.push({ status: 'pass', code: 'tests.doctests', message: `Doctest examples in ${unit.path}`, ...unit.evidence(example.line) });
    }
  }
  return found;
}

export const testsCheck: Check = {
  id: 'tests',
  title: 'Tests present',
  why:
    'Tests, even a few doctests, show that the code still computes what it did when the results were made, ' +
    'and catch a silent change when a dependency or the platform moves.',
  sources: [TURING_WAY_TESTING, BINDER_PAPER],
  async run(facts): Promise<CheckOutcome> {
    if (!facts.files.some(f => CODE_FILE.test(f.path))) {
      return { status: 'na', summary: 'No code in the repo', findings: [] };
    }
    const findings: Finding[] = [];
    for (const kind of TEST_FILES) {
      const files = facts.files.filter(f => kind.test(f.path));
      if (files.length) {
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
      findings.push({
        ...withDoctests[0],
        message: `Doctest examples in ${withDoctests.length} file(s)`,
        ...(withDoctests.length > 1
          ? { evidence: withDoctests.slice(1, 10).map(f => evidenceOf(f)) }
          : {})
      });
    }
    if (!findings.length) {
      return {
        status: 'fail',
        summary: 'No tests or doctests',
        findings: [
          { status: 'fail', code: 'tests.none', message: 'No tests found (test_*.py, tests/, conftest.py, doctests, testthat, runtests.jl)' }
        ]
      };
    }
    return { status: 'pass', summary: 'Tests present', findings };
  }
};
