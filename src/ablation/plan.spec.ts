import { parseNotebook } from '../audit/notebook/parse';
import { knnNotebook } from './__tests__/knnNotebook';
import { planAblation } from './plan';
import { discoverToggles } from './toggles';

const setup = () => discoverToggles(parseNotebook(JSON.stringify(knnNotebook())).notebook!);

describe('planAblation', () => {
  it('plans the full model and leave-one-out variants', () => {
    const { variants, notes } = planAblation(setup());
    expect(notes).toEqual([]);
    expect(variants.map(v => [v.id, v.label, v.overrides, v.skippedCells])).toEqual([
      ['full', 'Full model', {}, [5]],
      ['no-STANDARDIZE', 'without scale features', { STANDARDIZE: false }, [3, 5]],
      ['no-USE_PCA', 'without USE_PCA', { USE_PCA: false }, [4]]
    ]);
  });

  it('adds combinations under a cap and says so', () => {
    expect(planAblation(setup(), { combinations: true }).variants.map(v => v.id)).toEqual(['full', 'no-STANDARDIZE', 'no-USE_PCA', 'no-STANDARDIZE+USE_PCA']);
    const capped = planAblation(setup(), { combinations: true, maxVariants: 3 });
    expect(capped.variants).toHaveLength(3);
    expect(capped.notes).toEqual(['Only 0 of 1 combinations are planned (at most 3 variants per seed)']);
  });

  it('runs each variant per seed through the seed parameter', () => {
    const { variants } = planAblation(setup(), { seeds: [1, 2] });
    expect(variants.map(v => v.id)).toEqual(['full-seed1', 'full-seed2', 'no-STANDARDIZE-seed1', 'no-STANDARDIZE-seed2', 'no-USE_PCA-seed1', 'no-USE_PCA-seed2']);
    expect(variants[3]).toMatchObject({ baseId: 'no-STANDARDIZE', seed: 2, overrides: { STANDARDIZE: false, SEED: 2 } });
  });
});
