/**
 * The seed code is the API of the framework version the repo runs: TF 1 code gets tf.set_random_seed,
 * not the TF 2.8 helpers; old Keras and PyTorch lack set_random_seed and warn_only.
 */
import type { DeclaredPackage } from '../audit/deps/types';
import { applySeedPlan } from './apply';
import { cellsOf, notebookText } from './__tests__/notebooks';
import { SeedPlanOptions, planSeedFix } from './plan';

function declared(name: string, spec: string, ecosystem: DeclaredPackage['ecosystem'] = 'pypi'): DeclaredPackage {
  return { name, normalized: name, spec, path: 'requirements.txt', line: 1, pinned: spec.startsWith('=='), ecosystem };
}

function blockCode(text: string, options: SeedPlanOptions = {}): string[] {
  const plan = planSeedFix({ path: 'train.py', text }, options);
  const fixed = applySeedPlan(text, plan);
  const again = planSeedFix({ path: 'train.py', text: fixed }, options);
  expect(again.status).toBe('up-to-date');
  const lines = fixed.split('\n');
  return lines.slice(lines.indexOf('# repro-audit: seeds begin') + 1, lines.indexOf('# repro-audit: seeds end'));
}

const TF1_SCRIPT = [
  'import tensorflow as tf',
  'x = tf.placeholder(tf.float32, [None, 3])',
  'w = tf.Variable(tf.random_uniform([3, 1]))',
  'with tf.Session() as sess:',
  '    sess.run(tf.global_variables_initializer())',
  ''
].join('\n');

describe('TensorFlow: the seeding call of the declared version', () => {
  test('a repo pinning tensorflow==1.15.0 gets tf.set_random_seed, no TF 2 helpers', () => {
    const code = blockCode(TF1_SCRIPT, { declared: [declared('tensorflow', '==1.15.0')] });
    expect(code).toContain('tf.set_random_seed(SEED)');
    expect(code.join('\n')).not.toMatch(/keras\.utils|enable_op_determinism/);
    const plan = planSeedFix({ path: 'train.py', text: TF1_SCRIPT }, { declared: [declared('tensorflow', '==1.15.0')] });
    expect(plan.notes.join('\n')).toContain('stock TF 1.x has no switch for deterministic GPU ops');
  });

  test('TF 1 idioms without a declared version: tf.compat.v1.set_random_seed (TF 1.13+ and 2.x)', () => {
    const code = blockCode(TF1_SCRIPT);
    expect(code).toContain('tf.compat.v1.set_random_seed(SEED)');
    expect(code).toContain('os.environ.setdefault("TF_DETERMINISTIC_OPS", "1")');
    expect(code.join('\n')).not.toMatch(/keras\.utils|enable_op_determinism/);
  });

  test('a name bound to tensorflow.compat.v1 is used, never rebound to tensorflow', () => {
    const text = 'import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\nw = tf.random_normal([2])\n';
    const code = blockCode(text, { declared: [declared('tensorflow', '>=2.4,<2.6')] });
    expect(code).toContain('tf.set_random_seed(SEED)');
    expect(code).not.toContain('import tensorflow as tf');
  });

  test('TF 2.0-2.6: tf.random.set_seed and TF_DETERMINISTIC_OPS', () => {
    const text = 'import tensorflow as tf\nx = tf.random.uniform([3])\n';
    const code = blockCode(text, { declared: [declared('tensorflow-gpu', '~=2.4.0')] });
    expect(code).toContain('tf.random.set_seed(SEED)');
    expect(code).toContain('os.environ.setdefault("TF_DETERMINISTIC_OPS", "1")');
    expect(code.join('\n')).not.toMatch(/keras\.utils|enable_op_determinism/);
  });

  test('a conda pin tensorflow=1.15 counts as 1.15.*', () => {
    const code = blockCode(TF1_SCRIPT, { declared: [declared('tensorflow', '=1.15', 'conda')] });
    expect(code).toContain('tf.set_random_seed(SEED)');
  });

  test('TF 2.8 and later, or nothing known about TF 2 code: the current helpers', () => {
    const text = 'import tensorflow as tf\nx = tf.random.uniform([3])\n';
    for (const options of [{}, { declared: [declared('tensorflow', '==2.15.0')] }]) {
      const code = blockCode(text, options);
      expect(code).toContain('tf.keras.utils.set_random_seed(SEED)');
      expect(code).toContain('tf.config.experimental.enable_op_determinism()');
    }
  });

  test('in a notebook too', () => {
    const text = notebookText([
      'import tensorflow as tf',
      'w = tf.random_uniform([3, 1])'
    ]);
    const options = { declared: [declared('tensorflow', '==1.15.0')] };
    const fixed = applySeedPlan(text, planSeedFix({ path: 'nb.ipynb', text }, options));
    const cell = cellsOf(fixed).find(c => c.tags.includes('repro-audit:seeds'))!;
    expect(cell.source).toContain('tf.set_random_seed(SEED)');
    expect(cell.source).not.toContain('enable_op_determinism');
  });
});

describe('Keras and PyTorch: older versions lack the calls', () => {
  test('Keras 2.2 (no keras.utils.set_random_seed) seeds its TensorFlow backend', () => {
    const text = 'import keras\nimport numpy as np\nmodel = keras.Sequential()\nx = np.random.rand(3)\n';
    const code = blockCode(text, { declared: [declared('keras', '==2.2.4'), declared('tensorflow', '==1.14.0')] });
    expect(code).toContain('tf.set_random_seed(SEED)');
    expect(code).toContain('import tensorflow as tf');
    expect(code.join('\n')).not.toContain('keras.utils.set_random_seed');
  });

  test('Keras 3 keeps keras.utils.set_random_seed', () => {
    const text = 'import keras\nimport numpy as np\nx = np.random.rand(3)\n';
    const code = blockCode(text, { declared: [declared('keras', '>=3.0')] });
    expect(code).toContain('keras.utils.set_random_seed(SEED)');
  });

  test('torch 1.7 has no use_deterministic_algorithms; 1.9 has it without warn_only', () => {
    const text = 'import torch\nx = torch.rand(3)\n';
    const old = blockCode(text, { declared: [declared('torch', '==1.7.1')] }).join('\n');
    expect(old).toContain('torch.manual_seed(SEED)');
    expect(old).not.toContain('use_deterministic_algorithms');
    const mid = blockCode(text, { declared: [declared('torch', '==1.9.0')] }).filter(l => !l.startsWith('#'));
    expect(mid.join('\n')).not.toContain('use_deterministic_algorithms');
    const current = blockCode(text, { declared: [declared('torch', '>=2.0')] });
    expect(current).toContain('torch.use_deterministic_algorithms(True, warn_only=True)');
  });
});
