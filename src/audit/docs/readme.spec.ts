import { MemoryRepoReader } from '../memoryReader';
import { RepoFacts } from '../facts';
import { walkRepo } from '../walk';
import { README, readmePathOf } from './readme';

describe('readmePathOf', () => {
  it('takes a root README of the richest format, any case', () => {
    expect(readmePathOf(['README', 'readme.rst', 'Readme.md'])).toBe('Readme.md');
    expect(readmePathOf(['README.txt', 'README'])).toBe('README.txt');
    expect(readmePathOf(['docs/README.md', 'READMEFIRST.md'])).toBeUndefined();
  });
});

describe('README fact', () => {
  const factsOf = async (files: Record<string, string | Uint8Array>) => {
    const reader = new MemoryRepoReader({ files });
    return new RepoFacts(reader, await walkRepo(reader));
  };

  it('outlines the README', async () => {
    const readme = await (await factsOf({ 'README.rst': 'Title\n=====\n' })).get(README);
    expect(readme?.path).toBe('README.rst');
    expect(readme?.outline?.headings).toEqual([{ level: 1, text: 'Title', line: 1 }]);
  });

  it('reports an unreadable README as a problem, and no README as undefined', async () => {
    const binary = await (await factsOf({ 'README.md': new Uint8Array([0, 1, 2]) })).get(README);
    expect(binary).toEqual({ path: 'README.md', problem: 'binary' });
    expect(await (await factsOf({ 'a.py': '' })).get(README)).toBeUndefined();
  });
});
