import { localDocumentLinks } from './links';

describe('localDocumentLinks', () => {
  it('resolves Markdown, HTML and RST links to local documents, once each', () => {
    const lines = [
      'See [training](docs/TRAINING.md#setup), [again](./docs/TRAINING.md) and [site](https://x.org/a.md).',
      '<a href="USAGE.rst">usage</a> `Notes <notes/run%20me.txt>`_ [code](train.py) [up](../out.md)'
    ];
    expect(localDocumentLinks(lines, 'README.md')).toEqual([
      { target: 'docs/TRAINING.md', line: 1 },
      { target: 'USAGE.rst', line: 2 },
      { target: 'notes/run me.txt', line: 2 }
    ]);
  });

  it('resolves relative to the linking document and survives bad escapes', () => {
    expect(localDocumentLinks(['[a](../b/c.md) [bad](%E0%A4%A.md)'], 'docs/x/README.md')).toEqual([
      { target: 'docs/b/c.md', line: 1 },
      { target: 'docs/x/%E0%A4%A.md', line: 1 }
    ]);
  });
});
