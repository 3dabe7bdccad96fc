import type { Check } from './check';
import { runAudit } from './engine';
import { MemoryRepoReader } from './memoryReader';
import { CHECK_IDS, scoreOf } from './report';

const fixed = (id: Check['id'], status: 'pass' | 'warn' | 'fail' | 'na'): Check => ({
  id,
  title: id,
  why: 'because',
  sources: [],
  run: async () => ({ status, summary: status, findings: [] })
});

describe('runAudit', () => {
  it('reports the ten items in order, with the JSON contract fields', async () => {
    const report = await runAudit(new MemoryRepoReader({ files: { 'README.md': '# x\n' } }), { now: () => 0 });
    expect(report.version).toBe(1);
    expect(report.checks.map(c => c.id)).toEqual([...CHECK_IDS]);
    expect(report.stats).toEqual({ files: 1, bytesRead: expect.any(Number), ms: 0, limitsHit: [] });
    expect(report.score).toBe(scoreOf(report.checks));
  });

  it('scores the weighted share of applicable items', async () => {
    const reader = new MemoryRepoReader({ files: {} });
    const checks = [fixed('seeds', 'pass'), fixed('docs', 'warn'), fixed('tests', 'fail'), fixed('data', 'na')];
    const report = await runAudit(reader, { checks, weights: { seeds: 20, docs: 10, tests: 10, data: 50 } });
    // (20 * 1 + 10 * 0.5 + 10 * 0) / 40
    expect(report.score).toBe(63);
    const reweighted = await runAudit(reader, { checks, weights: { seeds: 0, docs: 10, tests: 10 } });
    expect(reweighted.score).toBe(25);
  });

  it('keeps the report when one check throws', async () => {
    const broken: Check = { ...fixed('model', 'pass'), run: async () => Promise.reject(new Error('boom')) };
    const report = await runAudit(new MemoryRepoReader({ files: {} }), { checks: [broken, fixed('docs', 'pass')] });
    expect(report.checks[0]).toMatchObject({ id: 'model', status: 'na' });
    expect(report.checks[0].findings[0].message).toMatch(/Internal error in the model check: boom/);
    expect(report.score).toBe(100);
  });

  it('says when a 100,000-file tree hits the file limit', async () => {
    const files: Record<string, string> = {};
    for (let d = 0; d < 100; d++) {
      for (let f = 0; f < 1000; f++) {
        files[`d${d}/f${f}.txt`] = '';
      }
    }
    const report = await runAudit(new MemoryRepoReader({ files }), { checks: [fixed('docs', 'pass')] });
    expect(report.stats.files).toBe(20000);
    expect(report.stats.limitsHit).toEqual(['maxFiles']);
    expect(report.warnings.map(w => w.message)).toContainEqual(expect.stringMatching(/more than 20000 files/));
  });

  it('says when a file is larger than the per-file byte limit', async () => {
    const big = 'x = 1\n'.repeat(5000);
    const report = await runAudit(new MemoryRepoReader({ files: { 'big.py': big } }), { maxBytesPerFile: 4096 });
    expect(report.stats.limitsHit).toContain('maxBytesPerFile');
    expect(report.warnings).toContainEqual(expect.objectContaining({ path: 'big.py', message: expect.stringMatching(/per-file limit/) }));
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runAudit(new MemoryRepoReader({ files: { a: '' } }), { signal: controller.signal })).rejects.toThrow();
  });
});
