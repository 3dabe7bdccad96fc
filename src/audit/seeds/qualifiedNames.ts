/**
 * Qualified callee names ('numpy.random.seed') in the one spelling the framework tables use, and the
 * qualification of a dotted name through a unit's imports (for code the analysis did not qualify,
 * such as a seed argument parsed on its own).
 */
import type { PyImport } from '../python/types';

/** Spellings of Keras that reach the same API: TF's bundled copy, tf-keras, Keras 3's private tree. */
const KERAS_PREFIXES = [
  'tensorflow.compat.v1.keras.',
  'tensorflow.python.keras.',
  'tensorflow.keras.',
  'tf_keras.',
  'keras.src.'
];

/** `name` with Keras' aliases folded onto `keras.`. */
export function canonicalName(qualified: string): string {
  for (const prefix of KERAS_PREFIXES) {
    if (qualified.startsWith(prefix)) {
      return 'keras.' + qualified.slice(prefix.length);
    }
  }
  return qualified;
}

export function lastSegment(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : name.slice(dot + 1);
}

/**
 * A dotted name ('np.random.seed', 'time') resolved through imports, as the analysis would:
 * undefined when its first name is not bound by an import (before `offset`, when given).
 */
export function qualifyThroughImports(
  dotted: string,
  imports: readonly PyImport[],
  offset = Number.POSITIVE_INFINITY
): string | undefined {
  const [first, ...rest] = dotted.split('.');
  let binding: PyImport | undefined;
  for (const imp of imports) {
    if (imp.local === first && imp.offset < offset && (!binding || imp.offset > binding.offset)) {
      binding = imp;
    }
  }
  if (!binding) {
    return undefined;
  }
  let base: string;
  if (binding.name !== undefined) {
    base = `${binding.module}.${binding.name}`;
  } else if (binding.local === binding.module.split('.')[0]) {
    // `import numpy.random` binds `numpy`, the top package.
    base = binding.local;
  } else {
    base = binding.module;
  }
  return [base, ...rest].join('.');
}
