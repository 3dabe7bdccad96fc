/**
 * The repo's config and inline comments through the whole engine: ignored findings and items stay in the
 * report, marked with their reason, and leave the item's status and the score; weights and excludes apply;
 * bad config is a warning, never a crash.
 */
import { DEFAULT_WEIGHTS } from '../defaults';
import { runAudit } from '../engine';
import { MemoryRepoReader } from '../memoryReader';
import type { AuditReport, CheckResult } from '../report';

const UNSEEDED = 'import numpy as np\nx = np.random.rand(3)\n';

function audit(files: Record<string, string>, options: Parameters<typeof runAudit>[1] = {}): Promise<AuditReport> {
  return runAudit(new MemoryRepoReader({ files }), { now: () => 0, ...options });
}

const check = (report: AuditReport, id: string): CheckResult => report.checks.find(c => c.id === id)!;

describe('repo config through the engine', () => {
  it('an ignored code stays in the report, marked with its reason, and no longer counts', async () => {
    const plain = await audit({ 'train.py': UNSEEDED });
    const ignored = await audit({
      'train.py': UNSEEDED,
      '.repro-audit.toml': '[ignore]\n"seeds.unseeded-before-use" = "noise is the point of this demo"\n'
    });
    expect(check(plain, 'seeds').status).toBe('fail');
    const seeds = check(ignored, 'seeds');
    expect(seeds.findings).toEqual([
      expect.objectContaining({
        status: 'fail',
        code: 'seeds.unseeded-before-use',
        path: 'train.py',
        ignored: { reason: 'noise is the point of this demo', source: 'config' }
      })
    ]);
    expect(seeds.status).toBe('pass');
    expect(ignored.score).toBeGreaterThan(plain.score);
    expect(ignored.config).toEqual({ path: '.repro-audit.toml', weights: {} });
  });

  it('an ignored item shows its status and reason, out of the score', async () => {
    const files = { 'train.py': UNSEEDED, 'README.md': '# x\n' };
    const plain = await audit(files);
    const ignored = await audit({ ...files, 'repro-audit.toml': '[ignore]\nseeds = "seeded in the paper\'s harness"\n' });
    const seeds = check(ignored, 'seeds');
    expect(seeds.status).toBe('fail');
    expect(seeds.ignored).toEqual({ reason: "seeded in the paper's harness", source: 'config' });
    const others = plain.checks.filter(c => c.id !== 'seeds');
    const { scoreOf } = await import('../report');
    expect(ignored.score).toBe(scoreOf(others));
  });

  it('weights: the config sets them, explicit weights (CLI, the user\'s settings) win over it', async () => {
    const files = { 'train.py': UNSEEDED, '.repro-audit.toml': '[weights]\nseeds = 40\nhardware = 0\n' };
    const fromFile = await audit(files);
    expect(check(fromFile, 'seeds').weight).toBe(40);
    expect(check(fromFile, 'hardware').weight).toBe(0);
    expect(check(fromFile, 'docs').weight).toBe(DEFAULT_WEIGHTS.docs);
    expect(fromFile.config).toEqual({ path: '.repro-audit.toml', weights: { seeds: 40, hardware: 0 } });
    const explicit = await audit(files, { weights: { seeds: 1 } });
    expect(check(explicit, 'seeds').weight).toBe(1);
    expect(check(explicit, 'hardware').weight).toBe(0);
  });

  it('exclude adds globs to the walk, and options add theirs', async () => {
    const files = {
      'train.py': 'import numpy as np\nnp.random.seed(0)\nnp.random.rand()\n',
      'vendor/lib/noise.py': UNSEEDED,
      'scratch/try.py': UNSEEDED,
      'pyproject.toml': '[tool.repro-audit]\nexclude = ["vendor/"]\n'
    };
    const report = await audit(files, { ignore: ['scratch/'] });
    expect(check(report, 'seeds').status).toBe('pass');
    expect(report.stats.files).toBe(2);
  });

  it('the first config file found wins: .repro-audit.toml over repro-audit.toml over pyproject.toml', async () => {
    const report = await audit({
      'train.py': UNSEEDED,
      '.repro-audit.toml': '[weights]\nseeds = 1\n',
      'repro-audit.toml': '[weights]\nseeds = 2\n',
      'pyproject.toml': '[tool.repro-audit.weights]\nseeds = 3\n'
    });
    expect(check(report, 'seeds').weight).toBe(1);
    expect(report.config!.path).toBe('.repro-audit.toml');
  });

  it('ignores given as options (CLI --ignore-code) add to the file\'s', async () => {
    const report = await audit(
      { 'train.py': UNSEEDED },
      { ignoreFindings: [{ target: 'seeds.unseeded-before-use', reason: 'flag' }] }
    );
    expect(check(report, 'seeds').findings[0].ignored).toEqual({ reason: 'flag', source: 'config' });
  });

  it('an ignore with paths covers only findings in those paths', async () => {
    const report = await audit({
      'train.py': UNSEEDED,
      'demos/noise.py': UNSEEDED,
      '.repro-audit.toml': '[[ignore]]\ncode = "seeds.unseeded-before-use"\npaths = ["demos/**"]\nreason = "demos draw at random"\n'
    });
    const byPath = Object.fromEntries(check(report, 'seeds').findings.map(f => [f.path, f.ignored?.reason]));
    expect(byPath).toEqual({ 'train.py': undefined, 'demos/noise.py': 'demos draw at random' });
  });

  it('bad config never crashes: broken TOML and bad entries are config warnings, the audit goes on', async () => {
    const broken = await audit({ 'train.py': UNSEEDED, '.repro-audit.toml': '[ignore\n' });
    expect(broken.warnings).toEqual([expect.objectContaining({ code: 'config.invalid-toml', path: '.repro-audit.toml', line: 1 })]);
    expect(check(broken, 'seeds').status).toBe('fail');
    const bad = await audit({
      'train.py': UNSEEDED,
      '.repro-audit.toml': '[ignore]\nseeds = ""\n"seeds.nope" = "x"\n[weights]\nseeds = "a lot"\n'
    });
    expect(bad.warnings.map(w => w.code)).toEqual(['config.ignore-without-reason', 'config.unknown-code', 'config.bad-weight']);
    expect(check(bad, 'seeds')).toMatchObject({ status: 'fail', weight: DEFAULT_WEIGHTS.seeds });
    expect(check(bad, 'seeds').ignored).toBeUndefined();
  });

  it('a warning can be ignored by its code too', async () => {
    const report = await audit({
      'bad.py': 'def f(:\n',
      '.repro-audit.toml': '[ignore]\n"reading.python-syntax-error" = "a template with placeholders"\n'
    });
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'reading.python-syntax-error', ignored: { reason: 'a template with placeholders', source: 'config' } })
    ]);
  });
});

describe('inline ignores through the engine', () => {
  it('a comment on the finding\'s line ignores it there, with the reason written after it', async () => {
    const report = await audit({
      'train.py': 'import numpy as np\nx = np.random.rand(3)  # repro-audit: ignore[seeds.unseeded-before-use] shows noise\n',
      'other.py': UNSEEDED
    });
    const byPath = Object.fromEntries(check(report, 'seeds').findings.map(f => [f.path, f.ignored]));
    expect(byPath['train.py']).toEqual({ reason: 'shows noise', source: 'inline' });
    expect(byPath['other.py']).toBeUndefined();
  });

  it('anywhere in a notebook cell, it ignores that cell\'s findings; an item id works too', async () => {
    const nb = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: 'code', metadata: {}, execution_count: 1, outputs: [], source: 'import numpy as np' },
        {
          cell_type: 'code',
          metadata: {},
          execution_count: 2,
          outputs: [],
          source: '# repro-audit: ignore[seeds]\nx = np.random.rand(3)'
        }
      ]
    });
    const report = await audit({ 'nb.ipynb': nb });
    const seeds = check(report, 'seeds');
    expect(seeds.findings).toEqual([
      expect.objectContaining({ path: 'nb.ipynb', cell: 1, ignored: { reason: 'ignored by a comment at nb.ipynb, cell 2', source: 'inline' } })
    ]);
    expect(seeds.status).toBe('pass');
  });

  it('an unknown code in a comment is a warning at that line', async () => {
    const report = await audit({ 'train.py': 'import numpy as np\nx = np.random.rand(3)  # repro-audit: ignore[seed.typo]\n' });
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'config.inline-unknown-code', path: 'train.py', line: 2 })]);
    expect(check(report, 'seeds').findings[0].ignored).toBeUndefined();
  });
});
