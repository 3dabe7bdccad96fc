import { analyzePython } from '../python/analyze';
import { modelCallKind } from './modelCode';

/** Kinds of every call of a snippet, as `callee: kind`. */
function kinds(source: string): string[] {
  const analysis = analyzePython(source);
  return analysis.calls
    .map(call => `${call.text}: ${modelCallKind(call, analysis.imports) ?? '-'}`)
    .filter(s => !s.endsWith(': -'));
}

describe('modelCallKind', () => {
  it('finds training calls', () => {
    const source = [
      'import xgboost as xgb',
      'clf.fit(X, y)',
      'bst = xgb.train(params, dtrain)',
      'trainer.train()',
      'loss.backward()',
      'optimizer.step()',
      'opt.step()',
      'stepper.step()'
    ].join('\n');
    expect(kinds(source)).toEqual([
      'clf.fit: train',
      'xgb.train: train',
      'trainer.train: train',
      'loss.backward: train',
      'optimizer.step: train',
      'opt.step: train'
    ]);
  });

  it('finds saving calls, but not array or figure saves', () => {
    const source = [
      'import torch, joblib, pickle',
      'import numpy as np',
      'import tensorflow as tf',
      'torch.save(net.state_dict(), "m.pt")',
      'joblib.dump(clf, "m.joblib")',
      'pickle.dump(obj, f)',
      'tf.saved_model.save(m, "export")',
      'booster.save_model("m.json")',
      'model.save_pretrained("out")',
      'self.model.save("m.h5")',
      'np.save("a.npy", a)',
      'fig.save("a.png")'
    ].join('\n');
    expect(kinds(source)).toEqual([
      'torch.save: save',
      'joblib.dump: save',
      'pickle.dump: save',
      'tf.saved_model.save: save',
      'booster.save_model: save',
      'model.save_pretrained: save',
      'self.model.save: save'
    ]);
  });

  it('leaves statistics libraries alone', () => {
    const source = ['import statsmodels.formula.api as smf', 'smf.ols("y ~ x", df).fit()', 'import numpy', 'numpy.polyfit(x, y, 1)'].join('\n');
    expect(kinds(source)).toEqual([]);
  });
});
