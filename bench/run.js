#!/usr/bin/env node
/**
 * Times the built CLI on the synthetic repo (bench/generate.js) against the floor of reading every
 * file once: `find DIR -type f -print0 | xargs -0 cat > /dev/null`. Both run after a warm-up, so
 * both read from a warm page cache; the ratio is the price of the audit over plain reading.
 *
 *   node bench/run.js [--cli lib/node/cli/main.js] [--repo bench/out/repo] [--runs 5] [--format json] [--rss time|child]
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const PROJECT = path.resolve(__dirname, '..');
const GNU_TIME = '/usr/bin/time';

function parseOptions(argv) {
  const options = {
    cli: path.join(PROJECT, 'lib', 'node', 'cli', 'main.js'),
    repo: path.join(__dirname, 'out', 'repo'),
    runs: 5,
    format: 'json',
    // 'time': GNU time -v when present; 'child': the child's own process.resourceUsage().
    rss: 'time'
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--cli') options.cli = path.resolve(value());
    else if (flag === '--repo') options.repo = path.resolve(value());
    else if (flag === '--runs') options.runs = Math.max(1, Number(value()) | 0);
    else if (flag === '--format') options.format = value();
    else if (flag === '--rss') options.rss = value() === 'child' ? 'child' : 'time';
    else if (flag === '--help' || flag === '-h') {
      console.log('Usage: node bench/run.js [--cli FILE] [--repo DIR] [--runs N] [--format json|text|markdown|sarif] [--rss time|child]');
      process.exit(0);
    } else {
      console.error(`run.js: unknown option ${argv[i]}`);
      process.exit(2);
    }
  }
  return options;
}

function hasGnuTime() {
  if (!fs.existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr);
}

/** A preload that reports the child's own peak RSS, for systems without GNU time. */
function rssHook() {
  const file = path.join(os.tmpdir(), `repro-audit-bench-rss-${process.pid}.js`);
  fs.writeFileSync(
    file,
    "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n"
  );
  return file;
}

/**
 * Run a command, timing it; peak RSS in kB from GNU time when there is one, else from the hook
 * (node commands only). Stdout goes to /dev/null unless asked for.
 */
function measure(command, args, { gnuTime, hook, keepStdout = false, isNode = false }) {
  const rssFile = path.join(os.tmpdir(), `repro-audit-bench-rss-${process.pid}.txt`);
  let cmd = command;
  let argv = args;
  if (gnuTime) {
    cmd = GNU_TIME;
    argv = ['-v', command, ...args];
  } else if (isNode && hook) {
    argv = ['--require', hook, ...args];
  }
  const started = process.hrtime.bigint();
  const child = spawnSync(cmd, argv, {
    encoding: 'utf8',
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    maxBuffer: 1 << 30
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let rssKb;
  let cpuMs;
  if (gnuTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr || '');
    rssKb = m ? Number(m[1]) : undefined;
    const user = /User time \(seconds\): ([\d.]+)/.exec(child.stderr || '');
    const system = /System time \(seconds\): ([\d.]+)/.exec(child.stderr || '');
    cpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : undefined;
  } else if (isNode && hook && fs.existsSync(rssFile)) {
    rssKb = Number(fs.readFileSync(rssFile, 'utf8'));
    fs.rmSync(rssFile, { force: true });
  }
  // GNU time exits with the command's status.
  return { ms, rssKb, cpuMs, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function repoSize(dir) {
  let files = 0;
  let bytes = 0;
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop();
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) {
        files++;
        bytes += fs.statSync(full).size;
      }
    }
  }
  return { files, bytes };
}

function main() {
  const options = parseOptions(process.argv.slice(2));
  if (!fs.existsSync(options.cli)) {
    console.error(`run.js: no CLI at ${options.cli}; build it first, or pass --cli`);
    process.exit(2);
  }
  if (!fs.existsSync(options.repo)) {
    console.error(`run.js: no repo at ${options.repo}; run node bench/generate.js first`);
    process.exit(2);
  }
  const gnuTime = options.rss === 'time' && hasGnuTime();
  const hook = gnuTime ? undefined : rssHook();
  const cliArgs = [options.cli, options.repo, '--format', options.format];
  const floorArgs = ['-c', 'find "$1" -type f -print0 | xargs -0 cat > /dev/null', 'sh', options.repo];
  const size = repoSize(options.repo);
  // Other work on the machine slows the CLI (one process, up to one thread per core) far more than the floor: say how much there was.
  const loadBefore = os.loadavg()[0];

  // Warm-up: fills the page cache for both, and checks that the CLI runs at all.
  measure('sh', floorArgs, { gnuTime });
  const warm = measure(process.execPath, cliArgs, { gnuTime, hook, keepStdout: options.format === 'json', isNode: true });
  if (warm.status !== 0 && warm.status !== 1) {
    console.error(`run.js: the CLI failed (exit ${warm.status}):\n${warm.stderr}`);
    process.exit(1);
  }
  let audited;
  if (options.format === 'json') {
    try {
      audited = JSON.parse(warm.stdout).stats;
    } catch {
      audited = undefined;
    }
  }

  const cli = [];
  const floor = [];
  for (let i = 0; i < options.runs; i++) {
    floor.push(measure('sh', floorArgs, { gnuTime }));
    cli.push(measure(process.execPath, cliArgs, { gnuTime, hook, isNode: true }));
  }
  if (hook) fs.rmSync(hook, { force: true });

  const row = (name, runs) => {
    const ms = runs.map(r => r.ms);
    const rss = runs.map(r => r.rssKb).filter(v => v !== undefined);
    const cpu = runs.map(r => r.cpuMs).filter(v => v !== undefined);
    return {
      name,
      cpu: cpu.length ? median(cpu) : undefined,
      median: median(ms),
      min: Math.min(...ms),
      max: Math.max(...ms),
      rss: rss.length ? Math.max(...rss) : undefined
    };
  };
  const rows = [row('repro-audit', cli), row('find | xargs cat (floor)', floor)];

  console.log(`repo: ${options.repo}`);
  console.log(`      ${size.files} files, ${(size.bytes / 1e6).toFixed(1)} MB`);
  if (audited) {
    console.log(`audit: ${audited.files} files listed, ${(audited.bytesRead / 1e6).toFixed(1)} MB read, limits hit: ${audited.limitsHit.join(', ') || 'none'}`);
  }
  console.log(`cli:  ${options.cli} (--format ${options.format}), node ${process.version}, ${options.runs} runs, warm cache`);
  console.log(`peak RSS from ${gnuTime ? 'GNU time -v' : 'process.resourceUsage() in the child'}`);
  console.log(`machine: ${os.cpus().length} cores, load average (1 min) ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after`);
  console.log('');
  // CPU time (user + system, all threads) moves less with other work on the machine than the wall time does.
  const header = ['', 'median ms', 'min ms', 'max ms', 'median CPU ms', 'peak RSS MB'];
  const cells = rows.map(r => [r.name, r.median.toFixed(0), r.min.toFixed(0), r.max.toFixed(0), r.cpu !== undefined ? r.cpu.toFixed(0) : 'n/a', r.rss ? (r.rss / 1024).toFixed(1) : 'n/a']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map(c => c[i].length)));
  const line = c => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(line(header));
  cells.forEach(c => console.log(line(c)));
  console.log('');
  console.log(`ratio (median repro-audit / median floor): ${(rows[0].median / rows[1].median).toFixed(2)}x, ${options.runs} runs each, threads: ${process.env.REPRO_AUDIT_THREADS || `every core (${os.cpus().length})`}`);
}

main();
