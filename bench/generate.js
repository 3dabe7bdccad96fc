#!/usr/bin/env node
/**
 * Writes a synthetic research repo of 10,000 files for the benchmark: Python modules, notebooks with
 * outputs, PNG figures, small and large data files, configs and docs. Deterministic: the same seed
 * gives the same bytes, so timings compare across machines and commits.
 *
 *   node bench/generate.js [--out bench/out/repo] [--seed 1]
 *   node bench/generate.js --shape ml [--out bench/out/ml-repo]
 *
 * `--shape ml` writes the same kinds and numbers of files, with Python shaped like ML research code
 * (mlPython.js): every module imports numpy and draws random numbers, in nested blocks, multi-line
 * calls, try/except/else and if/elif/else chains, as real training code does.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const { ML_IMPORT_SETS, mlModule, mlCell } = require('./mlPython');

const MARKER = '.repro-audit-bench';
const SHAPES = ['plain', 'ml'];

function parseOptions(argv) {
  const options = { out: undefined, seed: 1, shape: 'plain' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--out') options.out = path.resolve(value());
    else if (flag === '--seed') options.seed = Number(value());
    else if (flag === '--shape') {
      options.shape = value();
      if (!SHAPES.includes(options.shape)) {
        console.error(`generate.js: --shape is one of ${SHAPES.join(', ')}`);
        process.exit(2);
      }
    }
    else if (flag === '--help' || flag === '-h') {
      console.log('Usage: node bench/generate.js [--shape plain|ml] [--out DIR] [--seed N]');
      process.exit(0);
    } else {
      console.error(`generate.js: unknown option ${argv[i]}`);
      process.exit(2);
    }
  }
  options.out ??= path.join(__dirname, 'out', options.shape === 'ml' ? 'ml-repo' : 'repo');
  return options;
}

/** mulberry32: a small, fast, deterministic PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: list => list[Math.floor(next() * list.length)],
    chance: p => next() < p,
    bytes: n => {
      const buf = Buffer.allocUnsafe(n);
      for (let i = 0; i < n; i += 4) {
        const v = (next() * 4294967296) >>> 0;
        for (let k = 0; k < 4 && i + k < n; k++) buf[i + k] = (v >>> (8 * k)) & 0xff;
      }
      return buf;
    }
  };
}

// ---------- Python source ----------

const WORDS = ['data', 'model', 'train', 'loss', 'batch', 'feature', 'layer', 'score', 'sample', 'label', 'embed',
  'encode', 'decode', 'metric', 'weight', 'grad', 'optim', 'split', 'fold', 'mask', 'token', 'image', 'signal', 'noise'];

function ident(r, parts = 2) {
  const words = [];
  for (let i = 0; i < parts; i++) words.push(r.pick(WORDS));
  return words.join('_');
}

/** Import blocks, and what each makes available to the generated code (so names always resolve). */
const IMPORT_SETS = [
  { lines: ['import numpy as np', 'import pandas as pd'], np: true, seed: 'np.random.seed(0)' },
  { lines: ['import numpy as np', 'import torch', 'import torch.nn as nn', 'from torch.utils.data import DataLoader'], np: true, torch: true, seed: 'torch.manual_seed(42)' },
  { lines: ['import numpy as np', 'from sklearn.model_selection import train_test_split', 'from sklearn.ensemble import RandomForestClassifier'], np: true, split: true, seed: 'np.random.seed(1234)' },
  { lines: ['import os', 'import random', 'import numpy as np'], np: true, random: true, seed: 'random.seed(7)' },
  { lines: ['import json', 'from pathlib import Path', 'import numpy as np', 'from sklearn.decomposition import PCA', 'from sklearn.model_selection import train_test_split'], np: true, split: true, seed: 'SEED = 7' },
  { lines: ['import torch', 'import torch.nn.functional as F', 'from transformers import AutoModel'], torch: true, seed: 'torch.manual_seed(0)' }
];

/** A random draw in whichever framework the module imports. */
function draw(r, ctx) {
  if (ctx.torch && (!ctx.np || r.chance(0.5))) return `torch.randn(${r.int(1, 512)}, ${r.int(1, 64)})`;
  if (ctx.random && r.chance(0.5)) return `random.random() * ${r.int(1, 100)}`;
  return `np.random.rand(${r.int(1, 512)}, ${r.int(1, 64)})`;
}

function pyFunction(r, ctx, indent = '') {
  const name = ident(r, r.int(2, 3));
  const args = Array.from({ length: r.int(1, 4) }, () => ident(r, 1)).filter((a, i, all) => all.indexOf(a) === i);
  const params = indent ? ['self', ...args] : args;
  const lines = [`${indent}def ${name}(${params.join(', ')}):`];
  const body = indent + '    ';
  if (r.chance(0.6)) {
    lines.push(`${body}"""${r.pick(['Compute', 'Return', 'Build', 'Apply'])} the ${ident(r, 2).replace(/_/g, ' ')} for the given ${args[0]}.`);
    if (r.chance(0.5)) {
      lines.push('', `${body}Args:`, ...args.map(a => `${body}    ${a}: the ${a.replace(/_/g, ' ')}.`));
    }
    lines.push(`${body}"""`);
  }
  const statements = r.int(3, 12);
  for (let i = 0; i < statements; i++) {
    const v = ident(r, 1);
    switch (r.int(0, 7)) {
      case 0:
        lines.push(`${body}${v} = ${draw(r, ctx)}`);
        break;
      case 1:
        lines.push(`${body}${v} = ${r.pick(args)} * ${r.next().toFixed(3)} + ${r.int(0, 9)}`);
        break;
      case 2:
        lines.push(`${body}for i in range(${r.int(2, 100)}):`, `${body}    ${v} = ${r.pick(args)}[i % ${r.int(1, 9)}]`);
        break;
      case 3:
        lines.push(`${body}if ${r.pick(args)} is None:`, `${body}    raise ValueError("${ident(r, 2)} is required")`);
        break;
      case 4:
        lines.push(
          ctx.split
            ? `${body}${v} = train_test_split(${r.pick(args)}, test_size=0.2${r.chance(0.5) ? ', random_state=42' : ''})`
            : `${body}${v} = sorted(${r.pick(args)})[:${r.int(1, 20)}]`
        );
        break;
      case 5:
        lines.push(`${body}${v} = [x ** 2 for x in ${r.pick(args)} if x > ${r.int(0, 5)}]`);
        break;
      case 6:
        lines.push(`${body}# ${ident(r, 4).replace(/_/g, ' ')}`, `${body}${v} = dict(${ident(r, 1)}=${r.int(0, 999)})`);
        break;
      default:
        lines.push(`${body}print(f"${ident(r, 1)}: {${r.pick(args)}}")`);
    }
  }
  lines.push(`${body}return ${r.pick(args)}`);
  return lines.join('\n');
}

function pyModule(r, targetBytes) {
  const ctx = r.pick(IMPORT_SETS);
  const parts = [`"""${ident(r, 3).replace(/_/g, ' ')}: part of the experiment pipeline."""`, ''];
  parts.push(...ctx.lines, '');
  if (r.chance(0.3)) {
    parts.push(ctx.seed, '');
  }
  let size = parts.join('\n').length;
  while (size < targetBytes) {
    const chunk = r.chance(0.15)
      ? `class ${ident(r, 2).replace(/(^|_)(\w)/g, (_, __, c) => c.toUpperCase())}:\n${pyFunction(r, ctx, '    ')}\n`
      : pyFunction(r, ctx);
    parts.push('', chunk, '');
    size += chunk.length + 2;
  }
  if (r.chance(0.4)) parts.push('', 'if __name__ == "__main__":', `    print(${ident(r, 2)})`);
  return parts.join('\n') + '\n';
}

// ---------- PNG ----------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid RGB PNG of noisy pixels: it does not compress, like a real photo-ish figure. */
function png(r, width, height) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < height; y++) rows.push(Buffer.from([0]), r.bytes(width * 3));
  const idat = zlib.deflateSync(Buffer.concat(rows), { level: 1 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0))
  ]);
}

// ---------- Notebooks ----------

function sourceLines(text) {
  const lines = text.split('\n');
  return lines.map((l, i) => (i < lines.length - 1 ? l + '\n' : l)).filter(l => l !== '');
}

function notebook(r, shape = 'plain') {
  const ml = shape === 'ml';
  const ctx = r.pick(ml ? ML_IMPORT_SETS : IMPORT_SETS);
  const importCell = ml ? ['import functools', 'import logging', 'import os', ...ctx.lines] : ctx.lines;
  const cells = [{ cell_type: 'markdown', metadata: {}, source: sourceLines(`# ${ident(r, 3).replace(/_/g, ' ')}\n\nExperiment notes.`) }];
  const n = r.int(6, 18);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (r.chance(0.2)) {
      cells.push({ cell_type: 'markdown', metadata: {}, source: sourceLines(`## ${ident(r, 2).replace(/_/g, ' ')}\n${ident(r, 6).replace(/_/g, ' ')}.`) });
      continue;
    }
    const code = i === 0 ? importCell.join('\n') : ml ? mlCell(r, ctx) : pyFunction(r, ctx) + `\n${ident(r, 1)} = ${draw(r, ctx)}`;
    // Some notebooks were run out of order, as real ones often are.
    count = r.chance(0.1) ? count + r.int(2, 5) : count + 1;
    const outputs = [];
    if (r.chance(0.5)) {
      outputs.push({ name: 'stdout', output_type: 'stream', text: sourceLines(Array.from({ length: r.int(1, 30) }, () => `epoch ${r.int(0, 99)} loss ${r.next().toFixed(4)}`).join('\n') + '\n') });
    }
    if (r.chance(0.25)) {
      const rows = Array.from({ length: r.int(3, 15) }, () => `<tr><td>${r.int(0, 999)}</td><td>${r.next().toFixed(4)}</td></tr>`).join('');
      outputs.push({
        data: { 'text/html': [`<table>${rows}</table>`], 'text/plain': [`<DataFrame ${r.int(3, 15)} rows>`] },
        execution_count: count,
        metadata: {},
        output_type: 'execute_result'
      });
    }
    if (r.chance(0.15)) {
      outputs.push({
        data: { 'image/png': png(r, r.int(40, 120), r.int(30, 90)).toString('base64'), 'text/plain': ['<Figure size 640x480 with 1 Axes>'] },
        metadata: {},
        output_type: 'display_data'
      });
    }
    if (r.chance(0.03)) {
      outputs.push({ ename: 'ValueError', evalue: 'shapes do not match', output_type: 'error', traceback: ['ValueError: shapes do not match'] });
    }
    cells.push({ cell_type: 'code', execution_count: count, metadata: r.chance(0.05) ? { tags: ['parameters'] } : {}, outputs, source: sourceLines(code) });
  }
  return JSON.stringify({
    cells,
    metadata: {
      kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
      language_info: { name: 'python', version: '3.11.9' }
    },
    nbformat: 4,
    nbformat_minor: 4
  }, null, 1) + '\n';
}

// ---------- Data ----------

function csvHeader(columns) {
  return Array.from({ length: columns }, (_, i) => `f${i}`).join(',') + ',label\n';
}

function csvRows(r, rows, columns) {
  let body = '';
  for (let i = 0; i < rows; i++) {
    let line = '';
    for (let c = 0; c < columns; c++) line += (r.next() * 100).toFixed(4) + ',';
    body += line + r.int(0, 9) + '\n';
  }
  return body;
}

function csvText(r, rows, columns) {
  return csvHeader(columns) + csvRows(r, rows, columns);
}

/** An .npy header for a float32 C-order array, padded to 64 bytes as NumPy does. */
function npyHeader(shape) {
  let dict = `{'descr': '<f4', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  const unpadded = 10 + dict.length + 1;
  dict += ' '.repeat((64 - (unpadded % 64)) % 64) + '\n';
  const head = Buffer.alloc(10);
  head.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0], 0);
  head.writeUInt16LE(dict.length, 8);
  return Buffer.concat([head, Buffer.from(dict, 'latin1')]);
}

/** Write a large file in 1 MB pieces so the generator never holds it whole. */
function writeLarge(file, totalBytes, makeChunk) {
  const fd = fs.openSync(file, 'w');
  try {
    let written = 0;
    while (written < totalBytes) {
      const chunk = makeChunk(Math.min(1 << 20, totalBytes - written), written);
      fs.writeSync(fd, chunk);
      written += chunk.length;
    }
    return written;
  } finally {
    fs.closeSync(fd);
  }
}

// ---------- The repo ----------

function generate(options) {
  const r = prng(options.seed);
  const root = options.out;
  const ml = options.shape === 'ml';
  if (fs.existsSync(root)) {
    if (!fs.existsSync(path.join(root, MARKER))) {
      throw new Error(`${root} exists and was not made by this script; not touching it`);
    }
    fs.rmSync(root, { recursive: true, force: true });
  }
  let files = 0;
  let bytes = 0;
  const write = (rel, content) => {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    files++;
    bytes += Buffer.byteLength(content);
  };

  write(MARKER, 'Made by bench/generate.js; safe to delete.\n');
  write('README.md', `# ${ident(r, 3).replace(/_/g, ' ')}\n\nSynthetic research repo for benchmarking repro-audit.\n\n## Usage\n\n\`\`\`bash\npip install -r requirements.txt\npython -m src.pkg_00.module_00\n\`\`\`\n`);
  write('requirements.txt', 'numpy==1.26.4\ntorch>=2.1\nscikit-learn\npandas==2.2.2\ntransformers\n');
  write('pyproject.toml', '[project]\nname = "bench-repo"\nversion = "0.1.0"\ndependencies = ["numpy", "torch"]\n');
  write('LICENSE', 'MIT License\n\nCopyright (c) 2024 Bench\n');
  write('.gitignore', '*.pyc\n__pycache__/\n');

  // 2,000 Python modules, ~6 MB (ml: ~5 MB): 40 packages of 50 modules.
  for (let p = 0; p < 40; p++) {
    write(`src/pkg_${String(p).padStart(2, '0')}/__init__.py`, `"""Package ${p}."""\n`);
    for (let m = 0; m < 49; m++) {
      write(`src/pkg_${String(p).padStart(2, '0')}/module_${String(m).padStart(2, '0')}.py`, ml ? mlModule(r, r.int(700, 2900)) : pyModule(r, r.int(1500, 4500)));
    }
  }
  // 300 notebooks with outputs.
  for (let n = 0; n < 300; n++) {
    write(`notebooks/${String(n % 12).padStart(2, '0')}_${ident(r, 1)}/exp_${String(n).padStart(3, '0')}.ipynb`, notebook(r, options.shape));
  }
  // 3,000 PNG figures.
  for (let i = 0; i < 3000; i++) {
    write(`assets/figures/run_${String(i % 60).padStart(2, '0')}/fig_${String(i).padStart(4, '0')}.png`, png(r, r.int(24, 72), r.int(24, 72)));
  }
  // 4,000 small data shards: csv and npy.
  for (let i = 0; i < 4000; i++) {
    const shard = `data/raw/shard_${String(i % 100).padStart(3, '0')}`;
    if (i % 3 === 0) {
      const n = r.int(64, 1024);
      write(`${shard}/part_${String(i).padStart(4, '0')}.npy`, Buffer.concat([npyHeader([n]), r.bytes(4 * n)]));
    } else {
      write(`${shard}/part_${String(i).padStart(4, '0')}.csv`, csvText(r, r.int(10, 80), r.int(3, 8)));
    }
  }
  // 690 configs and docs.
  for (let i = 0; i < 600; i++) {
    write(`configs/exp_${String(i).padStart(3, '0')}.yaml`, `lr: ${r.next().toFixed(5)}\nbatch_size: ${r.pick([16, 32, 64, 128])}\nepochs: ${r.int(1, 200)}\nmodel: ${ident(r, 2)}\n`);
  }
  for (let i = 0; i < 90; i++) {
    write(`docs/page_${String(i).padStart(2, '0')}.md`, `# ${ident(r, 3).replace(/_/g, ' ')}\n\n${Array.from({ length: r.int(5, 60) }, () => ident(r, 8).replace(/_/g, ' ')).join('.\n')}.\n`);
  }

  // Four large data files, ~150 MB in all, written in pieces.
  const big = (rel, size, makeChunk) => {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    bytes += writeLarge(file, size, makeChunk);
    files++;
  };
  // Whole rows per piece (a row is ~60 bytes), one header at the top.
  const csvChunk = (n, at) => Buffer.from((at === 0 ? csvHeader(7) : '') + csvRows(r, Math.ceil(n / 60), 7));
  big('data/raw/train.csv', 60e6, csvChunk);
  big('data/raw/test.csv', 12e6, csvChunk);
  const npy = (shape, total) => (n, at) => (at === 0 ? Buffer.concat([npyHeader(shape), r.bytes(n - 128)]) : r.bytes(n));
  big('data/processed/features.npy', 48e6 + 128, npy([12e6], 48e6));
  big('models/embeddings.npy', 32e6 + 128, npy([8e6], 32e6));
  return { files, bytes };
}

if (require.main === module) {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const { files, bytes } = generate(options);
  console.log(`${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${options.out} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

module.exports = { generate, prng };
