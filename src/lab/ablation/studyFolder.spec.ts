import { runIdOf, studiesFolder, uniqueRunId } from './studyFolder';

describe('study folder names', () => {
  it('puts studies beside the notebook, under ablations/<stem>', () => {
    expect(studiesFolder('demo/notebooks/ablation.ipynb')).toBe('demo/notebooks/ablations/ablation');
    expect(studiesFolder('top.ipynb')).toBe('ablations/top');
  });

  it('names runs by UTC second, sortably, and never twice', () => {
    const id = runIdOf(new Date(Date.UTC(2026, 10, 23, 16, 5, 9, 750)));
    expect(id).toBe('2026-11-23T16-05-09Z');
    expect(uniqueRunId(id, new Set(), 'x')).toBe(id);
    // Claimed by this page already, or taken on the server: the next suffix.
    expect(uniqueRunId(id, new Set(), 'x')).toBe(`${id}-2`);
    expect(uniqueRunId(id, new Set([id, `${id}-2`, `${id}-3`]), 'y')).toBe(`${id}-4`);
    expect([`${id}-2`, id, '2026-11-23T16-05-10Z'].sort()).toEqual([id, `${id}-2`, '2026-11-23T16-05-10Z']);
  });
});
