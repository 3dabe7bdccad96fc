/**
 * Where a repo keeps its tests: a tests/testing folder, or pytest's file names (test_*.py, *_test.py,
 * conftest.py). A bare test.py is left out: in research code it is most often the evaluation script.
 * Items judged on "the code that makes results" (docstrings, seeds) leave these files aside.
 */
const TEST_PATH = /(^|\/)(tests?|testing)\/|(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/;

export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path);
}
