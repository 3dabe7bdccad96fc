import { formatMarkdown } from './markdown';
import { codeSpan, escapeMarkdown, link } from './markdownEscape';
import { sampleReport } from './__tests__/sampleReport';

describe('formatMarkdown', () => {
  const md = formatMarkdown(sampleReport());
  const lines = md.split('\n');

  it('gives the score, then a table with one row per item', () => {
    expect(lines[0]).toBe('## Reproducibility audit: 47/100 (grade D)');
    expect(md).toContain('Repository `examples/demo`: 12 files audited, 12.3 kB read.');
    const header = lines.indexOf('| Status | Item | Weight | Summary |');
    expect(lines[header + 1]).toBe('|:--|:--|--:|:--|');
    expect(lines.slice(header + 2, header + 7)).toEqual([
      '| ✅ pass | Dependencies declared | 15 | requirements.txt declares 3 packages |',
      '| ⚠️ warn | Versions pinned | 10 | 1 of 3 packages pinned |',
      '| ❌ fail | Binder-ready | 10 | No Binder link |',
      '| ❌ fail | Random seeds fixed | 15 | numpy draws before any seed |',
      '| ➖ n/a | Hardware described | 5 |  |'
    ]);
  });

  it('lists findings with path:line in code, further places nested, why with sourced links', () => {
    expect(md).toContain('### ⚠️ warn: Versions pinned\n\n- ⚠️ warn `requirements.txt:2` scikit-learn has no version `pinned.not-exact`\n  - also: `requirements.txt:3`, `env/requirements-dev.txt:10`');
    expect(md).toContain('- ❌ fail `notebooks/train.ipynb (cell 4, line 2)` np.random.rand draws before numpy is seeded');
    expect(md).toContain('*Why it matters:* Unseeded generators give different numbers on every run. ([PyTorch randomness](https://pytorch.org/docs/stable/notes/randomness.html))');
    expect(md).not.toContain('### ❌ fail: Binder-ready');
  });

  it('cannot be injected into by file names or messages', () => {
    const hostile = lines.find(l => l.includes('Message quoting'))!;
    expect(hostile).toBe(
      '- ⚠️ warn ``src/evil|name`<img src=x onerror=alert(1)>\\u{1b}[31m.py:7`` ' +
        'Message quoting evil\\|name\\`&lt;img src=x onerror=alert(1)&gt;\\\\u{1b}\\[31m.py\\\\nsecond line `seeds.call-without-seed`'
    );
    expect(md).not.toContain('\x1b');
    expect(md).not.toMatch(/^second line/m);
  });

  it('ends with warnings and the limits hit', () => {
    expect(md).toContain('### Warnings (2)\n\n- ⚠️ warn `data/big.csv` File is larger');
    expect(md).toContain('> **Limits hit:** maxBytesPerFile. Only part of the repo was audited.');
  });
});

describe('markdown escaping', () => {
  it('escapes table pipes, emphasis, links and HTML in plain text', () => {
    expect(escapeMarkdown('a|b *c* _d_ [e](f) <script> & ~~g~~ \\')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\[e\\](f) &lt;script&gt; &amp; \\~\\~g\\~\\~ \\\\'
    );
  });

  it('fences code spans longer than any backtick run inside', () => {
    expect(codeSpan('a.py')).toBe('`a.py`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x``')).toBe('``` `x`` ```');
    expect(codeSpan('line\nbreak')).toBe('`line\\nbreak`');
  });

  it('links only http(s) addresses', () => {
    expect(link('Docs', 'https://example.org/a b')).toBe('[Docs](https://example.org/a%20b)');
    expect(link('Docs', 'javascript:alert(1)')).toBe('Docs');
    expect(link('[x]', undefined)).toBe('\\[x\\]');
  });
});

describe('formatMarkdown with many findings', () => {
  it('lists the first ones of an item and counts the rest', () => {
    const report = sampleReport();
    report.checks[1].findings = Array.from({ length: 30 }, (_, i) => ({
      status: 'warn' as const,
      code: 'pinned.not-exact' as const,
      message: `finding ${i}`,
      path: 'a.py',
      line: i + 1
    }));
    const md = formatMarkdown(report);
    expect(md.split('\n').filter(l => l.startsWith('- ⚠️ warn `a.py:'))).toHaveLength(20);
    expect(md).toContain('- ⚠️ warn `a.py:20` finding 19 `pinned.not-exact`\n- … and 10 more (all of them in the JSON report)');
  });
});
