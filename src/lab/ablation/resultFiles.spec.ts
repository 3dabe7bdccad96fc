/** Exports go into the run folder as results.md / results.csv, written as text through the Contents API. */
import type { Contents } from '@jupyterlab/services';
import { resultsCsv, resultsMarkdown } from '../../ablation';
import { inStudyFolder, saveResults, studiesFolderOf } from './resultFiles';
import { TABLE } from './__tests__/fixtures';

it('names the studies folder and paths inside a run folder', () => {
  expect(studiesFolderOf('papers/exp/Train.IPYNB')).toBe('ablations/Train/');
  expect(studiesFolderOf('demo.ipynb')).toBe('ablations/demo/');
  expect(inStudyFolder('nb/ablations/demo/run1/', 'full.ipynb')).toBe('nb/ablations/demo/run1/full.ipynb');
  expect(inStudyFolder('', 'full.ipynb')).toBe('full.ipynb');
});

it.each([
  ['markdown' as const, 'results.md', resultsMarkdown(TABLE)],
  ['csv' as const, 'results.csv', resultsCsv(TABLE)]
])('saves the %s table into the run folder', async (format, name, text) => {
  const saved: [string, Partial<Contents.IModel>][] = [];
  const contents = { save: async (path: string, model: Partial<Contents.IModel>) => (saved.push([path, model]), {}) } as unknown as Contents.IManager;
  expect(await saveResults(contents, 'nb/ablations/demo/run1', format, TABLE)).toBe(`nb/ablations/demo/run1/${name}`);
  expect(saved).toEqual([[`nb/ablations/demo/run1/${name}`, { type: 'file', format: 'text', content: text }]]);
});
