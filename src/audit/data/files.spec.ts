import { formatSize, isDataFile, isLargeBinaryCandidate } from './dataFiles';
import { modelArtefactKind, savedModelDirs } from './modelFiles';

describe('isDataFile', () => {
  it.each([
    ['data/train.csv', 10, true],
    ['results.parquet', 10, true],
    ['config.json', 500, false],
    ['dump.json', 2 * 1024 * 1024, true],
    ['docs/figure.png', 10, false],
    ['data/images/cat.png', 10, true],
    ['archive.tar.gz', 10, true],
    ['train.py', 10, false],
    // A graph dataset committed in its own format, a text corpus: small data files in a data folder.
    ['data/cora/cora.content', 10, true],
    ['data/cora/cora.cites', 10, true],
    ['tutorials/lm/data/train.txt', 10, true],
    ['data/README', 10, false],
    ['data/.gitkeep', 0, false],
    ['data/download.sh', 10, false],
    ['data/params.yaml', 10, false],
    ['data/prepare.py', 10, false],
    ['notes/todo.txt', 10, false]
  ])('%s (%d bytes): %s', (path, size, expected) => {
    expect(isDataFile(path, size)).toBe(expected);
  });

  it('treats code and documents as never data, anything else as a candidate', () => {
    expect(isLargeBinaryCandidate('analysis.ipynb')).toBe(false);
    expect(isLargeBinaryCandidate('paper.pdf')).toBe(false);
    expect(isLargeBinaryCandidate('blob.bin')).toBe(true);
    expect(formatSize(60 * 1024 * 1024)).toBe('60.0 MB');
    expect(formatSize(512)).toBe('512 bytes');
  });
});

describe('modelArtefactKind', () => {
  it.each([
    ['models/net.pth', 'PyTorch'],
    ['clf.joblib', 'joblib'],
    ['m.safetensors', 'safetensors'],
    ['model.cbm', 'CatBoost'],
    ['xgb_model.ubj', 'XGBoost'],
    ['booster.model', 'XGBoost'],
    ['language.model', 'XGBoost'],
    ['data.ubj', undefined],
    ['pytorch_model.bin', 'weights'],
    ['blob.bin', undefined],
    ['train.py', undefined]
  ])('%s -> %s', (path, kind) => {
    expect(modelArtefactKind(path)).toBe(kind);
  });

  it('finds SavedModel folders', () => {
    expect(savedModelDirs(['export/1/saved_model.pb', 'export/1/variables/v.index', 'saved_model.pb'])).toEqual([
      'export/1',
      '.'
    ]);
  });
});
