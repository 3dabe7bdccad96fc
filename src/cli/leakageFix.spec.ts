import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { leakageCheck } from '../audit/checks/leakage';
import { runAudit } from '../audit/engine';
import { FsRepoReader } from './fsReader';
import { runCli as run } from './__tests__/runCli';

const CASES = path.resolve(__dirname, '../audit/leakage/cases');

describe('repro-audit fix leakage', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'leakage-fix-'));
    for (const name of ['pre_scaler_before_split.py', 'pre_notebook_split_later.ipynb', 'pre_fillna_mean.py']) {
      fs.copyFileSync(path.join(CASES, name), path.join(tmp, name));
    }
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints a diff with --dry-run and writes nothing', async () => {
    const before = fs.readFileSync(path.join(tmp, 'pre_scaler_before_split.py'), 'utf8');
    const { code, out, err } = await run(['fix', 'leakage', 'pre_scaler_before_split.py', '--dry-run'], tmp);
    expect(code).toBe(0);
    expect(out).toContain('+X_train = standard_scaler.fit_transform(X_train)');
    expect(err).toContain('pre_scaler_before_split.py: would change');
    expect(fs.readFileSync(path.join(tmp, 'pre_scaler_before_split.py'), 'utf8')).toBe(before);
  });

  it('fixes every file the check flags with a fix, after which the item passes on them', async () => {
    const { code, out } = await run(['fix', 'leakage'], tmp);
    expect(code).toBe(0);
    expect(out).toContain('pre_scaler_before_split.py: fixed');
    expect(out).toContain('pre_notebook_split_later.ipynb: fixed');
    // A mean used to fill is not a shape the fix rewrites: its finding stays, with no fix offered.
    const check = (await runAudit(new FsRepoReader(tmp), { checks: [leakageCheck] })).checks[0];
    // (The baseline advice, info, stays too: these cases score models with no baseline.)
    expect(check.findings.filter(f => f.code !== 'leakage.no-baseline').map(f => f.path)).toEqual(['pre_fillna_mean.py']);
    JSON.parse(fs.readFileSync(path.join(tmp, 'pre_notebook_split_later.ipynb'), 'utf8'));
  });

  it('refuses a path outside the repo', async () => {
    const { code, err } = await run(['fix', 'leakage', path.join(CASES, 'pre_fillna_mean.py')], tmp);
    expect(code).toBe(2);
    expect(err).toMatch(/outside the repo root/);
  });
});
