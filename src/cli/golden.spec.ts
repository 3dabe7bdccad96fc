/**
 * The whole chain on the demo repo: FsRepoReader, the ten checks, the JSON formatter, main.
 * A change in any check's verdict on examples/demo shows up here as a diff; when the change is
 * intended, rewrite the golden file with `UPDATE_GOLDEN=1 npx jest src/cli/golden`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { main } from './main';

const PROJECT = path.resolve(__dirname, '..', '..');
const GOLDEN = path.join(__dirname, '__golden__', 'demo.json');

describe('repro-audit examples/demo --format json', () => {
  it('matches the golden report', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['examples/demo', '--format', 'json'], {
      stdout: { write: t => out.push(t) },
      stderr: { write: t => err.push(t) },
      cwd: PROJECT,
      isTTY: false,
      env: {},
      // A fixed clock: stats.ms is 0, so the report is the same byte for byte on every machine.
      now: () => 0
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const actual = out.join('');
    expect(JSON.parse(actual).stats.ms).toBe(0);
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.mkdirSync(path.dirname(GOLDEN), { recursive: true });
      fs.writeFileSync(GOLDEN, actual);
    }
    expect(actual).toBe(fs.readFileSync(GOLDEN, 'utf8'));
  });
});
