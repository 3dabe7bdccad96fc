import { analyzePython } from './analyze';
import { scanLogicalLines } from './logicalLines';
import { pythonVerifiedDownload } from '../data/downloads';
import { modelCallKind } from '../data/modelCode';
import { callSeedOf } from '../seeds/callSeeds';
import { globalDrawOf } from '../seeds/randomDraws';
import { seedingCallNamed } from '../seeds/seedCalls';
import { prescanPython, VALUE_WORDS } from './prescan';
import { isAttributeDecidedModule } from './relevantNames';
import { analyzeRelevantPython } from './relevant';
import type { PyAnalysis, PyCall } from './types';

const ML_SCRIPT = `"""Train a model."""
import os, random
import numpy as np
import torch as T
from torch.utils.data import DataLoader
from sklearn.model_selection import train_test_split as tts

SEED = 42
EPOCHS = 10

def set_seed(s):
    """Seed everything."""
    base = s
    offset = 1
    value = base + offset
    random.seed(value)
    np.random.seed(value)
    T.manual_seed(value)

class Net(T.nn.Module):
    """A net."""
    width = 64

    def __init__(self, width=64):
        super().__init__()
        self.total = 0
        self.layer = T.nn.Linear(width, width)

    def forward(self, x):
        h = x * 2
        for i in range(3):
            h = h + i
        return self.layer(h)

    def _private(self):
        count = 0
        count += 1
        return count

def train(data):
    total = 0
    for batch in data:
        total += len(batch)
    loader = DataLoader(data, shuffle=True, num_workers=2)
    X_tr, X_te = tts(data, test_size=0.2)
    with open("/data/out.txt", "w") as f:
        f.write(str(total))
    return loader

if __name__ == "__main__":
    set_seed(SEED)
    train([[1], [2]])
`;

const LIBRARY = `import json
from pathlib import Path

def parse(text):
    items = []
    for line in text.splitlines():
        if not line.strip():
            continue
        items.append(line.upper())
    return items

def summarize(items):
    '''Summaries.

    >>> summarize([1])
    1
    '''
    best = None
    for x in items:
        if best is None or x > best:
            best = x
    try:
        y = best + 1
    except TypeError:
        y = 0
    else:
        y -= 1
    finally:
        pass
    return y

def config(path):
    params = {"seed": 1}
    key = "lr"
    params[key] = 0.1
    return json.loads(Path(path).read_text())

async def fetch(session):
    async with session.get("https://example.org/data.csv") as r:
        body = await r.text()
    return body

def outer():
    def inner():
        z = 1
        return z
    class Local:
        def m(self):
            return 2
    return inner

@decorator(arg=1)
def decorated():
    x = 1
    return x

def one_liner(): return 1

def matcher(p):
    match p:
        case Point(x=0):
            q = 1
        case _:
            q = 2
    return q
`;

const NOTEBOOK_LIKE = `import pandas as pd\r
df = pd.read_csv("data/train.csv")\r
df.head()\r
x = df.shape[0] + \\\r
    1\r
def helper(v):\r
\tw = v * 2\r
\treturn w\r
print(helper(x))\r
`;

const TRICKY = `import torch
s = """
def not_code():
    random.seed(1)
"""
t = f"{torch.__version__}/{'x'}"
u = (1,
     2)
def f(a=(1,
         2)):
    r"""Raw doc with \\ backslash."""
    v = [i for i in range(3)
         if i]
    w = {"k": [1, 2,
               3]}
    return torch.tensor(v), w
def g():
    pass
def h():
    # only a comment
    return 1
class Empty:
    pass
class Doc:
    "doc"
lam = lambda y: y + 1
`;

const BROKEN = `import numpy as np
def f(:
    x = 1
np.random.seed(0)
def g():
    y = (1, 2
    return y
def k():
    s = "unterminated
    return s
`;

const SOURCES: Record<string, string> = { ML_SCRIPT, LIBRARY, NOTEBOOK_LIKE, TRICKY, BROKEN };

/** Deterministic pseudo-random mixes of the sources' top-level statements, for breadth. */
function mixedSources(count: number): string[] {
  const chunks = Object.values(SOURCES)
    .filter(s => s !== BROKEN)
    .flatMap(s => s.replace(/\r/g, '').split(/\n(?=\S)/));
  let state = 7;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const mixes: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let j = 0; j < 12; j++) {
      parts.push(chunks[next(chunks.length)]);
    }
    mixes.push(parts.join('\n') + '\n');
  }
  return mixes;
}

function key(item: object): string {
  return JSON.stringify(item);
}

/** Names a call may run repo code through: the file's defs and classes, imports that may be the repo's own. */
function followedNamesOf(full: PyAnalysis): Set<string> {
  const repoImports = full.imports.filter(i => i.module.startsWith('.') || !isAttributeDecidedModule(i.module.split('.')[0]));
  return new Set([...repoImports.map(i => i.local), ...full.functions.map(f => f.name)]);
}

function mentions(text: string, names: Set<string>): boolean {
  return (text.match(/[A-Za-z_]\w*/g) ?? []).some(n => names.has(n));
}

/** Whether some check judges the call: a draw, a seeding, a call taking its own seed, model code. */
function judgedByChecks(call: PyCall, full: PyAnalysis): boolean {
  const importedModules = new Set(full.imports.map(i => i.module.split('.')[0]));
  return (
    globalDrawOf(call, { importedModules }) !== undefined ||
    seedingCallNamed(call.qualified) !== undefined ||
    callSeedOf(call, { analysis: full, offset: call.offset, scope: call.scope }) !== undefined ||
    modelCallKind(call, full.imports) !== undefined ||
    call.qualified?.startsWith('hashlib.') === true
  );
}

function matches(pattern: RegExp, text: string): boolean {
  return new RegExp(pattern.source, 'i').test(text);
}

/** The prescan's promise, checked item by item against the full parse. */
function expectFaithful(source: string): void {
  const full = analyzePython(source);
  const part = analyzeRelevantPython(source);
  expect(part.imports).toEqual(full.imports);
  expect(part.functions).toEqual(full.functions);
  expect(part.syntaxErrors).toEqual(full.syntaxErrors);
  for (const field of ['calls', 'assignments', 'strings'] as const) {
    const fullKeys = full[field].map(key);
    const partKeys = part[field].map(key);
    // Nothing invented or moved: the kept items are the full parse's, in the same order.
    expect(partKeys.filter(k => !fullKeys.includes(k))).toEqual([]);
    expect(partKeys).toEqual(fullKeys.filter(k => partKeys.includes(k)));
  }
  const functionScopes = new Set(full.functions.filter(f => f.kind !== 'class').map(f => f.qualifiedName));
  const inFunction = (scope?: string): boolean =>
    scope !== undefined && [...functionScopes].some(f => scope === f || scope.startsWith(f + '.'));
  const followed = followedNamesOf(full);
  const partCalls = new Set(part.calls.map(key));
  const partAssignments = new Set(part.assignments.map(key));
  const partStrings = new Set(part.strings.map(key));
  for (const call of full.calls) {
    if (!inFunction(call.scope) || mentions(call.text + ' ' + call.positional.join(' '), followed) || judgedByChecks(call, full)) {
      expect(partCalls.has(key(call)) ? key(call) : `missing ${key(call)}`).toEqual(key(call));
    }
  }
  const valueNames = new Set(
    full.calls
      .filter(c => matches(VALUE_WORDS, [c.text, ...c.positional, ...Object.values(c.keywords)].join(' ')))
      .flatMap(c => [...c.positional, ...Object.values(c.keywords)].join(' ').match(/[A-Za-z_]\w*/g) ?? [])
  );
  for (const a of full.assignments) {
    if (!inFunction(a.scope) || valueNames.has(a.target)) {
      expect(partAssignments.has(key(a)) ? key(a) : `missing ${key(a)}`).toEqual(key(a));
    }
  }
  expect(pythonVerifiedDownload(part)).toEqual(pythonVerifiedDownload(full));
  for (const s of full.strings) {
    if (/[/\\~]|\.\w{1,8}$|^[a-f0-9]{32,64}$/i.test(s.value)) {
      expect(partStrings.has(key(s)) ? key(s) : `missing ${key(s)}`).toEqual(key(s));
    }
  }
}

describe('scanLogicalLines', () => {
  it('finds statements across brackets, strings and continuations, with line starts', () => {
    const source = 'a = (1,\n  2)\ns = """x\ny"""\nif a:\n    b = 1 + \\\n        2\n# c\n\n@d\nasync def f(): pass\n';
    const lines = scanLogicalLines(source);
    expect(lines.lineStarts.length).toBe(source.split('\n').length);
    expect(lines.firstLine.map((f, k) => [f, lines.lastLine[k], lines.indent[k], lines.first[k], lines.opensBlock[k]])).toEqual([
      [0, 1, 0, 'a', false],
      [2, 3, 0, 's', false],
      [4, 4, 0, 'if', true],
      [5, 6, 4, 'b', false],
      [9, 9, 0, '@', false],
      [10, 10, 0, 'def', false]
    ]);
    expect(lines.targetNames).toEqual([1, 1, 0, 1, 0, 0]);
    expect(lines.flagged.every(f => !f)).toBe(true);
  });

  it('flags lexical errors and path-like strings', () => {
    const lines = scanLogicalLines('a = "x\nb = )\nc = "data/x.csv"\nd = "plain"\ne = (\n');
    expect(lines.flagged).toEqual([true, true, true, false, true]);
  });
});

describe('prescanPython', () => {
  it('keeps line numbers: dropped lines are emptied, empty bodies get pass', () => {
    const source =
      'import numpy as np\ndef f():\n    x = 1\n    y = x + 1\n    return y\ndef g():\n    np.zeros(1)\n    np.random.rand(1)\n';
    const scan = prescanPython(source);
    expect(scan.text).toBe('import numpy as np\ndef f():\n    pass\n\n\ndef g():\n\n    np.random.rand(1)\n');
    expect(scan.text.split('\n').length).toBe(source.split('\n').length);
  });

  it('keeps docstrings and the assignments that feed a seed', () => {
    const source = 'import random\ndef s():\n    """Doc."""\n    n = 41\n    m = n + 1\n    other = 3\n    random.seed(m)\n';
    expect(prescanPython(source).text).toBe(
      'import random\ndef s():\n    """Doc."""\n    n = 41\n    m = n + 1\n\n    random.seed(m)\n'
    );
  });

  it('keeps every statement outside function bodies', () => {
    const source = 'x = 1\nclass A:\n    y = 2\n    def m(self):\n        z = 3\n';
    expect(prescanPython(source).text).toBe('x = 1\nclass A:\n    y = 2\n    def m(self):\n        pass\n');
  });
});

describe('analyzeRelevantPython against the full parse', () => {
  it.each(Object.entries(SOURCES))('is faithful on %s', (_name, source) => {
    expectFaithful(source);
  });

  it('is faithful on 60 mixed sources', () => {
    for (const source of mixedSources(60)) {
      expectFaithful(source);
    }
  });

  it('drops local-only statements inside functions', () => {
    const source = LIBRARY.repeat(3);
    expect(prescanPython(source).kept).toBeLessThan(0.9);
    const full = analyzePython(source);
    const part = analyzeRelevantPython(source);
    expect(part.assignments.length).toBeLessThan(full.assignments.length);
    // json.loads is judged by no check: a framework's or the standard library's other calls are dropped.
    expect(full.calls.map(c => c.text)).toContain('json.loads');
    expect(part.calls.map(c => c.text)).not.toContain('json.loads');
    expect(full.assignments.map(a => a.target)).toContain('best');
    expect(part.assignments.map(a => a.target)).not.toContain('best');
    expectFaithful(source);
  });

  it('keeps calls by the name after the dot, and what relevant imports bind', () => {
    const source = [
      'import os',
      'import torch',
      'from pathlib import Path',
      'from .helpers import prepare',
      'from urllib.request import urlretrieve',
      'def f(w, model, url):',
      '    os.path.join("a", "b")',
      '    Path(w)',
      '    w.data.normal_()',
      '    model.fit(w)',
      '    prepare(w)',
      '    urlretrieve(url, "x")',
      '    torch.zeros(3)',
      '    sample = w + 1',
      '    clf = Forest(random_state=0)',
      ''
    ].join('\n');
    const part = analyzeRelevantPython(source);
    expect(part.calls.filter(c => c.scope === 'f').map(c => c.text)).toEqual([
      'w.data.normal_',
      'model.fit',
      'prepare',
      'urlretrieve',
      'Forest'
    ]);
  });

  it('keeps what the seed check needs in a helper', () => {
    const part = analyzeRelevantPython(ML_SCRIPT);
    expect(part.assignments.filter(a => a.scope === 'set_seed').map(a => a.target)).toEqual(['base', 'offset', 'value']);
    expect(part.calls.filter(c => c.scope === 'set_seed').map(c => c.qualified)).toEqual([
      'random.seed',
      'numpy.random.seed',
      'torch.manual_seed'
    ]);
    expect(part.calls.find(c => c.text === 'DataLoader')?.keywords).toEqual({ shuffle: 'True', num_workers: '2' });
  });
});
