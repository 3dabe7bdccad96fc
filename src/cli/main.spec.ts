import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Finding } from '../audit/report';
import { CliIO, main, packageVersion } from './main';

// Two small hand-made checks, so that exit codes and output here do not move with the real checklist.
jest.mock('../audit/checks', () => {
  const readme = {
    id: 'docs',
    title: 'README present',
    why: 'People need to know how to run it.',
    sources: [{ title: 'A source', url: 'https://example.org/why' }],
    run: async (facts: { has(path: string): boolean }) =>
      facts.has('README.md')
        ? { status: 'pass', summary: 'README.md found', findings: [] }
        : { status: 'fail', summary: 'No README', findings: [{ status: 'fail', message: 'No README.md' }] }
  };
  const todo = {
    id: 'tests',
    title: 'No TODO left',
    why: 'Unfinished code.',
    sources: [],
    run: async (facts: {
      filesWithExtension(ext: string): { path: string }[];
      text(path: string): Promise<{ text?: string }>;
    }) => {
      const findings: Finding[] = [];
      for (const file of facts.filesWithExtension('.py')) {
        const lines = ((await facts.text(file.path)).text ?? '').split('\n');
        lines.forEach((line, i) => {
          if (line.includes('TODO')) {
            findings.push({ status: 'warn', code: 'tests.none', message: 'TODO left in code', path: file.path, line: i + 1 });
          }
        });
      }
      return findings.length
        ? { status: 'warn', summary: `${findings.length} TODO`, findings }
        : { status: 'pass', summary: 'No TODO', findings: [] };
    }
  };
  return { ALL_CHECKS: [readme, todo] };
});

interface Captured extends CliIO {
  out: string[];
  err: string[];
}

function io(cwd: string, overrides: Partial<CliIO> = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    cwd,
    isTTY: false,
    env: {},
    now: () => 0,
    ...overrides
  };
}

describe('main', () => {
  let tmp: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-main-'));
    fs.mkdirSync(path.join(tmp, 'good', 'src'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'good', 'README.md'), '# Good\n');
    fs.writeFileSync(path.join(tmp, 'good', 'src', 'a.py'), 'x = 1\n# TODO: seed\n');
    fs.mkdirSync(path.join(tmp, 'bare'));
    fs.writeFileSync(path.join(tmp, 'bare', 'b.py'), 'y = 2\n');
    fs.writeFileSync(path.join(tmp, 'file.txt'), 'not a folder');
  });

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('prints a text report of DIR, relative to cwd, and exits 0', async () => {
    const cli = io(tmp);
    expect(await main(['good'], cli)).toBe(0);
    const text = cli.out.join('');
    expect(text).toContain('Reproducibility audit of good\n');
    expect(text).toContain('Score 75/100, grade B');
    expect(text).toContain('  ✓ PASS  README present');
    expect(text).toContain('      ! src/a.py:2  TODO left in code');
    expect(text).not.toContain('\x1b[');
    expect(cli.err).toEqual([]);
  });

  it('audits the current folder by default', async () => {
    const cli = io(path.join(tmp, 'good'));
    expect(await main(['--format', 'json'], cli)).toBe(0);
    expect(JSON.parse(cli.out.join('')).root).toBe('.');
  });

  it('colours text only on a TTY without --no-color or NO_COLOR', async () => {
    const tty = io(tmp, { isTTY: true });
    await main(['good'], tty);
    expect(tty.out.join('')).toContain('\x1b[32m✓ PASS');
    const flag = io(tmp, { isTTY: true });
    await main(['good', '--no-color'], flag);
    expect(flag.out.join('')).not.toContain('\x1b[');
    const env = io(tmp, { isTTY: true, env: { NO_COLOR: '1' } });
    await main(['good'], env);
    expect(env.out.join('')).not.toContain('\x1b[');
  });

  it('emits the JSON contract with weights and limits applied', async () => {
    const cli = io(tmp);
    expect(await main(['good', '--format', 'json', '--weights', 'tests=0', '--max-bytes', '3'], cli)).toBe(0);
    const report = JSON.parse(cli.out.join(''));
    expect(report).toMatchObject({ version: 1, root: 'good', score: 100 });
    expect(report.checks.map((c: { id: string; weight: number }) => `${c.id}=${c.weight}`)).toEqual(['docs=10', 'tests=0']);
    expect(report.stats).toEqual({ files: 2, bytesRead: 3, ms: 0, limitsHit: ['maxBytesPerFile'] });
  });

  it('honours --ignore and --max-files', async () => {
    const ignored = io(tmp);
    await main(['good', '--format=json', '--ignore', 'src/'], ignored);
    expect(JSON.parse(ignored.out.join('')).stats.files).toBe(1);
    const limited = io(tmp);
    await main(['good', '--format=json', '--max-files', '1'], limited);
    expect(JSON.parse(limited.out.join('')).stats.limitsHit).toEqual(['maxFiles']);
  });

  it('exits 1 below --min-score, and 0 at it', async () => {
    // bare: README fails (0 of 10), no TODO passes (10 of 10): 50.
    const below = io(tmp);
    expect(await main(['bare', '--min-score', '51'], below)).toBe(1);
    expect(below.err.join('')).toBe('repro-audit: score 50 is below --min-score 51\n');
    expect(below.out.join('')).toContain('Score 50/100');
    const at = io(tmp);
    expect(await main(['bare', '--min-score', '50'], at)).toBe(0);
    expect(at.err).toEqual([]);
  });

  it.each([
    [['--bogus'], 'repro-audit: unknown option --bogus\n'],
    [['missing'], 'repro-audit: no such folder: missing\n'],
    [['file.txt'], 'repro-audit: not a folder: file.txt\n'],
    [['good', '--max-files', 'many'], 'repro-audit: --max-files expects a number, got "many"\n']
  ])('%j is a usage error: exit 2, message on stderr', async (argv, message) => {
    const cli = io(tmp);
    expect(await main(argv, cli)).toBe(2);
    expect(cli.err.join('')).toBe(message + "Run 'repro-audit --help' for usage.\n");
    expect(cli.out).toEqual([]);
  });

  it('prints help and version', async () => {
    const help = io(tmp);
    expect(await main(['--help'], help)).toBe(0);
    expect(help.out.join('')).toMatch(/^Usage: repro-audit \[DIR\] \[options\]/);
    expect(help.out.join('')).toContain('--min-score N');
    const version = io(tmp);
    expect(await main(['--version'], version)).toBe(0);
    expect(version.out.join('')).toBe(`repro-audit ${packageVersion()}\n`);
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('writes --output to a file, picking the format from its extension', async () => {
    const cli = io(tmp);
    expect(await main(['good', '--output', 'report.sarif'], cli)).toBe(0);
    expect(cli.out).toEqual([]);
    expect(cli.err.join('')).toBe('repro-audit: score 75/100; report written to report.sarif\n');
    const sarif = JSON.parse(fs.readFileSync(path.join(tmp, 'report.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(2);
    expect(sarif.runs[0].originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/.*\/good\/$/);

    const md = io(tmp);
    expect(await main(['good', '--output', 'report.md', '--format', 'text'], md)).toBe(0);
    expect(fs.readFileSync(path.join(tmp, 'report.md'), 'utf8')).toMatch(/^Reproducibility audit of good/);
  });

  it('exits 2 when the output cannot be written', async () => {
    const cli = io(tmp);
    expect(await main(['good', '--output', 'no/such/dir/r.json'], cli)).toBe(2);
    expect(cli.err.join('')).toBe('repro-audit: cannot write no/such/dir/r.json (ENOENT)\n');
  });

  it('writes markdown to stdout', async () => {
    const cli = io(tmp);
    expect(await main(['good', '--format', 'markdown'], cli)).toBe(0);
    expect(cli.out.join('')).toContain('- ⚠️ warn `src/a.py:2` TODO left in code');
  });
});
