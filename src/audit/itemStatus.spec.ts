/** The one rule between an item's status and its findings' statuses (itemStatus.ts), alone and on real checks. */
import { runAudit } from './engine';
import { pinnedCheck } from './checks/pinned';
import { seedsCheck } from './checks/seeds';
import { settleItemStatus } from './itemStatus';
import { MemoryRepoReader } from './memoryReader';
import type { CheckResult, Finding, Status } from './report';

function item(status: Status, findings: Partial<Finding>[], summary = 'the summary'): CheckResult {
  return {
    id: 'seeds',
    title: 'Random seeds',
    weight: 15,
    why: '',
    sources: [],
    status,
    summary,
    findings: findings.map((f, i) => ({ status: 'warn', code: 'seeds.call-without-seed', message: `f${i}`, ...f }))
  };
}

const statuses = (c: CheckResult) => c.findings.map(f => f.status);

describe('settleItemStatus', () => {
  it('shows no finding worse than its item: a fail under a warn item is shown as a warn', () => {
    const settled = settleItemStatus(item('warn', [{ status: 'fail' }, { status: 'pass' }]));
    expect(settled.status).toBe('warn');
    expect(statuses(settled)).toEqual(['warn', 'pass']);
  });

  it('puts the summary first, at the item status, when the item is worse than all its findings', () => {
    const settled = settleItemStatus(item('fail', [{ status: 'warn' }, { status: 'warn' }], '0 of 2 pinned'));
    expect(settled.findings[0]).toEqual({ status: 'fail', code: 'seeds.item-status', message: '0 of 2 pinned' });
    expect(statuses(settled)).toEqual(['fail', 'warn', 'warn']);
  });

  it('adds nothing when a finding already carries the item status, and nothing to passing items', () => {
    expect(settleItemStatus(item('warn', [{ status: 'warn' }, { status: 'pass' }])).findings).toHaveLength(2);
    expect(settleItemStatus(item('pass', [])).findings).toEqual([]);
  });

  it('leaves items that do not apply as they are', () => {
    const na = item('na', [{ status: 'warn', code: 'reading.internal-error' }]);
    expect(settleItemStatus(na)).toBe(na);
  });

  it('never counts info: advice is not a reason, so a warn item with only advice says why', () => {
    const settled = settleItemStatus(item('warn', [{ status: 'info' }], 'one notebook with gaps'));
    expect(statuses(settled)).toEqual(['warn', 'info']);
    const passing = settleItemStatus(item('pass', [{ status: 'info' }]));
    expect(statuses(passing)).toEqual(['info']);
  });

  it('ignoring findings lowers the item to the worst finding left, a pass when none is left', () => {
    const ignored = { reason: 'on purpose', source: 'config' as const };
    const partly = settleItemStatus(item('fail', [{ status: 'fail', ignored }, { status: 'warn' }]));
    expect(partly.status).toBe('warn');
    expect(statuses(partly)).toEqual(['fail', 'warn']);
    const all = settleItemStatus(item('fail', [{ status: 'fail', ignored }], '0 of 1 seeded'));
    expect(all.status).toBe('pass');
    // The summary says why a "0 of 1" item passes.
    expect(all.summary).toBe('0 of 1 seeded; 1 finding ignored');
    // An ignored finding keeps its own status: it is shown as what it was, marked ignored.
    expect(all.findings).toEqual([{ status: 'fail', code: 'seeds.call-without-seed', message: 'f0', ignored }]);
  });

  it('an item worse than every finding for a reason of its own stays so when some findings are ignored', () => {
    const ignored = { reason: 'not ours', source: 'inline' as const };
    const settled = settleItemStatus(item('fail', [{ status: 'warn', ignored }, { status: 'warn' }], 'none pinned'));
    expect(settled.status).toBe('fail');
    expect(settled.findings[0]).toMatchObject({ status: 'fail', message: 'none pinned' });
  });
});

describe('the rule on real checks', () => {
  it('"Random seeds: Warning" over unseeded files shows their findings as warnings, not failures', async () => {
    const report = await runAudit(
      new MemoryRepoReader({
        files: {
          'a.py': 'import numpy as np\nnp.random.seed(0)\nnp.random.rand()\n',
          'b.py': 'import numpy as np\nnp.random.rand()\n',
          'c.py': 'import random\nrandom.random()\n'
        }
      }),
      { checks: [seedsCheck] }
    );
    const seeds = report.checks[0];
    expect(seeds.status).toBe('warn');
    expect(seeds.findings.filter(f => f.status === 'fail')).toEqual([]);
    expect(seeds.findings.map(f => [f.status, f.path])).toEqual(
      expect.arrayContaining([
        ['warn', 'b.py'],
        ['warn', 'c.py']
      ])
    );
  });

  it('"Versions pinned: Fail" over warnings only leads with the summary as a failure', async () => {
    const report = await runAudit(
      new MemoryRepoReader({ files: { 'requirements.txt': 'numpy\npandas>=2\nscipy\ntorch\n', 'run.py': 'import numpy\n' } }),
      { checks: [pinnedCheck] }
    );
    const pinned = report.checks[0];
    expect(pinned.status).toBe('fail');
    expect(pinned.findings[0]).toEqual({ status: 'fail', code: 'pinned.item-status', message: pinned.summary });
    expect(pinned.summary).toBe('0 of 4 declared packages pinned');
    expect(pinned.findings.slice(1).every(f => f.status === 'warn' && f.code === 'pinned.not-exact')).toBe(true);
  });
});
