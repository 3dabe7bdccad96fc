import { MemoryRepoReader } from '../../audit/memoryReader';
import type { RepoReader } from '../../audit/reader';
import { ObservedReader } from './observedReader';

describe('ObservedReader', () => {
  it("passes the audited folder's own entry through, which the walk needs to cut links above the repo", async () => {
    const inner: RepoReader = Object.assign(new MemoryRepoReader({ files: { 'a.py': '' } }, 'repo'), {
      rootEntry: async () => ({ name: 'repo', stamp: 't' })
    });
    expect(await new ObservedReader(inner).rootEntry()).toEqual({ name: 'repo', stamp: 't' });
    expect(await new ObservedReader(new MemoryRepoReader({ files: {} })).rootEntry()).toBeUndefined();
  });
});
