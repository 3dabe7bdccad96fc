/**
 * Where a repo keeps its tests, and what makes code a test: a tests/testing folder or conftest.py, or
 * pytest's file names (test_*.py, *_test.py) on a file that holds a test. A bare test.py, and a
 * test-named script without any test (an experiment script), are the code that makes results.
 */
import type { PyAnalysis } from './python/types';

const TEST_FOLDER = /(^|\/)(tests?|testing)\//;
const TEST_FILE = /(^|\/)(test_[^/]*|[^/]*_test)\.py$/;
const CONFTEST = /(^|\/)conftest\.py$/;

/**
 * What pytest and unittest collect: `test_x` / `testX` functions and methods (a TestCase's tests among
 * them, `runTest` too); or an assert. A bare `test(model, loader)` is the evaluation routine of a
 * `test.py` script, and a `TestDataset` class its data, not tests.
 */
const TEST_FUNCTION = /^(test(_|[A-Z0-9])|runTest$)/;

export function holdsTests(analysis: PyAnalysis): boolean {
  return analysis.asserts.length > 0 || analysis.functions.some(f => f.kind !== 'class' && TEST_FUNCTION.test(f.name));
}

/** Named or placed as a test, by path alone. */
export function isTestPath(path: string): boolean {
  return TEST_FOLDER.test(path) || TEST_FILE.test(path) || CONFTEST.test(path);
}

/** Test code: in a tests folder, conftest.py, or a test-named file that holds a test. */
export function isTestCode(path: string, analysis: PyAnalysis): boolean {
  return TEST_FOLDER.test(path) || CONFTEST.test(path) || (TEST_FILE.test(path) && holdsTests(analysis));
}
