import { analysisResultOf } from './analyzer';
import { AnalysisHelpers, BATCH_CHARS, analyzeWithHelpers, batchesOf } from './sharedAnalysis';

const moduleText = (k: number) => `import numpy as np\n\nSEED = ${k}\nrng = np.random.default_rng(SEED)\n# ${'x'.repeat(BATCH_CHARS / 4)}\n`;
const SOURCES = Array.from({ length: 12 }, (_, k) => moduleText(k));
const turn = () => new Promise<void>(resolve => setImmediate(resolve));

describe('batchesOf', () => {
  it('cuts the sources in order into batches of about BATCH_CHARS', () => {
    const batches = batchesOf(SOURCES);
    expect(batches.flat()).toEqual(SOURCES.map((_, k) => k));
    expect(batches.length).toBe(3);
    expect(batchesOf([])).toEqual([]);
  });
});

describe('analyzeWithHelpers', () => {
  it('gives every source its own result, in order, whoever analysed it', async () => {
    const helped: number[] = [];
    const helpers: AnalysisHelpers = {
      slots: 2,
      analyze: async batch => {
        helped.push(batch.length);
        await turn();
        return batch.map(analysisResultOf);
      },
      yieldTurn: turn
    };
    const results = await analyzeWithHelpers(SOURCES, helpers);
    expect(results).toEqual(SOURCES.map(analysisResultOf));
    expect(helped.length).toBeGreaterThan(0);
  });

  it('does a lost helper\'s batch and the rest here, and says the helper failed once', async () => {
    let failures = 0;
    let asked = 0;
    const results = await analyzeWithHelpers(SOURCES, {
      slots: 2,
      analyze: async () => {
        asked++;
        throw new Error('gone');
      },
      yieldTurn: turn,
      failed: () => failures++
    });
    expect(results).toEqual(SOURCES.map(analysisResultOf));
    expect(failures).toBeGreaterThanOrEqual(1);
    expect(asked).toBeLessThanOrEqual(2);
  });
});
