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
      'pkg/model_test.py': 'class ModelTest:\n    def test_fit(self):\n        pass\n',
      'tox.ini': '[tox]\n'
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toEqual([
      { status: 'pass', message: 'Python test files (2)', path: 'pkg/model_test.py', evidence: [{ path: 'tests/test_model.py' }] },
      // A helper without a test is no test file, even in tests/.
      { status: 'pass', message: 'Files in a tests folder (1)', path: 'tests/test_model.py' },
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

  it('does not count a test-named script without a test function, assert or TestCase', async () => {
    // The shape of many paper repos: test.py evaluates a checkpoint (its routine is even called `test`),
    // and a helper in tests/ holds no test either.
    const outcome = await run({
      'train.py': 'import torch\n',
      'test.py':
        'import argparse\nimport torch\n\nclass TestDataset(torch.utils.data.Dataset):\n    def __len__(self):\n        return 0\n\ndef test(model, loader):\n    correct = 0\n    for x, y in loader:\n' +
        '        correct += (model(x).argmax(1) == y).sum().item()\n    return correct / len(loader.dataset)\n\n' +
        'if __name__ == "__main__":\n    args = argparse.ArgumentParser().parse_args()\n    print(test(torch.load("model.pt"), None))\n',
      'tests/plot_helpers.py': 'def plot(x):\n    return x\n',
      'pytest.ini': '[pytest]\n'
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      {
        status: 'fail',
        message:
          'No tests found (test_*.py, tests/, conftest.py, doctests, testthat, runtests.jl); test.py is a script with no test function, assert or TestCase',
        path: 'test.py'
      }
    ]);
  });

  it('counts unittest cases, pytest functions and plain asserts', async () => {
    const outcome = await run({
      'model.py': 'x = 1\n',
      // minGPT-like: a unittest.TestCase whose method compares against a reference implementation.
      'tests/test_reference_import.py':
        'import unittest\n\nclass TestReferenceImport(unittest.TestCase):\n    def test_gpt2(self):\n        self.assertTrue(True)\n',
      'test_shapes.py': 'import numpy as np\nout = np.zeros((2, 3))\nassert out.shape == (2, 3)\n'
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.findings.map(f => f.message)).toEqual(['Python test files (2)', 'Files in a tests folder (1)']);
  });

  it('does not take a string holding ">>>" outside a docstring for a doctest', async () => {
    // An interactive sampling script: its prompt is not an example.
    const outcome = await run({
      'chat.py': 'def reply(text):\n    """Answer the user."""\n    return text\n\nwhile True:\n    print(reply(input(">>> ")))\n',
      'notes.py': 'HELP = """Usage:\n>>> reply("hi")\n"""\n'
    });
    expect(outcome.status).toBe('fail');
  });

  it("leaves a vendored library's tests and doctests out", async () => {
    const outcome = await run({
      'LICENSE': 'MIT License\nCopyright (c) 2022 Study Authors\n',
      'train.py': 'import torch\n',
      'third_party/metric_lib/setup.py': 'from setuptools import setup\n',
      'third_party/metric_lib/LICENSE': 'BSD 3-Clause License\nCopyright (c) 2018 Library Authors\n',
      'third_party/metric_lib/tests/test_metric.py': 'def test_metric():\n    assert 1 == 1\n',
      'third_party/metric_lib/metric_lib/core.py': 'def score(a):\n    """Score.\n\n    >>> score(1)\n    1\n    """\n    return a\n'
    });
    expect(outcome.status).toBe('fail');
  });

  it('reads R Markdown as code, so a repo of .Rmd analyses without tests fails', async () => {
    expect((await run({ 'index.Rmd': '```{r}\nlibrary(dplyr)\n```\n', 'data/fires.csv': 'a\n1\n' })).status).toBe('fail');
  });
});
