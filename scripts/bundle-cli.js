#!/usr/bin/env node
/**
 * Bundles the CLI (src/cli/main.ts and everything it imports: the engine, @lezer/python, yaml,
 * smol-toml, pep440) into ONE JavaScript file, jupyterlab_repro_audit/node/repro-audit.js, which the
 * wheel ships and its `repro-audit` console script runs with node. No node_modules needed at run time.
 * Beside it, pythonWorker.js: the worker thread that parses Python on a second core (see
 * src/cli/workerAnalyzer.ts, which looks for it beside itself; without it, the parse stays in one thread).
 */
const path = require('path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const pkg = require(path.join(root, 'package.json'));
const outdir = path.join(root, 'jupyterlab_repro_audit', 'node');

esbuild
  .build({
    entryPoints: {
      'repro-audit': path.join(root, 'src', 'cli', 'main.ts'),
      pythonWorker: path.join(root, 'src', 'cli', 'pythonWorker.ts')
    },
    outdir,
    bundle: true,
    platform: 'node',
    // The wrapper refuses older Node.js (jupyterlab_repro_audit/cli.py), so the bundle may use Node 20 syntax.
    target: 'node20',
    format: 'cjs',
    minify: false,
    legalComments: 'eof',
    logLevel: 'warning',
    // No package.json sits beside the bundle in the wheel: the version is written in at build time.
    define: { __REPRO_AUDIT_VERSION__: JSON.stringify(pkg.version) },
    tsconfig: path.join(root, 'tsconfig.cli.json')
  })
  .then(() => process.stdout.write(`bundled the CLI into ${path.relative(root, path.join(outdir, 'repro-audit.js'))} and its worker beside it\n`))
  .catch(() => process.exit(1));
