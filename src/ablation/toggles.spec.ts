import { parseNotebook } from '../audit/notebook/parse';
import { knnNotebook } from './__tests__/knnNotebook';
import { discoverToggles, literalValue } from './toggles';
import { suggestMetrics } from './suggest';

const parsed = () => parseNotebook(JSON.stringify(knnNotebook())).notebook!;

describe('discoverToggles', () => {
  it('finds parameter and cell toggles with labels', () => {
    const setup = discoverToggles(parsed());
    expect(setup.parametersCell).toBe(1);
    expect(setup.seedParameter).toBe('SEED');
    expect(setup.defaultParameters).toEqual({ STANDARDIZE: true, USE_PCA: true, SEED: 0 });
    expect(setup.toggles).toEqual([
      { name: 'STANDARDIZE', label: 'scale features', parameter: { line: 1, defaultValue: true }, componentCells: [3], offOnlyCells: [] },
      { name: 'USE_PCA', label: 'USE_PCA', parameter: { line: 2, defaultValue: true }, componentCells: [4], offOnlyCells: [5] }
    ]);
    expect(setup.taggedCells).toEqual([
      { index: 3, components: ['STANDARDIZE'], offOnly: [] },
      { index: 4, components: ['USE_PCA'], offOnly: [] },
      { index: 5, components: [], offOnly: ['USE_PCA'] }
    ]);
  });

  it('warns about values derived from a toggle in the parameters cell', () => {
    const { warnings } = discoverToggles(parsed());
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ cell: 1, line: 4 });
    expect(warnings[0].message).toContain('SCALE is derived from STANDARDIZE');
  });

  it('warns about orphan ablation-off tags, False defaults and duplicate parameters cells', () => {
    const nb = knnNotebook() as { cells: Array<Record<string, unknown>> };
    nb.cells[1].source = 'FAST = False\n';
    nb.cells[2].metadata = { tags: ['parameters', 'ablation-off:GHOST'] };
    const setup = discoverToggles(parseNotebook(JSON.stringify(nb)).notebook!);
    const messages = setup.warnings.map(w => w.message);
    expect(messages).toContain('Cell 3 is also tagged parameters; only the first one is used');
    expect(messages).toContain('ablation-off:GHOST has no matching ablation:GHOST cell or parameter');
    expect(messages).toContain('FAST is already False in the full notebook; its variant switches it to True');
  });

  it('reads literals only', () => {
    expect(literalValue('True')).toBe(true);
    expect(literalValue('1_000')).toBe(1000);
    expect(literalValue('"a"')).toBe('a');
    expect(literalValue('f(x)')).toBeUndefined();
  });
});

describe('suggestMetrics', () => {
  it('suggests assigned scoring calls with their direction', () => {
    expect(suggestMetrics(parsed())).toEqual([
      { name: 'acc', direction: 'higher', callee: 'accuracy_score', cell: 6, line: 4 },
      { name: 'mse', direction: 'lower', callee: 'mean_squared_error', cell: 6, line: 5 },
      { name: 'self_score', direction: 'higher', callee: 'clf.score', cell: 6, line: 6 }
    ]);
  });
});
