import { parseNotebook } from '../../audit/notebook/parse';
import { importedModules, packageVersionsExpression, packageVersionsOf } from './studyPackages';

function notebookOf(...sources: string[]) {
  return parseNotebook(
    JSON.stringify({ nbformat: 4, nbformat_minor: 4, metadata: {}, cells: sources.map(source => ({ cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source })) })
  ).notebook!;
}

describe('importedModules', () => {
  it('lists third-party top-level modules, not the standard library or relative imports', () => {
    const nb = notebookOf('import os, numpy as np\nfrom sklearn.metrics import f1_score\n%matplotlib inline', 'from . import local\nimport pandas.io\nimport numpy.random');
    expect(importedModules(nb)).toEqual(['numpy', 'pandas', 'sklearn']);
  });
});

describe('packageVersionsExpression', () => {
  it('names only identifier-like modules', () => {
    const expression = packageVersionsExpression(['sklearn', 'bad"name']);
    expect(expression).toContain('for m in ["sklearn"] for name in pd.get(m, [])');
    expect(expression).not.toContain('bad');
  });
});

describe('packageVersionsOf', () => {
  it("reads the repr of the JSON text IPython sends back", () => {
    const reply = { status: 'ok', data: { 'text/plain': `'{"numpy": "2.4.6", "python": "3.11.7", "we\\\\u00efrd": "1.0"}'` } };
    expect(packageVersionsOf(reply)).toEqual({ numpy: '2.4.6', python: '3.11.7', 'weïrd': '1.0' });
  });

  it('gives nothing for an error or for text that is not a JSON string', () => {
    expect(packageVersionsOf({ status: 'error', ename: 'NameError' })).toEqual({});
    expect(packageVersionsOf({ status: 'ok', data: { 'text/plain': "{'numpy': '2'}" } })).toEqual({});
    expect(packageVersionsOf(undefined)).toEqual({});
  });
});
