import { analyzePython } from '../python/analyze';
import type { PythonUnit } from '../python/units';
import { fileAccesses } from '../uses/fileAccess';
import { RepoIndex } from '../uses/repoIndex';
import { filesReadAsData, isDataByName } from './dataPickles';

function unit(path: string, lines: string[]): PythonUnit {
  return { path, kind: 'script', analysis: analyzePython(lines.join('\n')), evidence: line => ({ path, line }) };
}

describe('isDataByName', () => {
  it('tells data pickles by their name or folder, unless the name says model', () => {
    expect(isDataByName('toy1d_data.pkl')).toBe(true);
    expect(isDataByName('data/train.pkl')).toBe(true);
    expect(isDataByName('dataset/toy_example/TwoViews.pkl')).toBe(true);
    expect(isDataByName('results/word_embeddings.pkl')).toBe(true);
    expect(isDataByName('models/clf.pkl')).toBe(false);
    expect(isDataByName('data/model_final.pkl')).toBe(false);
    expect(isDataByName('checkpoints/best.pt')).toBe(false);
  });
});

describe('filesReadAsData', () => {
  const repo = new RepoIndex(['toy/two_views.pkl', 'cache/frame.pkl', 'out/clf.pkl', 'cache/grid.h5']);

  it('finds pickles and HDF5 files the code reads into X, y, df, data', () => {
    // The shape of a multi-view study: a toy pickle read into (x, y), a table into df, a grid with h5py.
    const prep = unit('prep.py', [
      'import pickle, h5py',
      'import pandas as pd',
      "x, y = pickle.load(open('toy/two_views.pkl', 'rb'))",
      "with open('cache/frame.pkl', 'rb') as handle:",
      '    train_df = pickle.load(handle)',
      "grid = h5py.File('cache/grid.h5', 'r')",
      "with open('out/clf.pkl', 'rb') as handle:",
      '    clf = pickle.load(handle)'
    ]);
    const read = filesReadAsData([{ unit: prep, accesses: fileAccesses(prep, repo) }]);
    expect([...read].sort()).toEqual(['cache/frame.pkl', 'cache/grid.h5', 'toy/two_views.pkl']);
  });
});
