import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli as run } from './__tests__/runCli';

const DEMO_NOTEBOOK = path.resolve(__dirname, '../../examples/demo/notebooks/train.ipynb');

describe('repro-audit fix baseline', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'baseline-fix-'));
    fs.mkdirSync(path.join(tmp, 'notebooks'));
    fs.copyFileSync(DEMO_NOTEBOOK, path.join(tmp, 'notebooks', 'train.ipynb'));
    fs.writeFileSync(path.join(tmp, 'notes.ipynb'), JSON.stringify({ cells: [], metadata: {}, nbformat: 4, nbformat_minor: 5 }));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints the baseline cell as a diff in a dry run, writes it otherwise, and finds nothing left to do after', async () => {
    const before = fs.readFileSync(path.join(tmp, 'notebooks', 'train.ipynb'), 'utf8');
    const dry = await run(['fix', 'baseline', '--dry-run'], tmp);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('+++ b/notebooks/train.ipynb (cell ');
    expect(dry.out).toContain('+baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)');
    expect(dry.err).toContain('1 of 1 file would change.');
    expect(fs.readFileSync(path.join(tmp, 'notebooks', 'train.ipynb'), 'utf8')).toBe(before);

    const wet = await run(['fix', 'baseline'], tmp);
    expect(wet.code).toBe(0);
    expect(wet.out).toMatch(/notebooks\/train\.ipynb: fixed\n {2}baseline cell inserted after cell \d+ \(DummyClassifier, scored with /);
    const cells = JSON.parse(fs.readFileSync(path.join(tmp, 'notebooks', 'train.ipynb'), 'utf8')).cells;
    expect(cells.filter((c: { metadata: { tags?: string[] } }) => c.metadata.tags?.includes('repro-audit:baseline'))).toHaveLength(1);

    const again = await run(['fix', 'baseline'], tmp);
    expect(again.out).toBe('No notebook scores a model without a baseline: nothing to fix.\n');
    const named = await run(['fix', 'baseline', 'notebooks/train.ipynb'], tmp);
    expect(named.out).toContain('notebooks/train.ipynb: baseline cell up to date');
  });

  it('refuses a file that is not a notebook or lies outside the root, and unknown options', async () => {
    fs.writeFileSync(path.join(tmp, 'train.py'), 'print(1)\n');
    expect((await run(['fix', 'baseline', 'train.py'], tmp)).err).toContain('not a notebook: train.py');
    expect((await run(['fix', 'baseline', '--root', 'notebooks', 'notes.ipynb'], tmp)).err).toContain('outside the repo root');
    const bad = await run(['fix', 'baseline', '--seed', '3'], tmp);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--seed is for fix seeds');
    expect((await run(['fix', 'baseline', '--help'], tmp)).out).toContain('repro-audit fix baseline [NOTEBOOK...] [--dry-run] [--root DIR]');
  });
});
