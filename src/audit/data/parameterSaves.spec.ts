import { analyzePython } from '../python/analyze';
import { savesParameters } from './parameterSaves';

/** `callee: verdict` for every generic writer of a snippet. */
function verdicts(lines: string[]): string[] {
  const analysis = analyzePython(lines.join('\n'));
  return analysis.calls
    .map(call => [call.text, savesParameters(call, analysis.calls)] as const)
    .filter(([, v]) => v !== undefined)
    .map(([text, v]) => `${text}: ${v ? 'model' : 'not a model'}`);
}

describe('savesParameters', () => {
  it('counts parameters and model state saved with NumPy, pickle, joblib and Flax', () => {
    // A NumPy MLP's weights, a JAX model's params pickled, an sklearn estimator, a Flax state.
    expect(
      verdicts([
        'import numpy as np, pickle, joblib',
        'from flax import serialization',
        "np.savez('mlp.npz', W1=W1, b1=b1, W2=W2, b2=b2)",
        "with open('run/params.pkl', 'wb') as fh:",
        '    pickle.dump(params, fh)',
        "joblib.dump(search.best_estimator_, 'best.joblib')",
        'blob = serialization.to_bytes(state)',
        "with open('trained_model.pkl', 'wb') as fh:",
        '    pickle.dump(m, fh)'
      ])
    ).toEqual([
      'np.savez: model',
      'pickle.dump: model',
      'joblib.dump: model',
      'serialization.to_bytes: model',
      'pickle.dump: model'
    ]);
  });

  it('does not count data, results or anything it cannot tell', () => {
    expect(
      verdicts([
        'import numpy as np, pickle',
        "np.save('X_train.npy', X_train)",
        "pickle.dump(results, open('scores.pkl', 'wb'))",
        "with open('cache/history.pkl', 'wb') as fh:",
        '    pickle.dump(hist, fh)',
        'pickle.dump(obj, fh)'
      ])
    ).toEqual([
      'np.save: not a model',
      'pickle.dump: not a model',
      'pickle.dump: not a model',
      'pickle.dump: not a model'
    ]);
  });
});
