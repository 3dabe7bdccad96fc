import { inTestFolder } from './testFolders';

describe('inTestFolder', () => {
  it('knows test code by its folder or conftest.py, and leaves test-named experiment scripts alone', () => {
    // An autograd engine's test/test_engine.py is a test; a sequence-model study's adding_problem/add_test.py trains.
    expect(['test/test_engine.py', 'pkg/tests/unit/x.py', 'conftest.py', 'testing/fixtures.py'].map(inTestFolder)).toEqual([
      true,
      true,
      true,
      true
    ]);
    expect(['TCN/adding_problem/add_test.py', 'test.py', 'latest/run.py', 'contest/train.py'].map(inTestFolder)).toEqual([
      false,
      false,
      false,
      false
    ]);
  });
});
