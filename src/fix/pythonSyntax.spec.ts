import { appendItems, prependItem } from './bracketEdits';
import { applyTextEdits } from './edits';
import { PythonSyntax } from './pythonSyntax';

describe('PythonSyntax', () => {
  test('headerEnd: after docstring, __future__ and leading imports; 0 without them', () => {
    const source = '"""Doc."""\nfrom __future__ import annotations\nimport a; import b\n# c\nimport d  # d\nx = 1\nimport e\n';
    expect(new PythonSyntax(source).headerEnd()).toBe(source.indexOf('x = 1'));
    expect(new PythonSyntax('x = 1\nimport a\n').headerEnd()).toBe(0);
  });

  test('callArguments tells chained calls at one offset apart by their callee', () => {
    const source = 'np.random.default_rng().normal(1, size=3)\n';
    const syntax = new PythonSyntax(source);
    const inner = syntax.callArguments(0, 'np.random.default_rng')!;
    expect(inner.items).toEqual([]);
    const outer = syntax.callArguments(0, 'np.random.default_rng().normal')!;
    expect(outer.items.map(i => [i.keyword, source.slice(i.valueFrom, i.valueTo)])).toEqual([
      [undefined, '1'],
      ['size', '3']
    ]);
    expect(syntax.callArguments(0, 'other')).toBeUndefined();
  });

  test('appendItems and prependItem follow the call\'s layout', () => {
    const edit = (source: string, texts: string[]): string => {
      const list = new PythonSyntax(source).callArguments(0, 'f')!;
      return applyTextEdits(source, [appendItems(source, list, texts)]);
    };
    expect(edit('f()', ['k=1'])).toBe('f(k=1)');
    expect(edit('f(a,)', ['k=1'])).toBe('f(a, k=1,)');
    expect(edit('f(\n    a,\n    b\n)', ['k=1', 'j=2'])).toBe('f(\n    a,\n    b,\n    k=1,\n    j=2\n)');
    expect(edit('f(a,\n  b)  # c', ['k=1'])).toBe('f(a,\n  b, k=1)  # c');
    const source = 'f(seed=None)';
    expect(applyTextEdits(source, [prependItem(new PythonSyntax(source).callArguments(0, 'f')!, 'SEED')])).toBe('f(SEED, seed=None)');
  });
});
