import { RepoFacts } from '../facts';
import * as analyze from '../python/analyze';
import { MemoryRepoReader } from '../memoryReader';
import { walkRepo } from '../walk';
import { NOTEBOOK_TOP_CELLS } from './topCells';

function notebookJson(sources: string[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', language: 'python' } },
    cells: sources.map(source => ({ cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null }))
  });
}

describe('NOTEBOOK_TOP_CELLS', () => {
  it('reads the first non-empty code cells in full, once, on first use, from the cells as parsed for the notebook', async () => {
    const reader = new MemoryRepoReader({
      files: { 'a.ipynb': notebookJson(['import os', '', 'def f():\n    epochs = 10\n    return epochs', 'lr = 0.1', 'late = 1']) }
    });
    const facts = new RepoFacts(reader, await walkRepo(reader));
    const parse = jest.spyOn(analyze, 'analyzePython');
    const read = jest.spyOn(analyze, 'analyzeParsedCells');
    const top = (await facts.get(NOTEBOOK_TOP_CELLS)).get('a.ipynb')!;
    expect(read).not.toHaveBeenCalled();
    const analysis = top.analysis;
    expect(top.analysis).toBe(analysis);
    expect(read).toHaveBeenCalledTimes(1);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    read.mockRestore();
    // The function body is parsed too; the fourth non-empty cell is not a top cell.
    expect(analysis.assignments.map(a => [a.target, a.scope])).toEqual([
      ['epochs', 'f'],
      ['lr', undefined]
    ]);
    const lr = analysis.assignments[1];
    expect(top.evidence(lr.line)).toEqual({ path: 'a.ipynb', cell: 3, line: 1 });
  });
});
