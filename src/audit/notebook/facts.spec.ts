import { RepoFacts } from '../facts';
import { MemoryRepoReader } from '../memoryReader';
import { walkRepo } from '../walk';
import { NOTEBOOKS } from './facts';

async function factsOf(files: Record<string, string | Uint8Array>): Promise<RepoFacts> {
  const reader = new MemoryRepoReader({ files });
  return new RepoFacts(reader, await walkRepo(reader));
}

const GOOD = JSON.stringify({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: 'python3', language: 'python' } },
  cells: [{ cell_type: 'code', source: 'import numpy', metadata: {}, outputs: [], execution_count: 1 }]
});

describe('NOTEBOOKS', () => {
  it('parses every notebook once and reports the broken ones as warnings', async () => {
    const facts = await factsOf({
      'a/good.ipynb': GOOD,
      'b/broken.ipynb': '{"cells": [',
      'c/empty.ipynb': '{}',
      'd/binary.ipynb': new Uint8Array([0x7b, 0, 1, 2]),
      'e/latin1.ipynb': new Uint8Array([0x7b, 0xe9, 0x7d]),
      'script.py': 'x = 1'
    });
    const notebooks = await facts.get(NOTEBOOKS);
    expect(notebooks.map(n => [n.path, n.error === undefined, n.notebook?.cells.length])).toEqual([
      ['a/good.ipynb', true, 1],
      ['b/broken.ipynb', false, undefined],
      ['c/empty.ipynb', false, undefined],
      ['d/binary.ipynb', false, undefined],
      ['e/latin1.ipynb', false, undefined]
    ]);
    expect(notebooks[1].error).toMatch(/not valid JSON/);
    expect(notebooks[2].error).toMatch(/no notebook cells/);
    expect(notebooks[3].error).toBe('Notebook is a binary file, not JSON');
    expect(notebooks[4].error).toBe('Notebook is not valid UTF-8 text');
    expect(facts.warnings.map(w => [w.path, w.status])).toEqual([
      ['d/binary.ipynb', 'warn'],
      ['e/latin1.ipynb', 'warn'],
      ['b/broken.ipynb', 'warn'],
      ['c/empty.ipynb', 'warn']
    ]);
    expect(await facts.get(NOTEBOOKS)).toBe(notebooks);
  });

  it("leaves out an ablation run's executed copies, but not a folder that only looks like one", async () => {
    const facts = await factsOf({
      'nb/train.ipynb': GOOD,
      'nb/ablations/train/2026-11-23T16-05-09Z/full.ipynb': GOOD,
      'nb/ablations/train/2026-11-23T16-05-09Z/study.json': '{}',
      'ablations/study/run/model.ipynb': GOOD
    });
    expect((await facts.get(NOTEBOOKS)).map(n => n.path)).toEqual(['ablations/study/run/model.ipynb', 'nb/train.ipynb']);
  });

  it('is empty for a repo without notebooks', async () => {
    const facts = await factsOf({ 'x.py': '' });
    expect(await facts.get(NOTEBOOKS)).toEqual([]);
    expect(facts.warnings).toEqual([]);
  });
});
