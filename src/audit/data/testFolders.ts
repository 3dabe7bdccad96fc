/**
 * Test code known by its place alone: a tests/testing folder, or pytest's conftest.py. Test-named
 * scripts elsewhere (`add_test.py`) are often the experiments that train, so they stay.
 * (The tests/seeds helper's `isTestCode`, which also looks inside test-named files, can replace this.)
 */
const TEST_PLACE = /(^|\/)(tests?|testing)\/|(^|\/)conftest\.py$/;

export function inTestFolder(path: string): boolean {
  return TEST_PLACE.test(path);
}
