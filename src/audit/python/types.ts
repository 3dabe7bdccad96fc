/**
 * What the Python analysis tells about one piece of Python source (a script, or a notebook's code
 * cells joined). Lines are 1-based in the analysed source; `offset` orders facts as the code runs.
 */

export interface PyImport {
  /** Dotted module as written ('numpy', 'numpy.random'); relative imports keep their dots ('.utils', '..'). */
  module: string;
  /** For `from m import n`: the imported name ('seed', or '*'). */
  name?: string;
  /** The local name the statement binds ('np', 's'; 'numpy' for `import numpy.random`). */
  local: string;
  line: number;
  offset: number;
  /** Inside a def/class body (a lazy import) rather than at module level. */
  scope?: string;
  /**
   * Guarded by `try: ... except ImportError:` (or ModuleNotFoundError, Exception, a bare except), or the
   * fallback in such a handler: the code runs without it.
   */
  optional?: boolean;
}

export interface PyCall {
  /** The callee as written: 'np.random.seed', 'model.fit', 'seed'. */
  text: string;
  /**
   * The callee resolved through the imports in force: 'numpy.random.seed' for `np.random.seed` after
   * `import numpy as np`, or for `s` after `from numpy.random import seed as s`. Undefined when the
   * callee's first name is not bound by an import.
   */
  qualified?: string;
  line: number;
  offset: number;
  /** Source text of each positional argument, in order. */
  positional: string[];
  /** Keyword arguments: name -> source text of the value. */
  keywords: Record<string, string>;
  /** A `*args` or `**kwargs` spread hides what is passed. */
  hasSpread: boolean;
  /** Name of the enclosing def (dotted for methods, 'Outer.method'); undefined at module level. */
  scope?: string;
}

export interface PyAssignment {
  /** Target as written: 'SEED', 'torch.backends.cudnn.deterministic'. */
  target: string;
  /** Target resolved through imports ('torch.backends.cudnn.deterministic'), when its first name is imported. */
  qualified?: string;
  /** Source text of the assigned value. */
  value: string;
  /** For augmented assignments: the operator ('+='); undefined for `=`. */
  op?: string;
  line: number;
  offset: number;
  scope?: string;
}

export interface PyFunction {
  name: string;
  /** 'Outer.method' for methods, 'outer.<locals>.inner' is not produced: nested defs keep their dotted path. */
  qualifiedName: string;
  line: number;
  /** The first statement of the body is a string literal. */
  hasDocstring: boolean;
  /** Name does not start with '_' (dunder methods other than __init__ count as private). */
  isPublic: boolean;
  kind: 'function' | 'class' | 'method';
}

export interface PyString {
  /** The literal's value with quotes and prefix removed (escapes left as written). */
  value: string;
  line: number;
  offset: number;
  /** The literal is (part of) a module's, class's or function's docstring. */
  docstring?: true;
}

/** An `assert` statement. */
export interface PyAssert {
  line: number;
  offset: number;
  scope?: string;
}

export interface PyAnalysis {
  imports: PyImport[];
  calls: PyCall[];
  assignments: PyAssignment[];
  functions: PyFunction[];
  strings: PyString[];
  asserts: PyAssert[];
  /** Lines where the parser met a syntax error and recovered. */
  syntaxErrors: number[];
}
