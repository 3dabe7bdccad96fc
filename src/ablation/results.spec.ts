import type { IOutput } from '@jupyterlab/nbformat';
import { scrapOutput } from './glue';
import { gluedMetrics, numberOf, userExpressionMetrics } from './metrics';
import { resultsCsv, resultsMarkdown, resultsTable, type VariantOutcome } from './results';

describe('metrics', () => {
  it('reads glued numbers, the last glue winning', () => {
    const outputs = [scrapOutput('acc', 0.5), scrapOutput('acc', 0.75), scrapOutput('name', 'knn'), { output_type: 'stream', name: 'stdout', text: 'x' }] as unknown as IOutput[];
    expect(gluedMetrics(outputs)).toEqual({ values: { acc: 0.75 }, problems: { name: 'Glued value name is not a number' } });
  });

  it('reads user_expressions, numbers only', () => {
    const reply = {
      acc: { status: 'ok', data: { 'text/plain': 'np.float64(0.93)' }, metadata: {} },
      label: { status: 'ok', data: { 'text/plain': "'knn'" } },
      gone: { status: 'error', ename: 'NameError', evalue: "name 'gone' is not defined" }
    };
    expect(userExpressionMetrics(reply, ['acc', 'label', 'gone', 'missing'])).toEqual({
      values: { acc: 0.93 },
      problems: {
        label: 'label is not a number',
        gone: "gone could not be read (NameError: name 'gone' is not defined)",
        missing: 'No value was returned for missing'
      }
    });
    expect([numberOf('1e-3'), numberOf('-inf'), numberOf(true), numberOf('0x1')]).toEqual([0.001, -Infinity, undefined, undefined]);
  });
});

describe('results table', () => {
  const outcomes: VariantOutcome[] = [
    { variantId: 'no-STANDARDIZE', label: 'without scale, features | "x"', seed: 1, status: 'ok', metrics: { acc: 0.7, mse: 0.5 } },
    { variantId: 'no-STANDARDIZE', label: 'without scale, features | "x"', seed: 2, status: 'ok', metrics: { acc: 0.8, mse: 0.3 } },
    { variantId: 'full', label: 'Full model', seed: 1, status: 'ok', metrics: { acc: 0.95, mse: 0.1 } },
    { variantId: 'full', label: 'Full model', seed: 2, status: 'error', metrics: {} }
  ];
  const metrics = [{ name: 'acc', direction: 'higher' as const }, { name: 'mse', direction: 'lower' as const }];

  it('puts the full model first with deltas, directions and mean ± std', () => {
    const table = resultsTable(outcomes, metrics);
    expect(table.rows.map(r => r.variantId)).toEqual(['full', 'no-STANDARDIZE']);
    expect(table.rows[0]).toMatchObject({ okRuns: 1, runs: 2, cells: { acc: { mean: 0.95, n: 1 } } });
    const acc = table.rows[1].cells.acc;
    expect(acc.mean).toBeCloseTo(0.75);
    expect(acc.std).toBeCloseTo(Math.SQRT2 * 0.05);
    expect(acc.delta).toBeCloseTo(-0.2);
    expect(acc.better).toBe(false);
    expect(table.rows[1].cells.mse.better).toBe(false);
  });

  it('exports escaped Markdown and CSV', () => {
    const table = resultsTable(outcomes, metrics);
    expect(resultsMarkdown(table)).toBe(
      '| Variant | acc ↑ | Δ acc | mse ↓ | Δ mse |\n' +
        '| --- | --- | --- | --- | --- |\n' +
        '| Full model (1/2 runs ok) | 0.950 |  | 0.100 |  |\n' +
        '| without scale, features \\| "x" | 0.750 ± 0.0707 | -0.200 | 0.400 ± 0.141 | +0.300 |\n'
    );
    const csv = resultsCsv(table).split('\r\n');
    expect(csv[0]).toBe('variant,label,ok_runs,runs,acc,acc_std,acc_n,acc_delta,mse,mse_std,mse_n,mse_delta');
    expect(csv[2].startsWith('no-STANDARDIZE,"without scale, features | ""x""",2,2,0.75')).toBe(true);
    expect(csv[1]).toBe('full,Full model,1,2,0.95,,1,,0.1,,1,');
  });
});
