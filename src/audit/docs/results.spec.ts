import { outlineOf } from './outline';
import { findResults } from './results';

const md = (lines: string[]) => outlineOf(lines.join('\n'), 'markdown');

describe('README results', () => {
  it('counts a reports section that links where the analysis reports are published', () => {
    // The shape of a real survey repo: no table in the README, the reports on the project's web pages.
    const outline = md([
      '# Landscape survey',
      '## Installation',
      '```bash',
      'poetry install',
      '```',
      '### Reports and web pages',
      'We publish the analysis reports at [the project pages](https://example.org/landscape/) for others to read.'
    ]);
    expect(findResults(outline)).toEqual({ line: 6, kind: 'results-link', heading: 'Reports and web pages' });
  });

  it('does not count a reports section without a link, nor one about reporting bugs', () => {
    expect(findResults(md(['# X', '## Reports', 'Reports are written by the pipeline.']))).toBeUndefined();
    expect(findResults(md(['# X', '## Reporting bugs and issues', 'Open one at https://example.org/issues.']))).toBeUndefined();
    expect(findResults(md(['# X', '## Bug reports', 'See https://example.org/issues.']))).toBeUndefined();
  });

  it('prefers a results table to a linked report', () => {
    const outline = md(['# X', '## Reports', 'https://example.org/r', '## Results', '| a | b |', '|---|---|', '| 1 | 2 |']);
    expect(findResults(outline)).toMatchObject({ kind: 'results-table', heading: 'Results' });
  });
});
