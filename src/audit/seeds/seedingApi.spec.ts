import { auditWith } from '../__tests__/checkHarness';
import { seedsCheck } from '../checks/seeds';
import { analyzePython } from '../python/analyze';
import type { DeclaredPackage } from '../deps/types';
import { highestAdmitted, seedingApis } from './seedingApi';

const pkg = (name: string, spec: string, ecosystem: DeclaredPackage['ecosystem'] = 'pypi'): DeclaredPackage => ({
  name,
  normalized: name,
  spec,
  path: 'requirements.txt',
  line: 1,
  pinned: spec.startsWith('=='),
  ecosystem
});

describe('seedingApis', () => {
  const tf2 = analyzePython('import tensorflow as tf\nx = tf.random.uniform([3])\n');

  test('the highest version a spec admits', () => {
    expect(highestAdmitted('==1.15.0')).toBe('1.15.0');
    expect(highestAdmitted('<2')).toMatch(/^1\./);
    expect(highestAdmitted('>=2.3,<2.8')).toMatch(/^2\.7\./);
    expect(highestAdmitted('not a spec')).toBeUndefined();
  });

  test('TensorFlow by declared version', () => {
    expect(seedingApis([pkg('tensorflow', '==1.15.0')], tf2).tensorflow).toBe('v1');
    expect(seedingApis([pkg('tensorflow', '==2.3.1')], tf2).tensorflow).toBe('random-set-seed');
    expect(seedingApis([pkg('tensorflow', '==2.7.0')], tf2).tensorflow).toBe('keras-utils-env');
    expect(seedingApis([pkg('tensorflow', '>=2.8')], tf2).tensorflow).toBe('current');
    expect(seedingApis([], tf2).tensorflow).toBe('current');
    expect(seedingApis([pkg('tensorflow', '1.15.*', 'conda')], tf2).tensorflow).toBe('v1');
  });

  test('TensorFlow 1 idioms', () => {
    for (const code of [
      'import tensorflow as tf\nsess = tf.Session()\n',
      'import tensorflow as tf\nx = tf.placeholder(tf.float32)\n',
      'import tensorflow as tf\nlayer = tf.contrib.layers.fully_connected(x, 3)\n',
      'import tensorflow.compat.v1 as tf\n',
      'from tensorflow.compat import v1\n'
    ]) {
      expect(seedingApis([], analyzePython(code)).tensorflow).toBe('compat-v1');
    }
  });

  test('Keras and PyTorch', () => {
    expect(seedingApis([pkg('keras', '==2.2.4')], tf2).keras).toBe('backend');
    expect(seedingApis([pkg('keras', '==2.11.0')], tf2).keras).toBe('utils');
    expect(seedingApis([pkg('torch', '==1.7.1')], tf2).torch).toBe('none');
    expect(seedingApis([pkg('torch', '==1.10.2')], tf2).torch).toBe('strict-only');
    expect(seedingApis([pkg('pytorch', '1.13', 'conda')], tf2).torch).toBe('warn-only');
  });
});

describe('the seeds finding names the seeding call of the declared TensorFlow', () => {
  const TF1 = 'import tensorflow as tf\nw = tf.Variable(tf.random_uniform([3, 1]))\nsess = tf.Session()\n';

  test('tensorflow==1.15.0: tf.set_random_seed', async () => {
    const result = await auditWith(seedsCheck, { 'requirements.txt': 'tensorflow==1.15.0\n', 'train.py': TF1 });
    const message = result.findings.find(f => f.message.includes('TensorFlow'))!.message;
    expect(message).toContain('before any tf.set_random_seed');
    expect(message).not.toContain('keras');
  });

  test('TF 1 code, no version: tf.compat.v1.set_random_seed', async () => {
    const result = await auditWith(seedsCheck, { 'train.py': TF1 });
    expect(result.findings.map(f => f.message).join('\n')).toContain('before any tf.compat.v1.set_random_seed');
  });
});
