import { runCheck } from '../__tests__/checkHarness';
import type { MemoryRepoSpec } from '../memoryReader';
import { leakageCheck } from './leakage';

async function run(files: MemoryRepoSpec['files']) {
  return (await runCheck(leakageCheck, { files })).outcome;
}

describe('leakageCheck', () => {
  it('does not apply to code that neither splits data nor fits and scores a model', async () => {
    const unsupervised = 'from sklearn.cluster import KMeans\nimport pandas as pd\ndf = pd.read_csv("d.csv")\nKMeans(3).fit(df)\n';
    expect((await run({ 'explore.py': unsupervised, 'README.md': '# X' })).status).toBe('na');
  });

  it('applies to code that splits data, and to a model fit and scored', async () => {
    const split = 'from sklearn.model_selection import train_test_split as tts\na, b = tts([1, 2, 3, 4])\n';
    expect((await run({ 'split.py': split })).status).not.toBe('na');
    const scored = 'from sklearn.metrics import accuracy_score\nm.fit(X, y)\nprint(accuracy_score(y2, m.predict(X2)))\n';
    expect((await run({ 'train.py': scored })).status).not.toBe('na');
  });

  it('leaves tests out', async () => {
    const split = 'from sklearn.model_selection import train_test_split\na, b = train_test_split([1, 2, 3, 4])\n';
    expect((await run({ 'tests/test_split.py': `${split}def test_x():\n    assert a\n` })).status).toBe('na');
  });
});
