/**
 * The CLI on a repo with its own config, on the real file system: the ignored finding is in every output
 * with its reason, `--ignore-code` and `--weights` add to and win over the file.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from './main';

let repo: string;

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-config-'));
  fs.writeFileSync(path.join(repo, 'train.py'), 'import numpy as np\nx = np.random.rand(3)\n');
  fs.writeFileSync(path.join(repo, 'requirements.txt'), 'numpy\n');
  fs.writeFileSync(
    path.join(repo, '.repro-audit.toml'),
    '[ignore]\n"seeds.unseeded-before-use" = "noise is the point"\n[weights]\nhardware = 0\n'
  );
});

afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

async function run(...args: string[]): Promise<string> {
  const out: string[] = [];
  await main([repo, ...args], {
    stdout: { write: t => out.push(t) },
    stderr: { write: () => undefined },
    cwd: process.cwd(),
    isTTY: false,
    env: {},
    now: () => 0
  });
  return out.join('');
}

describe('repro-audit with a repo config', () => {
  it('keeps the ignored finding in the JSON, marked with its reason, and applies the weights', async () => {
    const report = JSON.parse(await run('--format', 'json'));
    const seeds = report.checks.find((c: { id: string }) => c.id === 'seeds');
    expect(seeds.status).toBe('pass');
    expect(seeds.findings[0]).toMatchObject({ code: 'seeds.unseeded-before-use', ignored: { reason: 'noise is the point', source: 'config' } });
    expect(report.checks.find((c: { id: string }) => c.id === 'hardware').weight).toBe(0);
    expect(report.config).toEqual({ path: '.repro-audit.toml', weights: { hardware: 0 } });
  });

  it('shows codes and the ignore with its reason in text and Markdown, as a suppression in SARIF', async () => {
    const text = await run('--format', 'text', '--no-color');
    expect(text).toMatch(/train\.py:2 +NumPy draws .*\[seeds\.unseeded-before-use\] ignored \(config\): noise is the point/);
    const md = await run('--format', 'markdown');
    expect(md).toMatch(/- ~~❌ fail~~ `train\.py:2` NumPy draws .* `seeds\.unseeded-before-use` — \*ignored \(config\): noise is the point\*/);
    const sarif = JSON.parse(await run('--format', 'sarif'));
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'seeds.unseeded-before-use');
    expect(result.suppressions).toEqual([{ kind: 'external', justification: 'noise is the point' }]);
  });

  it('--ignore-code adds to the file, --weights wins over it', async () => {
    const report = JSON.parse(await run('--format', 'json', '--ignore-code', 'pinned=a teaching repo', '--weights', 'hardware=7'));
    expect(report.checks.find((c: { id: string }) => c.id === 'pinned').ignored).toEqual({ reason: 'a teaching repo', source: 'config' });
    expect(report.checks.find((c: { id: string }) => c.id === 'hardware').weight).toBe(7);
  });
});
