/**
 * The CLI on a repo made of bad input, on the real file system: it must finish, exit 0, and name
 * every broken file in the report (as a finding or a warning), never crash.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from './main';

let repo: string;

function write(rel: string, content: string | Buffer): void {
  const file = path.join(repo, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-bad-'));
  write('README.md', '# Bad input\n');
  write('notebooks/broken.ipynb', '{"cells": [ {"cell_type": "code", ');
  write(
    'notebooks/old_v3.ipynb',
    JSON.stringify({
      nbformat: 3,
      nbformat_minor: 0,
      metadata: {},
      worksheets: [{ cells: [{ cell_type: 'code', language: 'python', input: 'import numpy as np\nx = np.random.rand(3)', prompt_number: 1, outputs: [] }] }]
    })
  );
  write('src/binary.py', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x00]));
  write('src/latin1.py', Buffer.from('name = "caf\xe9"\n', 'latin1'));
  write('environment.yml', 'name: x\ndependencies:\n  - numpy=1.26\n   - bad: [indent\n');
  write('pyproject.toml', '[project\nname = "x"\n');
  fs.symlinkSync('..', path.join(repo, 'notebooks', 'loop'));
  // 60 MB of data, sparse: the audit must judge it by its size, never read it whole.
  const big = path.join(repo, 'data', 'huge.csv');
  fs.mkdirSync(path.dirname(big), { recursive: true });
  const fd = fs.openSync(big, 'w');
  fs.ftruncateSync(fd, 60 * 1024 * 1024);
  fs.closeSync(fd);
});

afterAll(() => {
  fs.rmSync(repo, { recursive: true, force: true });
});

describe('repro-audit on bad input', () => {
  it('finishes and names every broken file', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main([repo, '--format', 'json'], {
      stdout: { write: t => out.push(t) },
      stderr: { write: t => err.push(t) },
      cwd: process.cwd(),
      isTTY: false,
      env: {},
      now: () => 0
    });
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    const named = new Set<string>();
    for (const w of report.warnings) {
      named.add(w.path);
    }
    for (const check of report.checks) {
      for (const f of check.findings) {
        named.add(f.path);
        for (const e of f.evidence ?? []) {
          named.add(e.path);
        }
      }
    }
    for (const broken of [
      'notebooks/broken.ipynb',
      'src/binary.py',
      'src/latin1.py',
      'environment.yml',
      'pyproject.toml',
      'notebooks/loop',
      'data/huge.csv'
    ]) {
      expect([broken, named.has(broken)]).toEqual([broken, true]);
    }
    // Far less than the 60 MB file was read.
    expect(report.stats.bytesRead).toBeLessThan(1024 * 1024);
    // The nbformat 3 notebook was read: its unseeded draw is a seeds finding.
    const seeds = report.checks.find((c: { id: string }) => c.id === 'seeds');
    expect(seeds.findings.some((f: { path: string }) => f.path === 'notebooks/old_v3.ipynb')).toBe(true);
  });
});
