import { runCheck } from '../__tests__/checkHarness';
import type { MemoryRepoSpec } from '../memoryReader';
import { testsCheck } from './tests';

async function run(files: MemoryRepoSpec['files']) {
  return (await runCheck(testsCheck, { files })).outcome;
}

describe('testsCheck', () => {
  it('does not apply to a repo without code', async () => {
    expect((await run({ 'README.md': '# X', 'data.csv': 'a' })).status).toBe('na');
  });

  it('fails when code has no tests', async () => {
    const outcome = await run({ 'src/model.py': 'def f():\n    """No example."""\n', 'testing_notes.md': '' });
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings[0].status).toBe('fail');
  });

  it('passes on pytest files, a tests folder and configuration', async () => {
    const outcome = await run({
      'src/model.py': 'x = 1\n',
      'tests/test_model.py': 'def test_x():\n    assert True\n',
      'tests/helpers.py': '',
      'pkg/model_test.py': '',
      'tox.ini': '[tox]\n'
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([
      { status: 'pass', message: 'Python test files (2)', path: 'pkg/model_test.py', evidence: [{ path: 'tests/test_model.py' }] },
      { status: 'pass', message: 'Files in a tests folder (2)', path: 'tests/helpers.py', evidence: [{ path: 'tests/test_model.py' }] },
      { status: 'pass', message: 'Test runner configuration (1)', path: 'tox.ini' }
    ]);
  });

  it('passes on doctests', async () => {
    const outcome = await run({ 'lib.py': 'import math\n\ndef area(r):\n    """Area.\n\n    >>> area(1)\n    3.14\n    """\n    return math.pi * r * r\n' });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([{ status: 'pass', message: 'Doctest examples in 1 file(s)', path: 'lib.py', line: 4 }]);
  });

  it('passes on R testthat and Julia runtests.jl', async () => {
    expect((await run({ 'R/f.R': 'f <- 1', 'tests/testthat/test-f.R': 'test_that()' })).status).toBe('pass');
    const julia = await run({ 'src/M.jl': 'module M end', 'test/runtests.jl': 'using Test' });
    expect(julia.findings.map(f => f.message)).toEqual(['Files in a tests folder (1)', 'Julia test/runtests.jl (1)']);
  });
});
