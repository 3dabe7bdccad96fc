/**
 * Python modules shaped like ML research code, for the ML-shaped bench repo (`generate.js --shape ml`):
 * every module imports numpy and draws random numbers, and its functions are written the way such
 * code is: models built from multi-line calls, training loops with nested blocks, `with` and
 * `try`/`except`/`else`, `if`/`elif`/`else` chains, decorators, type hints, f-strings, dict
 * configs spread over lines, comprehensions and argparse mains. Deterministic for a given PRNG.
 */
'use strict';

const WORDS = ['data', 'model', 'train', 'loss', 'batch', 'feature', 'layer', 'score', 'sample', 'label', 'embed',
  'encode', 'decode', 'metric', 'weight', 'hidden', 'optim', 'split', 'fold', 'mask', 'token', 'image', 'signal', 'noise'];

function ident(r, parts = 2) {
  const words = [];
  for (let i = 0; i < parts; i++) words.push(r.pick(WORDS));
  return words.join('_');
}

const className = r => ident(r, 2).replace(/(^|_)(\w)/g, (_, __, c) => c.toUpperCase());

/** Import blocks; each has numpy, and says which other frameworks it brings. */
const ML_IMPORT_SETS = [
  { lines: ['import numpy as np', 'import torch', 'import torch.nn as nn', 'import torch.nn.functional as F', 'from torch.utils.data import DataLoader, TensorDataset'], torch: true },
  { lines: ['import numpy as np', 'from sklearn.model_selection import train_test_split, KFold', 'from sklearn.ensemble import RandomForestClassifier', 'from sklearn.metrics import accuracy_score'], sklearn: true },
  { lines: ['import random', 'import numpy as np', 'import pandas as pd'], random: true },
  { lines: ['import argparse', 'from typing import Dict, List, Optional, Tuple', '', 'import numpy as np', 'import torch', 'from torch import nn, optim'], torch: true },
  { lines: ['import json', 'from pathlib import Path', 'import numpy as np', 'from sklearn.decomposition import PCA', 'from sklearn.linear_model import LogisticRegression', 'from sklearn.model_selection import train_test_split'], sklearn: true }
];

/** A random draw in one of the frameworks the module imports. */
function draw(r, ctx) {
  const n = r.int(1, 512);
  const d = r.int(1, 64);
  const choices = [
    `np.random.rand(${n}, ${d})`,
    `np.random.normal(0.0, ${r.next().toFixed(2)}, size=(${n}, ${d}))`,
    `np.random.randint(0, ${r.int(2, 100)}, size=${n})`,
    `np.random.permutation(${n})`,
    `np.random.choice(${n}, ${d}, replace=False)`
  ];
  if (ctx.torch) choices.push(`torch.randn(${n}, ${d})`, `torch.rand(${n})`, `torch.randperm(${n})`);
  if (ctx.random) choices.push(`random.random() * ${r.int(1, 100)}`, `random.choice(${ident(r, 1)}s)`);
  return r.pick(choices);
}

/** One statement of a function body, at `body` indentation; may be compound. */
function statement(r, ctx, body, args, depth = 0) {
  const v = ident(r, 1);
  const a = r.pick(args);
  const inner = body + '    ';
  switch (r.int(0, depth > 1 ? 9 : 15)) {
    case 0:
    case 1:
      return [`${body}${v} = ${draw(r, ctx)}`];
    case 2:
      return [`${body}${v} = ${a} * ${r.next().toFixed(3)} + ${r.int(0, 9)}`];
    case 3:
      return [`${body}${v} = [x ** 2 for x in ${a} if x > ${r.int(0, 5)}]`];
    case 4:
      return [`${body}print(f"${ident(r, 1)}={${a}!r} ${ident(r, 1)}={${v}:.3f}")`];
    case 5:
      return [`${body}${v} = {`, ...Array.from({ length: r.int(2, 5) }, () => `${inner}"${ident(r, 1)}": ${r.next().toFixed(4)},`), `${body}}`];
    case 6:
      return [`${body}${v} = np.concatenate(`, `${inner}[${a}, np.zeros((${r.int(1, 9)}, ${r.int(1, 9)}))],`, `${inner}axis=${r.int(0, 1)},`, `${body})`];
    case 7:
      return [`${body}logging.getLogger(__name__).info("%s: %d", "${ident(r, 2)}", len(${a}))`];
    case 8:
      return [`${body}${v} = ${a}.reshape(-1, ${r.int(1, 16)}) \\`, `${inner}.mean(axis=0)`];
    case 9:
      return [`${body}${v} = sorted(${a}, key=lambda item: item[${r.int(0, 3)}])[:${r.int(1, 20)}]`];
    case 10:
      return [`${body}for epoch in range(${r.int(2, 100)}):`, ...statement(r, ctx, inner, args, depth + 1),
        `${inner}if epoch % ${r.int(2, 20)} == 0:`, `${inner}    print(f"epoch {epoch}: ${ident(r, 1)}={${a}}")`];
    case 11:
      return [`${body}if ${a} is None:`, `${inner}raise ValueError("${ident(r, 2)} is required")`,
        `${body}elif len(${a}) > ${r.int(10, 1000)}:`, ...statement(r, ctx, inner, args, depth + 1),
        `${body}else:`, ...statement(r, ctx, inner, args, depth + 1)];
    case 12:
      return [`${body}try:`, ...statement(r, ctx, inner, args, depth + 1), `${body}except (KeyError, ValueError) as err:`,
        `${inner}print(f"skipped: {err}")`, `${body}else:`, ...statement(r, ctx, inner, args, depth + 1)];
    case 13:
      return [`${body}with open(os.path.join("${ident(r, 1)}", "${ident(r, 1)}.txt")) as handle:`,
        `${inner}${v} = [line.strip() for line in handle]`];
    case 14:
      return [`${body}while ${a} and len(${a}) > ${r.int(1, 9)}:`, `${inner}${a} = ${a}[1:]`];
    default:
      return ctx.sklearn
        ? [`${body}${v}_train, ${v}_test = train_test_split(`, `${inner}${a},`, `${inner}test_size=0.2,${r.chance(0.5) ? ' random_state=42,' : ''}`, `${body})`]
        : [`${body}${v} = np.random.shuffle(${a})`];
  }
}

function docstring(r, body, args) {
  const lines = [`${body}"""${r.pick(['Compute', 'Return', 'Build', 'Apply'])} the ${ident(r, 2).replace(/_/g, ' ')} for the given ${args[0]}.`];
  if (r.chance(0.5)) {
    lines.push('', `${body}Args:`, ...args.map(a => `${body}    ${a}: the ${a.replace(/_/g, ' ')}.`));
  }
  lines.push(`${body}"""`);
  return lines;
}

function mlFunction(r, ctx, indent = '') {
  const name = ident(r, r.int(2, 3));
  const args = Array.from({ length: r.int(1, 4) }, () => ident(r, 1)).filter((a, i, all) => all.indexOf(a) === i);
  const typed = r.chance(0.4);
  const params = args.map((a, i) => (typed ? `${a}: ${r.pick(['np.ndarray', 'int', 'float', 'Optional[int] = None', 'List[float]'])}` : i === args.length - 1 && r.chance(0.3) ? `${a}=${r.int(1, 64)}` : a));
  const lines = [];
  if (indent && r.chance(0.2)) lines.push(`${indent}@staticmethod`);
  else if (r.chance(0.1)) lines.push(`${indent}@functools.lru_cache(maxsize=None)`);
  const header = `${indent}def ${name}(${(indent && !lines.length ? ['self', ...params] : params).join(', ')})${typed ? ' -> np.ndarray' : ''}:`;
  if (r.chance(0.15) && params.length > 1) {
    lines.push(`${indent}def ${name}(`, ...(indent && !lines.length ? ['self', ...params] : params).map(p => `${indent}    ${p},`), `${indent})${typed ? ' -> np.ndarray' : ''}:`);
  } else {
    lines.push(header);
  }
  const body = indent + '    ';
  if (r.chance(0.6)) lines.push(...docstring(r, body, args));
  const statements = r.int(3, 9);
  for (let i = 0; i < statements; i++) lines.push(...statement(r, ctx, body, args));
  lines.push(`${body}return ${r.pick(args)}`);
  return lines.join('\n');
}

/** A torch module: layers from multi-line calls, a forward pass with a draw (dropout-like noise). */
function torchModel(r) {
  const name = className(r);
  const width = r.pick([64, 128, 256, 512]);
  return [
    `class ${name}(nn.Module):`,
    `    """${ident(r, 3).replace(/_/g, ' ')}."""`,
    '',
    `    def __init__(self, in_features: int = ${r.int(8, 512)}, hidden: int = ${width}, classes: int = ${r.int(2, 100)}):`,
    '        super().__init__()',
    '        self.net = nn.Sequential(',
    '            nn.Linear(in_features, hidden),',
    '            nn.ReLU(),',
    `            nn.Dropout(p=${r.next().toFixed(2)}),`,
    '            nn.Linear(hidden, classes),',
    '        )',
    '',
    '    def forward(self, x):',
    `        noise = torch.randn_like(x) * ${r.next().toFixed(3)}`,
    '        return self.net(x + noise)',
    ''
  ].join('\n');
}

/** A training loop over a DataLoader, with nested blocks and a `with torch.no_grad()` evaluation. */
function trainLoop(r) {
  return [
    `def train_${ident(r, 1)}(model, x, y, epochs=${r.int(1, 50)}, lr=${r.next().toFixed(4)}):`,
    `    loader = DataLoader(TensorDataset(x, y), batch_size=${r.pick([16, 32, 64])}, shuffle=True)`,
    '    optimizer = torch.optim.Adam(model.parameters(), lr=lr)',
    '    history = []',
    '    for epoch in range(epochs):',
    '        model.train()',
    '        total = 0.0',
    '        for xb, yb in loader:',
    '            optimizer.zero_grad()',
    '            loss = F.cross_entropy(model(xb), yb)',
    '            loss.backward()',
    '            optimizer.step()',
    '            total += loss.item()',
    '        with torch.no_grad():',
    '            model.eval()',
    '            accuracy = (model(x).argmax(dim=1) == y).float().mean().item()',
    '        history.append({"epoch": epoch, "loss": total, "accuracy": accuracy})',
    `        if epoch % ${r.int(2, 10)} == 0:`,
    '            print(f"epoch {epoch}: loss={total:.4f} accuracy={accuracy:.3f}")',
    '        elif accuracy > 0.99:',
    '            break',
    '    return history',
    ''
  ].join('\n');
}

/** A cross-validated sklearn fit: a KFold loop, a model per fold, scores in a list. */
function sklearnFit(r) {
  return [
    `def cross_validate_${ident(r, 1)}(features, labels, folds=${r.int(3, 10)}):`,
    `    splitter = KFold(n_splits=folds, shuffle=True${r.chance(0.5) ? ', random_state=0' : ''})`,
    '    scores = []',
    '    for train_index, test_index in splitter.split(features):',
    '        model = RandomForestClassifier(',
    `            n_estimators=${r.int(10, 500)},`,
    `            max_depth=${r.int(2, 20)},`,
    '        )',
    '        model.fit(features[train_index], labels[train_index])',
    '        scores.append(accuracy_score(labels[test_index], model.predict(features[test_index])))',
    '    return float(np.mean(scores)), float(np.std(scores))',
    ''
  ].join('\n');
}

function argparseMain(r, ctx) {
  const lines = [
    'def main(argv=None):',
    '    parser = argparse.ArgumentParser(description="' + ident(r, 3).replace(/_/g, ' ') + '")',
    `    parser.add_argument("--epochs", type=int, default=${r.int(1, 100)})`,
    `    parser.add_argument("--seed", type=int, default=${r.int(0, 9999)})`,
    '    parser.add_argument("--out", default="results/' + ident(r, 1) + '.json")',
    '    args = parser.parse_args(argv)',
    '    np.random.seed(args.seed)'
  ];
  if (ctx.torch) lines.push('    torch.manual_seed(args.seed)');
  lines.push(`    values = ${draw(r, ctx)}`, '    print(values.mean())', '', '', 'if __name__ == "__main__":', '    main()');
  return lines.join('\n');
}

/** A module of `targetBytes` or a little more. */
function mlModule(r, targetBytes) {
  const ctx = r.pick(ML_IMPORT_SETS);
  const parts = [`"""${ident(r, 3).replace(/_/g, ' ')}: part of the experiment pipeline."""`, ''];
  parts.push('import functools', 'import logging', 'import os', ...ctx.lines, '', `LOG_EVERY = ${r.int(1, 100)}`, `CONFIG = {"lr": ${r.next().toFixed(4)}, "batch_size": ${r.pick([16, 32, 64])}}`, '');
  if (r.chance(0.3)) parts.push(r.pick(['np.random.seed(0)', 'SEED = 42', 'rng = np.random.default_rng(0)']), '');
  let size = parts.join('\n').length;
  const add = chunk => {
    parts.push('', chunk, '');
    size += chunk.length + 2;
  };
  if (ctx.torch && r.chance(0.6)) add(torchModel(r));
  if (ctx.torch && r.chance(0.5)) add(trainLoop(r));
  if (ctx.sklearn && r.chance(0.6)) add(sklearnFit(r));
  while (size < targetBytes) {
    add(r.chance(0.15) ? `class ${className(r)}:\n${mlFunction(r, ctx, '    ')}\n\n${mlFunction(r, ctx, '    ')}\n` : mlFunction(r, ctx));
  }
  if (r.chance(0.4) && /argparse/.test(ctx.lines.join())) add(argparseMain(r, ctx));
  return parts.join('\n') + '\n';
}

/** A notebook cell's code: a function and a draw, in the module's style. */
function mlCell(r, ctx) {
  return mlFunction(r, ctx) + `\n${ident(r, 1)} = ${draw(r, ctx)}`;
}

module.exports = { ML_IMPORT_SETS, mlModule, mlCell };
