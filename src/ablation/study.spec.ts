import { parseNotebook } from '../audit/notebook/parse';
import { knnNotebook } from './__tests__/knnNotebook';
import { planAblation } from './plan';
import { buildStudy, parseStudy, reusableVariants, studyCodeHash, studyJson } from './study';
import { discoverToggles } from './toggles';

const notebook = parseNotebook(JSON.stringify(knnNotebook())).notebook!;
const setup = discoverToggles(notebook);
const { variants } = planAblation(setup);
const input = {
  notebookPath: 'knn.ipynb',
  notebook,
  toggles: setup.toggles,
  metrics: [{ name: 'acc', direction: 'higher' as const }],
  variants,
  records: { full: { status: 'ok' as const, metrics: { acc: 0.95 }, durationSeconds: 1.5 }, 'no-STANDARDIZE': { status: 'error' as const, errors: ['ValueError'] } },
  packageVersions: { 'scikit-learn': '1.5.0' }
};

describe('study.json', () => {
  it('is byte-stable and records every planned variant', () => {
    const text = studyJson(buildStudy(input));
    expect(studyJson(buildStudy({ ...input, packageVersions: { 'scikit-learn': '1.5.0' } }))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    const study = parseStudy(text).study!;
    expect(study.schemaVersion).toBe(1);
    expect(study.kernelspec).toEqual({ name: 'python3', display_name: 'Python 3', language: 'python' });
    expect(study.variants.map(v => [v.id, v.status, v.notebookPath])).toEqual([
      ['full', 'ok', 'full.ipynb'],
      ['no-STANDARDIZE', 'error', 'no-STANDARDIZE.ipynb'],
      ['no-USE_PCA', 'skipped', 'no-USE_PCA.ipynb']
    ]);
    expect(text.indexOf('"codeHash"')).toBeLessThan(text.indexOf('"variants"'));
    expect(parseStudy('{').error).toContain('not valid JSON');
    expect(parseStudy('{"schemaVersion": 9}').error).toBe('study.json is not a schema 1 study');
  });

  it('reuses only ok variants of the same code, overrides and seed', () => {
    const stored = parseStudy(studyJson(buildStudy(input))).study!;
    const hash = studyCodeHash(notebook);
    expect([...reusableVariants(stored, hash, variants).keys()]).toEqual(['full']);
    expect(reusableVariants(stored, 'other', variants).size).toBe(0);
    expect(reusableVariants(stored, hash, variants, 'ir').size).toBe(0);
    const seeded = planAblation(setup, { seeds: [1] }).variants;
    expect(reusableVariants(stored, hash, seeded).size).toBe(0);
  });
});
