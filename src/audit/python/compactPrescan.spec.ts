import { parser } from '@lezer/python';
import { analyzePython } from './analyze';
import { compactPrescan } from './compactPrescan';
import { LineIndex } from './lineIndex';
import { keptShare, prescanPython, selectPythonLines } from './prescan';
import { analyzeRelevantPython, stringSpansDroppedLines } from './relevant';
import type { PyAnalysis } from './types';

/** What analyzeRelevantPython gave before the compact text: the same-shaped prescan text parsed. */
function sameShapedAnalysis(source: string): PyAnalysis {
  const scan = prescanPython(source);
  if (scan.kept >= 0.9) {
    return analyzePython(source);
  }
  const analysis = analyzePython(scan.text);
  const reduced = new LineIndex(scan.text).starts;
  const remap = (item: { line: number; offset: number }): void => {
    item.offset += scan.lineStarts[item.line - 1] - reduced[item.line - 1];
  };
  [analysis.imports, analysis.calls, analysis.assignments, analysis.strings].forEach(items => items.forEach(remap));
  return analysis;
}

const BODY = '    total = 0\n    for x in range(3):\n        total += x\n    # a comment\n\n';

const SOURCES: Record<string, string> = {
  'dropped lines between kept ones': `import numpy as np\n\ndef f(n):\n    """Doc\n\n    string."""\n${BODY}    rng = np.random.default_rng(n)\n${BODY}    return rng\n`,
  'bodies left empty': `import os\n\ndef a():\n${BODY}    return 1\n\nclass B:\n    def m(self):\n${BODY}        return 2\n`,
  'strings and offsets after many dropped lines': `import random\ndef f():\n${BODY.repeat(4)}    random.seed(42)\n    path = "data/x.csv"\n    return open(path)\n`,
  'CRLF line ends': 'import random\r\ndef f():\r\n    x = 1\r\n\r\n    random.seed(x)\r\n    return x\r\n',
  'no final newline': `import random\ndef f():\n${BODY}    random.seed(1)`,
  'a block left open at the end, after comments': `import random\ndef f():\n${BODY}    random.seed(1)\nif True:\n# end\n\n`,
  'a syntax error after dropped lines': `import random\ndef f():\n${BODY}    random.seed(1 +)\n${BODY}    return (\n`,
  'an unterminated docstring': `import random\ndef f():\n    """Doc\n${BODY}    random.seed(1)\n`,
  'a string the prescan ends early': `import random\ndef f():\n    s = 'a\\\n${BODY}    random.seed(1)\n`
};

describe('compactPrescan', () => {
  it('leaves dropped lines out and says where each kept line comes from', () => {
    const source = 'import numpy as np\ndef f():\n    x = 1\n    y = x + 1\n    return y\ndef g():\n    np.zeros(1)\n    np.random.rand(1)\n';
    const selection = selectPythonLines(source);
    const scan = compactPrescan(source, selection);
    expect(scan.text).toBe('import numpy as np\ndef f():\n    pass\ndef g():\n    np.random.rand(1)\n');
    expect(scan.sourceLine).toEqual([0, 1, 2, 5, 7, 8]);
    expect(scan.textLineStarts).toEqual(new LineIndex(scan.text).starts);
    expect(keptShare(source, selection)).toBe(prescanPython(source).kept);
  });

  it('keeps the source end on its last line, even when the lines before it are dropped', () => {
    const source = 'import random\ndef f():\n    total = 0\n    # note\n\n    random.seed(1)\nif True:\n# end\n';
    const scan = compactPrescan(source, selectPythonLines(source));
    expect(scan.text).toBe('import random\ndef f():\n    random.seed(1)\nif True:\n');
    expect(scan.sourceLine).toEqual([0, 1, 5, 6, 8]);
  });
});

describe('analyzeRelevantPython over the compact text', () => {
  it.each(Object.entries(SOURCES))('gives what the same-shaped text gives: %s', (_name, source) => {
    expect(analyzeRelevantPython(source)).toEqual(sameShapedAnalysis(source));
  });

  it('maps lines and offsets back to the source', () => {
    const source = SOURCES['strings and offsets after many dropped lines'];
    const analysis = analyzeRelevantPython(source);
    const seed = analysis.calls.find(c => c.text === 'random.seed')!;
    expect(source.split('\n')[seed.line - 1]).toBe('    random.seed(42)');
    expect(source.slice(seed.offset, seed.offset + 'random.seed'.length)).toBe('random.seed');
    const path = analysis.strings.find(s => s.value === 'data/x.csv')!;
    expect(source.slice(path.offset, path.offset + 12)).toBe('"data/x.csv"');
  });

  it('reports a syntax error on the line the full parse gives', () => {
    const source = SOURCES['a block left open at the end, after comments'];
    expect(analyzeRelevantPython(source).syntaxErrors).toEqual(analyzePython(source).syntaxErrors);
  });
});

describe('stringSpansDroppedLines', () => {
  const source = 'import random\ndef f():\n    x = 1\n    s = """a\n\n    b"""\n    random.seed(s)\n';
  const scan = compactPrescan(source, selectPythonLines(source));
  const withString = (value: string, line: number): PyAnalysis => ({
    imports: [],
    calls: [],
    assignments: [],
    functions: [],
    asserts: [],
    syntaxErrors: [],
    strings: [{ value, line, offset: 0 }]
  });

  it('accepts a string whose lines are consecutive source lines', () => {
    // `s = """a` is line 3 of the compact text (source line 4); its literal spans two more.
    expect(scan.sourceLine.slice(2, 5)).toEqual([3, 4, 5]);
    expect(stringSpansDroppedLines(withString('a\n\n    b', 3), scan)).toBe(false);
    expect(stringSpansDroppedLines(withString('one line', 1), scan)).toBe(false);
  });

  it('refuses a string read across a left-out line, and an f-string whose fields may hide line breaks', () => {
    // Lines 1 and 2 of the compact text are source lines 1 and 2, but lines 2 and 3 are 2 and 4.
    expect(stringSpansDroppedLines(withString('x\ny\nz', 2), scan)).toBe(true);
    expect(stringSpansDroppedLines(withString('a\n{}', 3), scan)).toBe(true);
  });
});

/** An ML training module as research code writes it: every construct the prescan cuts statements out of. */
const TRAINING_MODULE = `"""Train a classifier on noisy features."""
import functools
import logging
import numpy as np
import torch
from torch import nn
from sklearn.model_selection import train_test_split

CONFIG = {
    "lr": 0.001,
    "batch_size": 32,
}


class Classifier(nn.Module):
    def __init__(self, width: int = 128):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(16, width),
            nn.ReLU(),
            nn.Dropout(p=0.2),
        )

    def forward(self, x):
        noise = torch.randn_like(x) * 0.01
        return self.net(x + noise)


@functools.lru_cache(maxsize=None)
def features(n: int, scale=2.0) -> np.ndarray:
    """Noisy features.

    Args:
        n: how many rows.
    """
    total = 0.0
    for epoch in range(n):
        values = np.random.normal(0.0, scale, size=(n, 16))
        if epoch % 10 == 0:
            print(f"epoch {epoch}: {values.mean():.3f}")
        elif total > 1e6:
            break
        else:
            total += values.sum()
    try:
        rows = [line.strip() for line in open("data/rows.txt")]
    except (KeyError, ValueError) as err:
        logging.getLogger(__name__).info("skipped: %s", err)
    else:
        total = sum(len(r) for r in rows) \\
            + total
    with torch.no_grad():
        mean = torch.rand(n).mean().item()
    while total > 10:
        total /= 2
    x_train, x_test = train_test_split(
        values,
        test_size=0.2,
    )
    return x_train


def summarize(rows, width=10):
    total = 0
    longest = ""
    for row in rows:
        total += len(row)
        if len(row) > len(longest):
            longest = row
    counts = {}
    for row in rows:
        counts[row[:width]] = counts.get(row[:width], 0) + 1
    ordered = sorted(counts.items(), key=lambda item: -item[1])
    print(f"{total} characters, longest {longest!r}")
    return ordered[:width]
`;

describe('the kept lines of an ML training module', () => {
  it('parse with no error node, so the parser never recovers, and give the full parse facts', () => {
    const selection = selectPythonLines(TRAINING_MODULE);
    expect(keptShare(TRAINING_MODULE, selection)).toBeLessThan(0.9);
    const scan = compactPrescan(TRAINING_MODULE, selection);
    const errors: number[] = [];
    parser.parse(scan.text).iterate({ enter: node => void (node.type.isError && errors.push(node.from)) });
    expect(errors).toEqual([]);
    const kept = analyzeRelevantPython(TRAINING_MODULE);
    const full = analyzePython(TRAINING_MODULE);
    expect(kept.syntaxErrors).toEqual([]);
    expect(kept.imports).toEqual(full.imports);
    expect(kept.functions).toEqual(full.functions);
    const draws = (a: PyAnalysis): string[] => a.calls.filter(c => /random|rand/.test(c.qualified ?? '')).map(c => `${c.line} ${c.qualified}`);
    expect(draws(kept)).toEqual(draws(full));
  });
});
