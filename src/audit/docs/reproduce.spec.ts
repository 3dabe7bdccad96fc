import { outlineOf } from './outline';
import { findReproduceSteps } from './reproduce';
import { findResults } from './results';
import { isCommandLine } from './commands';

const md = (lines: string[]) => outlineOf(lines.join('\n'), 'markdown');

describe('findReproduceSteps', () => {
  it('finds a steps heading with a code block in its section or subsections', () => {
    const found = findReproduceSteps(md(['# X', '## Getting started', '### Training', '```', 'python train.py', '```']));
    expect(found.steps).toEqual({ line: 2, title: 'Getting started', commandLine: 4 });
  });

  it('accepts command lines instead of a code block', () => {
    const found = findReproduceSteps(md(['# X', '## Usage', 'Run `python run.py --seed 0` to get table 2.']));
    expect(found.steps).toEqual({ line: 2, title: 'Usage', commandLine: 3 });
  });

  it('reports a steps heading with no commands under it', () => {
    const found = findReproduceSteps(md(['# X', '## Installation', 'Install the requirements.', '## Other', '```', 'x', '```']));
    expect(found.steps).toBeUndefined();
    expect(found.headingOnly).toEqual({ line: 2, title: 'Installation' });
  });

  it('falls back to a paragraph about reproducing followed by commands', () => {
    const found = findReproduceSteps(md(['My project', '', 'To reproduce the figures:', '', '    $ make figures']));
    expect(found.steps).toEqual({ line: 3, title: 'To reproduce the figures:', commandLine: 5 });
  });

  it('finds nothing in a README without steps', () => {
    expect(findReproduceSteps(md(['# X', 'A library.']))).toEqual({ headingOnly: undefined });
  });

  it('works on reStructuredText', () => {
    const rst = outlineOf(['Usage', '=====', '', '.. code-block:: bash', '', '   python a.py'].join('\n'), 'rst');
    expect(findReproduceSteps(rst).steps).toEqual({ line: 1, title: 'Usage', commandLine: 4 });
  });
});

describe('isCommandLine', () => {
  it.each([
    ['$ python train.py', true],
    ['pip install -r requirements.txt', true],
    ['1. `conda env create -f environment.yml`', true],
    ['- ./scripts/run_all.sh --fast', true],
    ['Python is a language', false],
    ['make sure you have data', false],
    ['$ make figures', true],
    ['python is fast', false],
    ['python -m repro.run --all', true],
    ['Use `make all` to rebuild', true]
  ])('%s -> %s', (line, expected) => {
    expect(isCommandLine(line)).toBe(expected);
  });
});

describe('findResults', () => {
  const table = ['| a | b |', '|---|---|', '| 1 | 2 |'];

  it('prefers a table under a results heading', () => {
    const outline = md(['# X', ...table, '## Results', 'Our numbers:', ...table]);
    expect(findResults(outline)).toEqual({ line: 7, kind: 'results-table', heading: 'Results' });
  });

  it('accepts a results heading without a table', () => {
    expect(findResults(md(['# X', '## Benchmarks', '![plot](a.png)']))).toEqual({
      line: 2,
      kind: 'results-heading',
      heading: 'Benchmarks'
    });
  });

  it('accepts any table, and nothing without one', () => {
    expect(findResults(md(['# X', ...table]))).toEqual({ line: 2, kind: 'table' });
    expect(findResults(md(['# X', 'text']))).toBeUndefined();
  });
});
