import { parseNotebook } from '../audit/notebook/parse';
import { knnNotebook } from './__tests__/knnNotebook';
import { GLUE_HELPER_SOURCE, SCRAP_JSON_MIME, scrapOutput } from './glue';
import { injectedParametersSource, injectVariant } from './inject';
import { planAblation } from './plan';
import { pythonRepr } from './pythonLiteral';
import { discoverToggles } from './toggles';

const text = JSON.stringify(knnNotebook());
const setup = discoverToggles(parseNotebook(text).notebook!);
const [, noScale] = planAblation(setup).variants;

describe('injectVariant', () => {
  it('injects parameters after the parameters cell and replaces skipped cells', () => {
    const { notebook, cellsToRun, error } = injectVariant(text, noScale, { defaultParameters: setup.defaultParameters, outputPath: 'no-STANDARDIZE.ipynb' });
    expect(error).toBeUndefined();
    const reparsed = parseNotebook(JSON.stringify(notebook)).notebook!;
    expect(reparsed.cells.map(c => c.tags)).toEqual([[], ['parameters'], ['injected-parameters'], [], ['ablation:STANDARDIZE', 'ablation-skipped'], ['ablation:USE_PCA'], ['ablation-off:USE_PCA', 'ablation-skipped'], []]);
    expect(reparsed.cells[2].source).toBe('# Parameters\nSTANDARDIZE = False\n');
    expect(reparsed.cells[4].cellType).toBe('markdown');
    expect(cellsToRun.map(c => c.cell)).toEqual([1, 2, 3, 5, 7]);
    const meta = (notebook as { metadata: { papermill: Record<string, unknown> } }).metadata.papermill;
    expect(meta.parameters).toEqual({ STANDARDIZE: false });
    expect(meta.default_parameters).toEqual({ STANDARDIZE: true, USE_PCA: true, SEED: 0 });
    expect(meta.output_path).toBe('no-STANDARDIZE.ipynb');
    const cells = (notebook as { cells: Array<Record<string, unknown>> }).cells;
    expect(cells[2].id).toBe('injected-parameters');
    expect(new Set(cells.map(c => c.id)).size).toBe(cells.length);
  });

  it('removes skipped cells on request, replaces an old injection, and is deterministic', () => {
    const once = injectVariant(text, noScale, { skipped: 'remove' });
    const twice = injectVariant(once.notebook!, noScale, { skipped: 'remove' });
    expect(once.notebook!.cells).toHaveLength(6);
    expect(JSON.stringify(injectVariant(text, noScale).notebook)).toBe(JSON.stringify(injectVariant(text, noScale).notebook));
    expect((twice.notebook!.cells as unknown[]).filter(c => JSON.stringify(c).includes('"injected-parameters"'))).toHaveLength(1);
  });

  it('puts the injection first without a parameters cell and refuses bad input', () => {
    const nb = { nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [{ cell_type: 'code', metadata: {}, outputs: [{ output_type: 'stream' }], execution_count: 3, source: ['x = 1\n'] }] };
    const { notebook, cellsToRun } = injectVariant(nb, { ...noScale, overrides: { name: "it's" } });
    expect(cellsToRun).toEqual([{ cell: 0, source: "# Parameters\nname = \"it's\"\n" }, { cell: 1, source: 'x = 1\n' }]);
    expect((notebook!.cells as Array<Record<string, unknown>>)[1]).toMatchObject({ outputs: [], execution_count: null });
    expect('id' in (notebook!.cells as Array<Record<string, unknown>>)[0]).toBe(false);
    expect(injectVariant('{', noScale).error).toContain('not valid JSON');
    expect(injectVariant({ nbformat: 3, worksheets: [] }, noScale).error).toContain('nbformat 4');
  });
});

describe('python literals', () => {
  it('writes values as Python repr does', () => {
    expect([true, false, null, 3, 0.1, 1e-7, 2.5e16, 1.5, -0.25, NaN].map(v => pythonRepr(v))).toEqual(
      ['True', 'False', 'None', '3', '0.1', '1e-07', '2.5e+16', '1.5', '-0.25', "float('nan')"]
    );
    expect(pythonRepr('a\'b"c\\\n')).toBe("'a\\'b\"c\\\\\\n'");
    expect(injectedParametersSource({ A: true, B: 'x' })).toBe("# Parameters\nA = True\nB = 'x'\n");
  });
});

describe('glue convention', () => {
  it('shapes a scrap and offers a helper', () => {
    expect(scrapOutput('acc', 0.9)).toEqual({
      output_type: 'display_data',
      data: { [SCRAP_JSON_MIME]: { name: 'acc', data: 0.9, encoder: 'json', version: 1 } },
      metadata: { scrapbook: { name: 'acc', data: true, display: false } }
    });
    expect(GLUE_HELPER_SOURCE).toContain('def glue(name, value):');
    expect(GLUE_HELPER_SOURCE).toContain(SCRAP_JSON_MIME);
  });
});
