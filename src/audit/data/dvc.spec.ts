import { dvcOutputFor, isDvcFile, parseDvcFile } from './dvc';

describe('parseDvcFile', () => {
  it('reads a .dvc pointer relative to its folder', () => {
    const parsed = parseDvcFile('outs:\n- md5: abc\n  size: 10\n  path: big.csv\n', 'data/big.csv.dvc');
    expect(parsed).toEqual({ outputs: [{ path: 'data/big.csv', source: 'data/big.csv.dvc', line: 4 }] });
  });

  it('reads stage outputs, metrics and plots of dvc.yaml, in all their spellings', () => {
    const text = [
      'stages:',
      '  train:',
      '    cmd: python train.py',
      '    outs:',
      '    - models/model.pkl',
      '    - data/features/:',
      '        cache: false',
      '    metrics:',
      '    - path: metrics.json',
      '  broken: 3'
    ].join('\n');
    const parsed = parseDvcFile(text, 'dvc.yaml');
    expect(parsed.outputs.map(o => [o.path, o.line])).toEqual([
      ['models/model.pkl', 5],
      ['data/features', 6],
      ['metrics.json', 9]
    ]);
  });

  it('says why broken YAML cannot be read, without throwing', () => {
    const parsed = parseDvcFile('outs: [\n', 'x.dvc');
    expect(parsed.outputs).toEqual([]);
    expect(parsed.error).toMatch(/^DVC file is not valid YAML/);
  });

  it('matches files inside a tracked folder', () => {
    const outputs = [{ path: 'data', source: 'data.dvc', line: 1 }];
    expect(dvcOutputFor(outputs, 'data/raw/a.csv')?.source).toBe('data.dvc');
    expect(dvcOutputFor(outputs, 'database.csv')).toBeUndefined();
  });

  it('knows DVC file names', () => {
    expect(['a.csv.dvc', 'sub/dvc.yaml', 'dvc.lock', '.dvc/config', 'dvc.py'].map(isDvcFile)).toEqual([
      true,
      true,
      true,
      false,
      false
    ]);
  });
});
