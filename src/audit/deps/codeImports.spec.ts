import { isDocsBuildFile } from './codeImports';

describe('isDocsBuildFile', () => {
  // A project template's shape: doc/conf.py with Sphinx extensions in doc/sphinxext/.
  const repo = new Set(['doc/conf.py', 'doc/sphinxext/github.py', 'docs/source/conf.py', 'docs/source/ext/x.py', 'conf.py', 'documents/notes.py']);
  const has = (p: string): boolean => repo.has(p);
  it.each([
    ['doc/conf.py', true],
    ['doc/sphinxext/github.py', true],
    ['docs/source/ext/x.py', true],
    ['docs/build_tools.py', true],
    ['conf.py', false],
    ['documents/notes.py', false],
    ['src/doc/parser.py', false]
  ])('%s: %s', (path, expected) => {
    expect(isDocsBuildFile(path, { has })).toBe(expected);
  });
});
