/**
 * Finding codes: every finding of a rich audit has one, of the documented shape, listed in docs/codes.md,
 * and docs/codes.md is exactly what codes.ts generates (so the table cannot drift).
 */
import * as fs from 'fs';
import * as path from 'path';
import { FINDING_CODES, allFindingCodes, codesMarkdown, isFindingCode } from './codes';
import { runAudit } from './engine';
import { MemoryRepoReader } from './memoryReader';
import type { Finding } from './report';

const PROJECT = path.resolve(__dirname, '..', '..');
const CODES_DOC = path.join(PROJECT, 'docs', 'codes.md');
const CODE_SHAPE = /^[a-z]+\.[a-z0-9-]+$/;

/** examples/demo's text files, as an in-memory repo. */
function demoFiles(): Record<string, string> {
  const root = path.join(PROJECT, 'examples', 'demo');
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile() && fs.statSync(full).size < 1024 * 1024) {
        files[path.relative(root, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf-8');
      }
    }
  };
  walk(root);
  return files;
}

function notebook(cells: { source: string; count: number | null; error?: boolean }[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: cells.map(c => ({
      cell_type: 'code',
      metadata: {},
      source: c.source,
      execution_count: c.count,
      outputs: c.error ? [{ output_type: 'error', ename: 'ValueError', evalue: 'bad', traceback: [] }] : []
    }))
  });
}

/** Many kinds of problem at once, so that most codes are met. */
const RICH: Record<string, string> = {
  'README.md': '# Study\n\nWe used a GPU.\n',
  'sub/requirements.txt': 'numpy\npandas>=2\n',
  'Dockerfile': 'FROM python:3.11\nRUN pip install numpy\n',
  'binder/environment.yaml': 'dependencies: [numpy]\n',
  'runtime.txt': 'python-three\n',
  'poetry.lock': '[[package]\n',
  'train.py': 'import numpy as np\nimport torch\nimport mystery_pkg\nx = np.random.rand(3)\nrng = np.random.default_rng()\nmodel = torch.nn.Linear(2, 2)\nopt = torch.optim.SGD(model.parameters(), lr=0.1)\nopt.step()\nopen("/home/me/data.csv")\n',
  'nb/out_of_order.ipynb': notebook([
    { source: 'import numpy as np', count: 2 },
    { source: 'x = 1\nimport os', count: 1, error: true },
    { source: 'epochs = 10\nopen("/Users/me/x.csv")', count: 3 }
  ]),
  'nb/gap.ipynb': notebook([
    { source: 'a = 1', count: 1 },
    { source: 'b = 2', count: 3 }
  ]),
  'nb/broken.ipynb': '{"cells": [',
  'src/broken.py': 'def f(:\n  pass\n',
  'src/lib.py': 'def public():\n    return 1\n',
  '.repro-audit.toml': '[ignore]\n"no.such-code" = "typo"\nhardware = ""\n[weights]\nseeds = "heavy"\n',
  'data/raw/x.txt': 'raw\n'
};

async function richFindings(): Promise<Finding[]> {
  const reports = await Promise.all([
    runAudit(new MemoryRepoReader({ files: demoFiles() })),
    runAudit(new MemoryRepoReader({ files: { ...RICH, 'big.bin': '' }, sizes: { 'big.bin': 60 * 1024 * 1024 } }))
  ]);
  return reports.flatMap(r => [...r.checks.flatMap(c => c.findings), ...r.warnings]);
}

describe('finding codes', () => {
  it('every finding of a rich audit has a code of the shape <item>.<kebab-name>, listed in the table', async () => {
    const findings = await richFindings();
    expect(findings.length).toBeGreaterThan(30);
    const bad = findings.filter(f => !CODE_SHAPE.test(f.code ?? '') || !isFindingCode(f.code));
    expect(bad).toEqual([]);
    // The rich audit meets many different codes, from items, reading and config alike.
    const met = new Set(findings.map(f => f.code));
    expect(met.size).toBeGreaterThan(25);
    expect([...met].some(c => c.startsWith('reading.'))).toBe(true);
    expect([...met].some(c => c.startsWith('config.'))).toBe(true);
  });

  it('every code in the table has the documented shape and starts with an item, reading or config', () => {
    for (const { code } of allFindingCodes()) {
      expect(code).toMatch(CODE_SHAPE);
      expect(code).toMatch(
        /^(dependencies|pinned|binder|model|docs|hardware|seeds|notebooks|data|tests|leakage|reading|config)\./
      );
    }
  });

  it('docs/codes.md is the table generated from codes.ts', () => {
    const generated = codesMarkdown();
    if (process.env.UPDATE_CODES_DOC === '1') {
      fs.writeFileSync(CODES_DOC, generated);
    }
    expect(fs.readFileSync(CODES_DOC, 'utf-8')).toBe(generated);
    for (const code of Object.keys(FINDING_CODES)) {
      expect(generated).toContain(`| \`${code}\` |`);
    }
  });
});
