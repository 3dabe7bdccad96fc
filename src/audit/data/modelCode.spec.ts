import { analyzePython } from '../python/analyze';
import { gradientStepLines, modelCallKind } from './modelCode';

/** Kinds of every call of a snippet, as `callee: kind`. */
function kinds(source: string): string[] {
  const analysis = analyzePython(source);
  return analysis.calls
    .map(call => `${call.text}: ${modelCallKind(call, analysis) ?? '-'}`)
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
      'pickle.dump(net_params, f)',
      'tf.saved_model.save(m, "export")',
      'booster.save_model("m.json")',
      'model.save_pretrained("out")',
      'self.model.save("m.h5")',
      'np.save("a.npy", a)',
      'fig.save("a.png")',
      "learn_lm.save_encoder('fine_tuned_enc')",
      "learn.save('stage-1')"
    ].join('\n');
    expect(kinds(source)).toEqual([
      'torch.save: save',
      'joblib.dump: save',
      'pickle.dump: save',
      'tf.saved_model.save: save',
      'booster.save_model: save',
      'model.save_pretrained: save',
      'self.model.save: save',
      'learn_lm.save_encoder: save',
      'learn.save: save'
    ]);
  });

  it('finds the checkpoint callbacks of Lightning and Keras, which save the model as it trains', () => {
    const source = [
      'from pytorch_lightning import Trainer',
      'from pytorch_lightning.callbacks import LearningRateMonitor, ModelCheckpoint',
      'from tensorflow import keras',
      'runner = Trainer(callbacks=[LearningRateMonitor(), ModelCheckpoint(save_top_k=2, monitor="val_loss")])',
      'saver = keras.callbacks.ModelCheckpoint("best.keras", save_best_only=True)',
      'lr = keras.callbacks.ReduceLROnPlateau()'
    ].join('\n');
    expect(kinds(source)).toEqual(['ModelCheckpoint: save', 'keras.callbacks.ModelCheckpoint: save']);
  });

  it('finds training in JAX: optax, Flax TrainState, the example_libraries optimisers', () => {
    // The shapes of a Flax vision trainer (optax chain, apply_updates) and a stax classifier (opt_update).
    const source = [
      'import optax',
      'from flax.training import train_state',
      'from jax.example_libraries import optimizers',
      'tx = optax.chain(optax.clip_by_global_norm(1.0), optax.sgd(learning_rate=0.03, momentum=0.9))',
      'state = train_state.TrainState.create(apply_fn=model.apply, params=params, tx=tx)',
      'params = optax.apply_updates(params, updates)',
      'opt_init, opt_update, get_params = optimizers.adam(1e-3)',
      'opt_state = opt_update(i, grads, opt_state)',
      'from autograd.misc.optimizers import adam',
      'trained = adam(objective_grad, init_params, step_size=0.01, num_iters=500)',
      'state = state.apply_gradients(grads=grads)'
    ].join('\n');
    expect(kinds(source)).toEqual([
      'optax.sgd: train',
      'train_state.TrainState.create: train',
      'optax.apply_updates: train',
      'optimizers.adam: train',
      'opt_update: train',
      'adam: train',
      'state.apply_gradients: train'
    ]);
  });

  it('finds TensorFlow 1 training: an optimiser built and its minimize()', () => {
    // A TF1 graph network: the optimiser made in the model class, minimised on the loss.
    const source = [
      'import tensorflow as tf',
      'optimizer = tf.train.AdamOptimizer(learning_rate=0.01)',
      'opt_op = optimizer.minimize(loss)',
      'scale = tf.reduce_mean(x)'
    ].join('\n');
    expect(kinds(source)).toEqual(['tf.train.AdamOptimizer: train', 'optimizer.minimize: train']);
  });

  it('takes torch.save written out as a save though a star import brought torch', () => {
    // A fastai course notebook: `from fastai.text import *`, then the embeddings saved with torch.save.
    expect(kinds("from fastai.text import *\ntorch.save(emb_enc, model_path/'fr_emb.pth')")).toEqual(['torch.save: save']);
  });

  it('leaves statistics libraries alone', () => {
    const source = ['import statsmodels.formula.api as smf', 'smf.ols("y ~ x", df).fit()', 'import numpy', 'numpy.polyfit(x, y, 1)'].join('\n');
    expect(kinds(source)).toEqual([]);
    // A Bayesian-methods textbook: a PyMC MAP estimate fitted through a variable.
    const bayes = ['import pymc as pm', 'map_ = pm.MAP(model)', 'map_.fit()', 'clf = make_clf()', 'clf.fit(X, y)'].join('\n');
    expect(kinds(bayes)).toEqual(['clf.fit: train']);
  });
});

describe('gradientStepLines', () => {
  it('finds hand-written gradient steps in NumPy loops and over parameter trees', () => {
    // A scalar autograd demo's loop, a two-layer NumPy net, and a JAX tree step.
    const source = [
      'for k in range(100):',
      '    for p in mlp.parameters():',
      '        p.data -= learning_rate * p.grad',
      '    W1 -= lr * dW1',
      '    b1 = b1 - lr * db1',
      '    W -= learning_rate * direction',
      '    self.weights = [w - (eta / len(batch)) * nw for w, nw in zip(self.weights, nabla_w)]',
      'params = jax.tree_util.tree_map(lambda p, g: p - step_size * g, params, grads)'
    ].join('\n');
    expect(gradientStepLines(analyzePython(source))).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('leaves other subtractions alone', () => {
    const source = [
      'count -= 1',
      'total -= cost * n',
      'y = y - y.mean()',
      'x = base - lr',
      'lr -= decay * lr',
      'gaps = [a - b for a, b in pairs]'
    ].join('\n');
    expect(gradientStepLines(analyzePython(source))).toEqual([]);
  });
});
