#!/usr/bin/env node
/**
 * The shipped JavaScript of the labextension (jupyterlab_repro_audit/labextension/static), raw and gzip,
 * split into what JupyterLab loads at start (remoteEntry and the chunks of the './extension' and './style'
 * modules it exposes) and what loads later (the engine, its parsers and the worker, on the first audit).
 * Which chunk holds the engine or a parser is told by a string each one ships. Exits 1 when a chunk loaded
 * at start holds any of them (the lazy load is broken). Run after `npm run build:prod`:
 *   node bench/shippedSize.js [--json]
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const STATIC = path.join(__dirname, '..', 'jupyterlab_repro_audit', 'labextension', 'static');
/** A string each part ships (error messages, node names, regex source, finding codes). */
const MARKERS = {
  engine: 'Internal error in the',
  '@lezer/python': 'ComprehensionExpression',
  yaml: 'YAMLParseError',
  'smol-toml': 'Invalid TOML document',
  '@renovatebot/pep440': 'post_n1'
};

if (!fs.existsSync(STATIC)) {
  console.error(`no ${STATIC}: run npm run build:prod first`);
  process.exit(2);
}
const files = fs.readdirSync(STATIC).filter(f => f.endsWith('.js'));
const remoteEntry = files.find(f => f.startsWith('remoteEntry.'));
const entryText = fs.readFileSync(path.join(STATIC, remoteEntry), 'utf-8');
// webpack's runtime names each chunk file "<id>.<hash>.js"; the exposed modules load chunks with r.e(<id>).
const exposed = [...entryText.matchAll(/"\.\/(?:extension|index|style)":\(\)=>([^}]*?)\.then/g)].map(m => m[1]).join(' ');
const startIds = new Set([...exposed.matchAll(/\.e\((\d+)\)/g)].map(m => m[1]));
const atStart = f => f === remoteEntry || f === 'style.js' || startIds.has(f.split('.')[0]);

const rows = files.map(f => {
  const bytes = fs.readFileSync(path.join(STATIC, f));
  const text = bytes.toString('utf-8');
  return {
    file: f,
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    start: atStart(f),
    holds: Object.entries(MARKERS).filter(([, marker]) => text.includes(marker)).map(([name]) => name)
  };
});
rows.sort((a, b) => Number(b.start) - Number(a.start) || b.raw - a.raw);
const sum = (rs, key) => rs.reduce((n, r) => n + r[key], 0);
const kb = n => `${(n / 1024).toFixed(1)} KB`;
const total = { raw: sum(rows, 'raw'), gzip: sum(rows, 'gzip') };
const start = rows.filter(r => r.start);
const broken = start.filter(r => r.holds.length);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows, total, start: { raw: sum(start, 'raw'), gzip: sum(start, 'gzip') }, lazyOk: !broken.length }, null, 2));
} else {
  console.log('| file | loaded | raw | gzip | holds |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.file} | ${r.start ? 'at start' : 'on first audit / on use'} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.holds.join(', ')} |`);
  }
  console.log(`| **loaded at start** | | ${kb(sum(start, 'raw'))} | ${kb(sum(start, 'gzip'))} | |`);
  console.log(`| **all shipped JS** | | ${kb(total.raw)} | ${kb(total.gzip)} | |`);
}
if (broken.length) {
  console.error(`lazy load broken: loaded at start yet holding ${broken.map(r => `${r.file} (${r.holds.join(', ')})`).join('; ')}`);
  process.exit(1);
}
