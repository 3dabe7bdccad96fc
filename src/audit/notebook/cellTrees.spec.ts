import { parser } from '@lezer/python';
import { ALL_CHECKS } from '../checks';
import { runAudit } from '../engine';
import { MemoryRepoReader } from '../memoryReader';
import { analyzeParsedCells } from '../python/analyze';
import { analysisResultOf } from '../python/analyzer';
import { relevantFactsOf } from '../python/relevant';
import { notebookCode } from './code';
import { parseCells } from './cellTrees';
import { parseNotebook } from './parse';

/** A training notebook as research code writes it: imports, a model, a loop of draws, a results cell. */
const CELLS = [
  'import numpy as np\nimport torch\nfrom torch import nn\nfrom sklearn.model_selection import train_test_split\n',
  'SEED = 0\nnp.random.seed(SEED)\nCONFIG = {\n    "lr": 0.001,\n    "epochs": 20,\n}\n',
  [
    'class Net(nn.Module):',
    '    def __init__(self, width=64):',
    '        super().__init__()',
    '        self.layers = nn.Sequential(',
    '            nn.Linear(16, width),',
    '            nn.ReLU(),',
    '            nn.Dropout(p=0.1),',
    '        )',
    '',
    '    def forward(self, x):',
    '        return self.layers(x)',
    ''
  ].join('\n'),
  [
    'def summarize(rows, width=10):',
    '    total = 0',
    '    for row in rows:',
    '        total += len(row)',
    '        if total > width:',
    '            print(f"{total} > {width}")',
    '        else:',
    '            total -= 1',
    '    return total',
    '',
    'def train(model, x, y, epochs=CONFIG["epochs"]):',
    '    optimizer = torch.optim.Adam(model.parameters(), lr=CONFIG["lr"])',
    '    history = []',
    '    for epoch in range(epochs):',
    '        noise = torch.randn(x.shape) * 0.01',
    '        loss = ((model(x + noise) - y) ** 2).mean()',
    '        optimizer.zero_grad()',
    '        loss.backward()',
    '        optimizer.step()',
    '        history.append(loss.item())',
    '    return history',
    ''
  ].join('\n'),
  'x = np.random.rand(100, 16)\ny = np.random.rand(100, 1)\nx_train, x_test = train_test_split(x, test_size=0.2)\n',
  'history = train(Net(), torch.tensor(x_train), torch.tensor(y[:80]))\nprint(summarize([str(h) for h in history]))\n'
];

function notebookJson(cells: readonly string[]): string {
  return JSON.stringify({
    cells: cells.map((source, k) => ({ cell_type: 'code', execution_count: k + 1, metadata: {}, outputs: [], source })),
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
    nbformat: 4,
    nbformat_minor: 5
  });
}

const CHECKLIST = ALL_CHECKS.filter(c =>
  ['dependencies', 'pinned', 'binder', 'model', 'docs', 'hardware', 'seeds', 'notebooks', 'data', 'tests', 'leakage'].includes(c.id)
);

describe('a notebook parsed cell by cell', () => {
  it('is parsed once in an audit of the checklist items: each line of its code reaches the parser once at most', async () => {
    const text = notebookJson(CELLS);
    const code = notebookCode(parseNotebook(text).notebook!);
    // Count what reaches the parser: an own `parse` over the prototype's, deleted afterwards.
    let parsedChars = 0;
    const original = parser.parse;
    parser.parse = function (this: typeof parser, ...args: Parameters<typeof parser.parse>) {
      const input = args[0];
      parsedChars += input.length;
      return original.apply(this, args);
    };
    try {
      // The items this suite knows by name (an item added later parses as it sees fit, and says so in its own tests).
      await runAudit(new MemoryRepoReader({ files: { 'train.ipynb': text, 'README.md': '# Training\n' } }), { checks: CHECKLIST });
    } finally {
      delete (parser as { parse?: unknown }).parse;
    }
    expect(CHECKLIST).toHaveLength(11);
    expect(parsedChars).toBeGreaterThanOrEqual(code.source.length);
    // Path expressions (`open(...)` arguments) are parsed apart, a few characters each.
    expect(parsedChars).toBeLessThan(code.source.length * 1.05);
  });

  it('gives the facts of the joined cells (those the prescan keeps) when every cell parses', () => {
    const notebook = parseNotebook(notebookJson(CELLS)).notebook!;
    const parsed = parseCells(notebook);
    const fromCells = relevantFactsOf(analyzeParsedCells(parsed.cells), parsed.code.source);
    expect(fromCells).toEqual(analysisResultOf(parsed.code.source).analysis);
    expect(fromCells.calls.filter(c => c.qualified === 'torch.randn').map(c => c.line)).toEqual([parsed.code.cells[3].startLine + 14]);
  });
});
