/**
 * The leakage suite (src/audit/leakage/cases, `npm run leakage-suite`) as a test: precision of at least 95% and
 * recall of at least 90% for each kind of leak, every case applies (or is `na`) as its header says, and each
 * case finds exactly the leaks its header names (so that a case added for a class of code is its test).
 */
import * as path from 'path';
import { loadCases } from '../../corpus/leakageSuite';
import { runSuite, suiteTable } from './suite';

const CASES = path.join(__dirname, 'cases');

describe('the leakage suite', () => {
  it('has at least 40 cases, with each kind, clean look-alikes, notebooks and repo modules among them', () => {
    const cases = loadCases(CASES);
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const headers = cases.map(c => c.files[c.main]);
    for (const kind of ['preprocessing@', 'overlap@', 'multi-test@', 'leakage: none', 'leakage: na']) {
      expect(headers.filter(h => h.includes(kind)).length).toBeGreaterThan(0);
    }
    expect(cases.filter(c => c.main.endsWith('.ipynb')).length).toBeGreaterThanOrEqual(4);
    expect(cases.filter(c => Object.keys(c.files).length > 1).length).toBeGreaterThanOrEqual(2);
  });

  it('finds each kind with precision >= 95% and recall >= 90%, at the expected places', async () => {
    const result = await runSuite(loadCases(CASES));
    const table = suiteTable(result);
    for (const kind of result.kinds) {
      expect({ kind: kind.kind, precisionOk: kind.precision >= 0.95, table }).toEqual({ kind: kind.kind, precisionOk: true, table });
      expect({ kind: kind.kind, recallOk: kind.recall >= 0.9, table }).toEqual({ kind: kind.kind, recallOk: true, table });
    }
    expect(result.cases.filter(c => !c.statusRight).map(c => c.name)).toEqual([]);
    const wrong = result.cases.filter(c => c.falsePositives.length > 0 || c.falseNegatives.length > 0);
    expect(wrong.map(c => ({ name: c.name, expected: c.expected, found: c.found }))).toEqual([]);
  });
});
