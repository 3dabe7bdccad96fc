#!/usr/bin/env node
/**
 * Repos audited per minute by `repro-audit batch`, per size class, with --jobs 1 and 2:
 *   small  = copies of examples/demo (a dozen files),
 *   medium = copies of a 1,000-file slice of the bench repo (no large data files),
 *   large  = the bench repo itself (10,000 files, 200 MB; entries are symlinks to it).
 * Needs the built CLI (npm run build:lib) and bench/out/repo (node bench/generate.js).
 *
 *   node bench/batch.js [--small 40] [--medium 10] [--large 4]
 */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'lib', 'node', 'cli', 'main.js');
const benchRepo = path.join(__dirname, 'out', 'repo');

function option(name, fallback) {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? Number(process.argv[k + 1]) : fallback;
}

/** The first `count` files of a folder, walked in name order, skipping files over `maxBytes`. */
function sliceFiles(dir, count, maxBytes) {
  const out = [];
  const walk = rel => {
    for (const name of fs.readdirSync(path.join(dir, rel)).sort()) {
      if (out.length >= count) return;
      const child = path.join(rel, name);
      const stats = fs.statSync(path.join(dir, child));
      if (stats.isDirectory()) walk(child);
      else if (stats.size <= maxBytes) out.push(child);
    }
  };
  walk('');
  return out;
}

function copyFiles(from, files, to) {
  for (const rel of files) {
    fs.mkdirSync(path.dirname(path.join(to, rel)), { recursive: true });
    fs.copyFileSync(path.join(from, rel), path.join(to, rel));
  }
}

function main() {
  if (!fs.existsSync(cli) || !fs.existsSync(benchRepo)) {
    console.error('bench/batch.js needs npm run build:lib and node bench/generate.js first');
    process.exit(2);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-batch-'));
  try {
    const demoFiles = sliceFiles(path.join(root, 'examples', 'demo'), 1e9, 1e9);
    const mediumFiles = sliceFiles(benchRepo, 1000, 1e6);
    const classes = {
      small: Array.from({ length: option('small', 40) }, (_, k) => {
        const dir = path.join(work, 'small', String(k));
        copyFiles(path.join(root, 'examples', 'demo'), demoFiles, dir);
        return dir;
      }),
      medium: Array.from({ length: option('medium', 10) }, (_, k) => {
        const dir = path.join(work, 'medium', String(k));
        copyFiles(benchRepo, mediumFiles, dir);
        return dir;
      }),
      large: Array.from({ length: option('large', 4) }, (_, k) => {
        const link = path.join(work, 'large', String(k));
        fs.mkdirSync(path.dirname(link), { recursive: true });
        fs.symlinkSync(benchRepo, link);
        return link;
      })
    };
    console.log(`| class | repos | --jobs 1 | --jobs 2 |\n|---|---:|---:|---:|`);
    for (const [name, dirs] of Object.entries(classes)) {
      const list = path.join(work, `${name}.txt`);
      fs.writeFileSync(list, dirs.join('\n') + '\n');
      const cells = [];
      for (const jobs of [1, 2]) {
        const output = path.join(work, `${name}-${jobs}.jsonl`);
        // Warm the file cache once, then time a fresh run.
        if (jobs === 1) execFileSync(process.execPath, [cli, dirs[0], '--format', 'json'], { stdio: 'ignore', maxBuffer: 1 << 30 });
        const started = process.hrtime.bigint();
        execFileSync(process.execPath, [cli, 'batch', list, '--jobs', String(jobs), '--output', output], { stdio: 'ignore' });
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const lines = fs.readFileSync(output, 'utf8').trim().split('\n').map(l => JSON.parse(l));
        if (lines.length !== dirs.length || lines.some(l => !l.report)) throw new Error(`${name}: not every repo was audited`);
        cells.push(`${Math.round((dirs.length / seconds) * 60)}/min`);
      }
      const files = name === 'small' ? demoFiles.length : name === 'medium' ? mediumFiles.length : 10000;
      console.log(`| ${name} (${files} files) | ${dirs.length} | ${cells.join(' | ')} |`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
