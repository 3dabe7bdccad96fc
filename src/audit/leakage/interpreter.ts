/**
 * The leakage analysis's data flow: an abstract interpreter over @lezer/python trees that runs a notebook's
 * cells (or a script) statement by statement, in order, tracking what each name holds (see values.ts): data
 * and its rows, estimators and what they learnt from, statistics, functions. Assignments and tuple unpacking
 * (train_test_split's sides by position), aliases through imports, method chains, column assignment, concat,
 * local functions and the repo's own modules (their defs run per call, with the arguments bound) are followed.
 * Loops run once; both branches of an `if` run. Leaks are found where test rows meet what learnt from them:
 * at a split, at a cross-validation, when an estimator scores test rows, and when a model is fit on them.
 * Nothing is ever run: this reads the code only.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from '@lezer/python';
import type { LeakageKind } from '../report';
import { isBuiltinName } from '../notebookRun/builtins';
import { parserText } from '../python/parserQuirks';
import {
  CONST,
  DataValue,
  NONE,
  EstimatorRole,
  EstimatorValue,
  Fit,
  FunctionValue,
  ModelIdentity,
  ModuleScope,
  SplitSite,
  TestMark,
  Value,
  MASK_SEGMENT,
  isData,
  leaves,
  mergeTaint,
  rangeSegment,
  rowsOverlap,
  rowsWithin
} from './values';
import {
  CROSS_VALIDATION,
  FIT_METHODS,
  LEARNING_NAME,
  LEARNING_TRANSFORMERS,
  MODEL_BENCHMARKS,
  MODEL_NAME,
  OVERSAMPLERS,
  PIPELINES,
  ROW_CONCATENATION,
  ROW_REPEATS,
  ROW_STATISTICS,
  SCORING_METHODS,
  SEARCHES,
  SPLITTERS,
  SPLIT_FUNCTIONS,
  TEST_NAME,
  TRAINING_NAME,
  VALIDATION_NAME,
  VOCABULARY_ONLY,
  lastPart
} from './vocabulary';
import { identityOf, ModelComparisons, ScoredTestSet } from './comparisons';

/** A leak found: its kind, the offset of the leaking statement in the unit, and the flow in words. */
export interface Leak {
  kind: LeakageKind;
  at: number;
  message: string;
  /** For a preprocessing leak: the fit and the split its rows reach (what the fix needs). */
  fit?: Fit;
  /** The fit learnt from the test rows alone (`X_test = sc.fit_transform(X_test)`). */
  onlyTest?: boolean;
  split?: SplitSite;
}

export interface InterpreterHost {
  /** 'cell 3, line 2' or 'line 12': where an offset of the unit is, for messages. */
  describe(offset: number): string;
  /** A repo module imported from `fromPath` as `dotted` (relative ones with their dots), with its source. */
  module(fromPath: string, dotted: string): { path: string; source: string } | undefined;
}

interface Context {
  module: ModuleScope;
  /** A function's own names; undefined at module level. */
  locals?: Map<string, Value>;
  source: string;
  /** Offset of `source` in the unit; undefined in another module. */
  base?: number;
  returns?: Value[];
}

interface Args {
  positional: SyntaxNode[];
  keywords: Map<string, SyntaxNode>;
  /** The argument list as written, brackets included ('(C=10)'). */
  text: string;
}

/** Library roots whose row statistics and row concatenation the analysis knows. */
const ARRAY_LIBRARIES = /^(numpy|pandas|torch|tensorflow|scipy|statistics)(\.|$)/;
/** Attributes of data that are not rows: shapes, column names, types. */
const NON_ROW_ATTRIBUTES = new Set(['shape', 'columns', 'dtypes', 'dtype', 'size', 'ndim', 'name', 'names']);
/** Functions that load data: each call gives rows of their own. */
const LOADER = /^(read_\w+|load\w*|fetch_\w+|make_\w+|loadtxt|genfromtxt|fromfile|open_dataset|DataFrame|array|asarray)$/;
/** Whether a class learns from rows what its transform then applies (a scaler; not a one-hot encoder). */
function learnsFromRows(cls: string): boolean {
  return !VOCABULARY_ONLY.has(cls) && (LEARNING_TRANSFORMERS.has(cls) || LEARNING_NAME.test(cls));
}

/** String keys that name a dataset's splits. */
const SPLIT_KEY = /^['"](train|training|test|testing|val|valid|validation|dev|holdout)['"]$/i;
/** NumPy calls that make arrays from nothing (a grid to plot, zeros to fill): no rows of data. */
const ARRAY_MAKERS = /^numpy\.(linspace|logspace|arange|zeros|ones|empty|full|eye|identity|meshgrid|zeros_like|ones_like|empty_like|full_like)$/;
/** Builtins whose result is a number, text or type, never rows. */
const SCALAR_BUILTINS = new Set(['len', 'print', 'type', 'isinstance', 'str', 'int', 'float', 'bool', 'range', 'repr', 'format', 'id', 'hash', 'getattr', 'hasattr', 'open', 'round']);
/** Calls nested this deep in functions are not followed further (recursion, long chains). */
const MAX_CALL_DEPTH = 4;

/** A short hash of a text, for keys inside row paths (which cannot hold '/'). */
function hashOf(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) {
    h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  }
  return h.toString(36);
}

/** Every node under `node`, depth first. */
function descendants(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const visit = (n: SyntaxNode): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      out.push(c);
      visit(c);
    }
  };
  visit(node);
  return out;
}

function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    out.push(c);
  }
  return out;
}

const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', ':', '.', '*', '**', 'AssignOp']);

function isExpression(node: SyntaxNode): boolean {
  return !PUNCTUATION.has(node.name) && !/^[a-z]+$/.test(node.name) && node.name !== 'Comment';
}

export class LeakageInterpreter {
  readonly leaks: Leak[] = [];
  private ids = 0;
  private stmtAt = 0;
  private stmtNode?: SyntaxNode;
  /** The call site in the unit while a function's body runs: every fit inside it is placed there. */
  private callSite?: number;
  private via?: string;
  private depth = 0;
  private readonly running = new Set<string>();
  /** Loops being run: whether each makes a new model per pass, where it is, and whether it iterates CV folds. */
  private loops: Array<{ varying: boolean; at: number; folds?: boolean }> = [];
  /** Calls of the unit's own defs being run: where each was called, and the rows of its arguments. */
  private frames: Array<{ at: number; node?: SyntaxNode; argumentRows: Array<readonly string[]> }> = [];
  private readonly modules = new Map<string, ModuleScope | null>();
  /** Test sets and the models scored on each, for multi-test across statements; the finding of each set. */
  private readonly comparisons = new ModelComparisons();
  private readonly comparisonLeaks = new Map<ScoredTestSet, Leak>();
  /** Data written to a file named by a literal (`df.to_csv('clean.csv')`): reading that file back gives it again. */
  private readonly written = new Map<string, DataValue>();

  constructor(
    private readonly host: InterpreterHost,
    readonly unit: ModuleScope
  ) {}

  /** Run one cell's (or a script's) tree; `base` is where its source starts in the unit. */
  run(tree: Tree, source: string, base: number): void {
    this.unit.base = 0;
    this.statements(tree.topNode, { module: this.unit, source, base });
  }

  // ---- statements ----

  private statements(parent: SyntaxNode, ctx: Context): void {
    for (const node of childrenOf(parent)) {
      this.statement(node, ctx);
    }
  }

  private statement(node: SyntaxNode, ctx: Context): void {
    this.currentSource = ctx.source;
    if (this.callSite === undefined && ctx.base !== undefined) {
      this.stmtAt = ctx.base + node.from;
      this.stmtNode = node;
    }
    switch (node.name) {
      case 'ImportStatement':
        this.importStatement(node, ctx);
        return;
      case 'AssignStatement':
        this.assignStatement(node, ctx);
        return;
      case 'UpdateStatement': {
        const [target, , value] = childrenOf(node);
        if (target && value) {
          const result = this.binary(this.expr(target, ctx), this.expr(value, ctx));
          this.assignTarget(target, result, ctx);
        }
        return;
      }
      case 'ExpressionStatement':
        childrenOf(node).forEach(c => this.expr(c, ctx));
        return;
      case 'ForStatement':
        this.forStatement(node, ctx);
        return;
      case 'WhileStatement': {
        this.loops.push({ varying: !this.resplitsEachPass(node, ctx) && this.constructsModels(node, ctx), at: this.site() });
        this.compound(node, ctx);
        this.loops.pop();
        return;
      }
      case 'IfStatement':
        this.ifStatement(node, ctx);
        return;
      case 'TryStatement':
        this.compound(node, ctx);
        return;
      case 'WithStatement': {
        const parts = childrenOf(node);
        parts.forEach((c, i) => {
          if (c.name === 'Body') {
            this.statements(c, ctx);
          } else if (parts[i - 1]?.name === 'as') {
            this.bind(this.text(c, ctx), CONST, ctx);
          } else if (isExpression(c)) {
            this.expr(c, ctx);
          }
        });
        return;
      }
      case 'FunctionDefinition': {
        const name = childrenOf(node).find(c => c.name === 'VariableName');
        if (name) {
          const cell = ctx.base !== undefined ? { source: ctx.source, base: ctx.base } : undefined;
          this.bind(this.text(name, ctx), { t: 'function', name: this.text(name, ctx), node, module: ctx.module, ...(cell && { cell }) }, ctx);
        }
        return;
      }
      case 'ClassDefinition': {
        const name = childrenOf(node).find(c => c.name === 'VariableName');
        if (name) {
          this.bind(this.text(name, ctx), { t: 'name', qualified: this.text(name, ctx) }, ctx);
        }
        return;
      }
      case 'DecoratedStatement':
        childrenOf(node)
          .filter(c => c.name === 'FunctionDefinition' || c.name === 'ClassDefinition')
          .forEach(c => this.statement(c, ctx));
        return;
      case 'ReturnStatement': {
        // `return a, b` is a tuple without brackets.
        const values = childrenOf(node).filter(isExpression).map(c => this.expr(c, ctx));
        ctx.returns?.push(values.length > 1 ? { t: 'sequence', items: values } : values[0] ?? CONST);
        return;
      }
      default:
        return;
    }
  }

  /** if/try/while: every branch runs, in order (a leak in any branch is a leak of the code). */
  private compound(node: SyntaxNode, ctx: Context): void {
    for (const c of childrenOf(node)) {
      if (c.name === 'Body') {
        this.statements(c, ctx);
      } else if (isExpression(c) && c.name !== 'VariableName') {
        this.expr(c, ctx);
      }
    }
  }

  /**
   * Both branches run, unless a condition is known: `if scaler is None:` / `if not scaler:` in a helper called
   * with a fitted scaler does not fit it again (a helper that fits on its first call and reuses after).
   */
  private ifStatement(node: SyntaxNode, ctx: Context): void {
    let skipRest = false;
    let condition: boolean | undefined;
    for (const c of childrenOf(node)) {
      if (skipRest) {
        return;
      }
      if (c.name === 'Body') {
        if (condition !== false) {
          this.statements(c, ctx);
        }
        skipRest = condition === true;
        condition = undefined;
      } else if (isExpression(c)) {
        condition = this.truth(c, ctx);
        this.expr(c, ctx);
      }
    }
  }

  /** Whether a condition is known true or false: a name tested against None, or for truth. */
  private truth(node: SyntaxNode, ctx: Context): boolean | undefined {
    const parts = childrenOf(node);
    const known = (name: SyntaxNode | undefined): boolean | undefined => {
      if (name?.name !== 'VariableName') {
        return undefined;
      }
      const v = ctx.locals?.get(this.text(name, ctx));
      if (!v) {
        return undefined;
      }
      if (v.t === 'const') {
        return v.none ? false : undefined;
      }
      return v.t === 'estimator' || v.t === 'data' || v.t === 'function' ? true : undefined;
    };
    if (node.name === 'VariableName') {
      return known(node);
    }
    if (node.name === 'UnaryExpression' && this.text(parts[0], ctx) === 'not') {
      const inner = known(parts[1]);
      return inner === undefined ? undefined : !inner;
    }
    if (node.name === 'BinaryExpression' && parts.length >= 3 && this.text(parts[parts.length - 1], ctx) === 'None') {
      const inner = known(parts[0]);
      const op = parts.slice(1, -1).map(p => this.text(p, ctx)).join(' ');
      if (inner === undefined || (op !== 'is' && op !== 'is not' && op !== '==' && op !== '!=')) {
        return undefined;
      }
      return op === 'is' || op === '==' ? !inner : inner;
    }
    return undefined;
  }

  private forStatement(node: SyntaxNode, ctx: Context): void {
    const parts = childrenOf(node);
    const inAt = parts.findIndex(c => c.name === 'in');
    const targets = parts.slice(1, inAt).filter(c => c.name !== ',');
    const iterableNode = parts.slice(inAt + 1).find(isExpression);
    const iterable = iterableNode ? this.expr(iterableNode, ctx) : CONST;
    const all = leaves(iterable).filter((v): v is EstimatorValue => v.t === 'estimator');
    // Folds of a splitter (`kf.split(X)`, or iterating a KFold of old) are cross-validation, the right way to score repeatedly.
    const folds = (iterableNode ? this.callsMethod(iterableNode, ctx, 'split') : false) || all.some(e => e.role === 'splitter');
    const names = targets.flatMap(t => this.targetNames(t));
    // `for name, clf in zip(names, classifiers)`, `enumerate(models)`: each target takes the items of its position.
    const positions = iterableNode ? this.loopPositions(iterableNode, ctx) : undefined;
    const estimators = (positions ? positions.flat() : all).filter((v): v is EstimatorValue => v.t === 'estimator' && v.role !== 'splitter');
    if (positions && positions.length === names.length && !folds) {
      names.forEach((name, i) => {
        const items = positions[i];
        const estimator = items.find((v): v is EstimatorValue => v.t === 'estimator');
        const data = items.find(isData);
        this.bind(name, estimator ?? (data ? this.child(data, `i${++this.ids}`) : CONST), ctx);
      });
    }
    names.forEach((name, i) => {
      if (positions && positions.length === names.length && !folds) {
        return;
      }
      if (estimators.length && i === names.length - 1) {
        this.bind(name, estimators[0], ctx);
      } else if (folds) {
        this.bind(name, this.fresh(), ctx);
      } else if (isData(iterable)) {
        this.bind(name, this.child(iterable, `i${++this.ids}`), ctx);
      } else {
        this.bind(name, CONST, ctx);
      }
    });
    // A loop that draws a fresh random split each pass (repeated hold-out) scores each model on its own test set.
    const varying = !folds && !this.resplitsEachPass(node, ctx) && ((estimators.length > 0 && this.callsMethod(node, ctx, 'fit')) || this.constructsModels(node, ctx));
    this.loops.push({ varying, at: this.site(), folds });
    parts.filter(c => c.name === 'Body').forEach(body => this.statements(body, ctx));
    this.loops.pop();
  }

  /**
   * What each target of a loop over `zip(a, b)`, `enumerate(a)` or `d.items()` takes, position by position (the
   * items of each zipped sequence; an index or key is a constant); undefined for any other iterable.
   */
  private loopPositions(node: SyntaxNode, ctx: Context): Value[][] | undefined {
    if (node.name !== 'CallExpression' || !node.firstChild) {
      return undefined;
    }
    const callee = this.text(node.firstChild, ctx);
    const args = this.args(node);
    const itemsOf = (n: SyntaxNode): Value[][] => {
      const nested = this.loopPositions(n, ctx);
      if (nested) {
        return nested;
      }
      const v = this.expr(n, ctx);
      return [v.t === 'sequence' ? v.items.flatMap(leaves) : [v]];
    };
    const builtin = (name: string): boolean => callee === name && this.lookup(name, ctx).t === 'name';
    if (builtin('zip')) {
      return args.positional.flatMap(itemsOf);
    }
    if (builtin('enumerate') && args.positional[0]) {
      return [[CONST], ...itemsOf(args.positional[0])];
    }
    if (node.firstChild.name === 'MemberExpression' && callee.endsWith('.items') && !args.positional.length) {
      const receiver = this.expr(childrenOf(node.firstChild)[0], ctx);
      return receiver.t === 'sequence' ? [[CONST], receiver.items.flatMap(leaves)] : undefined;
    }
    return undefined;
  }

  /**
   * Whether a loop's body splits rows afresh on each pass: a `train_test_split` without a literal `random_state`
   * (with one, every pass gives the same rows, so the same test set).
   */
  private resplitsEachPass(node: SyntaxNode, ctx: Context): boolean {
    return descendants(node).some(n => {
      if (n.name !== 'CallExpression' || !n.firstChild || (n.firstChild.name !== 'VariableName' && n.firstChild.name !== 'MemberExpression')) {
        return false;
      }
      if (!SPLIT_FUNCTIONS.has(lastPart(this.resolveText(this.text(n.firstChild, ctx))))) {
        return false;
      }
      return this.args(n).keywords.get('random_state')?.name !== 'Number';
    });
  }

  /** Names a target binds (`a`, `(a, b)`, `a, *b`). */
  private targetNames(node: SyntaxNode): string[] {
    if (node.name === 'VariableName') {
      return [node.name === 'VariableName' ? this.sourceOf(node) : ''];
    }
    if (node.name === 'TupleExpression' || node.name === 'ArrayExpression' || node.name === 'ParenthesizedExpression') {
      return childrenOf(node).flatMap(c => this.targetNames(c));
    }
    return [];
  }

  private currentSource = '';

  private sourceOf(node: SyntaxNode): string {
    return this.currentSource.slice(node.from, node.to);
  }

  /** Whether a subtree calls `.method(...)`. */
  private callsMethod(node: SyntaxNode, ctx: Context, method: string): boolean {
    return [node, ...descendants(node)].some(
      n => n.name === 'CallExpression' && n.firstChild?.name === 'MemberExpression' && this.text(n.firstChild, ctx).endsWith(`.${method}`)
    );
  }

  /** Whether a loop makes a new model on each pass (a model class called, and a fit): choosing among models. */
  private constructsModels(node: SyntaxNode, ctx: Context): boolean {
    const constructs = descendants(node).some(n => {
      const callee = n.name === 'CallExpression' ? n.firstChild : null;
      if (!callee || (callee.name !== 'VariableName' && callee.name !== 'MemberExpression')) {
        return false;
      }
      const last = lastPart(this.resolveText(this.text(callee, ctx)));
      return MODEL_NAME.test(last) || PIPELINES.has(last) || SEARCHES.has(last) || last === 'clone';
    });
    return constructs && this.callsMethod(node, ctx, 'fit');
  }

  /** A dotted callee resolved through the unit's imports ('SS' -> 'sklearn.preprocessing.StandardScaler'). */
  private resolveText(text: string): string {
    const [first, ...rest] = text.split('.');
    const bound = this.unit.names.get(first);
    return bound?.t === 'name' ? [bound.qualified, ...rest].join('.') : text;
  }

  private importStatement(node: SyntaxNode, ctx: Context): void {
    const parts = childrenOf(node);
    const text = (c: SyntaxNode): string => this.text(c, ctx);
    if (parts[0]?.name === 'from') {
      const importAt = parts.findIndex(c => c.name === 'import');
      const module = parts.slice(1, importAt).map(text).join('');
      const names = parts.slice(importAt + 1).filter(c => c.name !== '(' && c.name !== ')');
      const repo = this.loadModule(ctx.module.path, module);
      for (let i = 0; i < names.length; i++) {
        const c = names[i];
        if (c.name === '*' && repo) {
          repo.names.forEach((v, k) => this.bind(k, v, ctx));
        }
        if (c.name !== 'VariableName') {
          continue;
        }
        const name = text(c);
        const local = names[i + 1]?.name === 'as' && names[i + 2] ? text(names[i + 2]) : name;
        if (names[i + 1]?.name === 'as') {
          i += 2;
        }
        const fromRepo = repo?.names.get(name);
        this.bind(local, fromRepo ?? { t: 'name', qualified: `${module.replace(/^\.+/, '')}.${name}` }, ctx);
      }
      return;
    }
    // import a.b.c [as d], e
    let dotted: string[] = [];
    for (let i = 1; i <= parts.length; i++) {
      const c = parts[i];
      if (c?.name === 'VariableName' && parts[i - 1]?.name !== 'as') {
        dotted.push(text(c));
      } else if (c?.name === 'as') {
        this.bind(text(parts[i + 1]), { t: 'name', qualified: dotted.join('.') }, ctx);
        dotted = [];
        i++;
      } else if (!c || c.name === ',') {
        if (dotted.length) {
          this.bind(dotted[0], { t: 'name', qualified: dotted[0] }, ctx);
        }
        dotted = [];
      }
    }
  }

  /** A repo module's defs and imports (its other top-level code is not run). */
  private loadModule(fromPath: string, dotted: string): ModuleScope | undefined {
    const found = this.host.module(fromPath, dotted);
    if (!found) {
      return undefined;
    }
    const cached = this.modules.get(found.path);
    if (cached !== undefined) {
      return cached ?? undefined;
    }
    this.modules.set(found.path, null);
    const scope: ModuleScope = { path: found.path, source: found.source, names: new Map() };
    const tree = parser.parse(parserText(found.source));
    const ctx: Context = { module: scope, source: found.source };
    const saved = this.currentSource;
    this.currentSource = found.source;
    for (const node of childrenOf(tree.topNode)) {
      if (node.name === 'ImportStatement' || node.name === 'FunctionDefinition' || node.name === 'DecoratedStatement' || node.name === 'ClassDefinition') {
        this.statement(node, ctx);
      }
    }
    this.currentSource = saved;
    this.modules.set(found.path, scope);
    return scope;
  }

  private assignStatement(node: SyntaxNode, ctx: Context): void {
    const parts = childrenOf(node).filter(c => c.name !== 'TypeDef');
    const groups: SyntaxNode[][] = [[]];
    for (const c of parts) {
      if (c.name === 'AssignOp') {
        groups.push([]);
      } else {
        groups[groups.length - 1].push(c);
      }
    }
    const valueGroup = groups.pop()!.filter(c => c.name !== ',');
    if (!valueGroup.length) {
      return;
    }
    const value = valueGroup.length === 1 ? this.expr(valueGroup[0], ctx) : { t: 'sequence' as const, items: valueGroup.map(v => this.expr(v, ctx)) };
    for (const group of groups) {
      const targets = group.filter(c => c.name !== ',');
      if (targets.length === 1 && !group.some(c => c.name === ',')) {
        this.assignTarget(targets[0], value, ctx);
      } else {
        this.unpack(targets, value, ctx, false);
      }
    }
  }

  /** `a, b = value`: a sequence by position; data unpacks into the same rows (`X, y = load(...)`). */
  private unpack(targets: SyntaxNode[], value: Value, ctx: Context, nested: boolean): void {
    const plain = targets.filter(t => t.name !== '*');
    // `X_train, X_test, y_train, y_test = prepare(df)`: parts named as different rows are different rows.
    const names = plain.map(t => this.text(t, ctx));
    const parts = plain.length >= 3 || names.some(n => TEST_NAME.test(n) || VALIDATION_NAME.test(n) || /train/i.test(n));
    plain.forEach((target, i) => {
      let item: Value;
      if (value.t === 'sequence') {
        item = value.items[i] ?? CONST;
      } else if (isData(value)) {
        // Nested tuples of one call's data (`(x_train, y_train), (x_test, y_test) = load_data()`) are different rows.
        item = nested || parts || target.name === 'TupleExpression' || target.name === 'ParenthesizedExpression' ? this.child(value, `u${i}`) : value;
      } else {
        item = value;
      }
      if (target.name === 'TupleExpression' || target.name === 'ArrayExpression' || target.name === 'ParenthesizedExpression') {
        this.unpack(childrenOf(target).filter(isExpression), item, ctx, isData(item) && value.t !== 'sequence');
      } else {
        this.assignTarget(target, item, ctx);
      }
    });
  }

  private assignTarget(target: SyntaxNode, value: Value, ctx: Context): void {
    if (target.name === 'VariableName') {
      this.bind(this.text(target, ctx), value, ctx);
      return;
    }
    if (target.name === 'TupleExpression' || target.name === 'ArrayExpression' || target.name === 'ParenthesizedExpression') {
      this.unpack(childrenOf(target).filter(isExpression), value, ctx, false);
      return;
    }
    if (target.name === 'MemberExpression') {
      // `df['x'] = ...`, `df.loc[m, 'x'] = ...`: the frame now holds what the value learnt.
      const root = this.rootName(target);
      if (!root) {
        return;
      }
      const name = this.text(root, ctx);
      const held = this.lookup(name, ctx);
      if (held.t === 'estimator') {
        // `model.C = 10`: another hyper-parameter, so another model once it is fit again.
        held.tuned = (held.tuned ?? 0) + 1;
      }
      if (held.t === 'sequence' && value.t === 'estimator' && !held.items.includes(value)) {
        // `best[name] = search.best_estimator_`: a dict of models filled by key holds that model.
        held.items.push(value);
      }
      if (isData(held) && (isData(value) || value.t === 'statistic')) {
        const taint = value.t === 'statistic' ? [value.fit] : value.taint;
        this.bind(name, { ...held, taint: mergeTaint(held.taint, taint), copied: held.copied ?? (isData(value) ? value.copied : undefined) }, ctx);
      }
    }
  }

  private rootName(node: SyntaxNode): SyntaxNode | undefined {
    let n: SyntaxNode | null = node;
    while (n && n.name === 'MemberExpression') {
      n = n.firstChild;
    }
    return n?.name === 'VariableName' ? n : undefined;
  }

  private bind(name: string, value: Value, ctx: Context): void {
    let bound = value;
    if (isData(value)) {
      bound = this.named(name, value);
    }
    (ctx.locals ?? ctx.module.names).set(name, bound);
  }

  /** Data gets the name it is assigned to; a split's side, or a name that says test, makes it test data. */
  private named(name: string, value: DataValue): DataValue {
    const side = value.splitSide;
    if (side) {
      const entry = side.site.sides[side.input];
      if (entry) {
        entry[side.side] = entry[side.side] ?? name;
      }
      if (side.side === 'test' && value.test && !value.test.name) {
        const test: TestMark = { ...value.test, name, validation: VALIDATION_NAME.test(name) && !TEST_NAME.test(name) };
        const marked: DataValue = { ...value, name, test, splitSide: undefined };
        this.checkTestRows(marked, `\`${name}\` at ${this.host.describe(side.site.at)}`, side.site);
        return marked;
      }
      return { ...value, name, splitSide: undefined };
    }
    if (!value.test && TEST_NAME.test(name) && !TRAINING_NAME.test(name)) {
      return { ...value, name, test: { name, at: this.site(), validation: false } };
    }
    if (!value.test && VALIDATION_NAME.test(name) && !TRAINING_NAME.test(name)) {
      return { ...value, name, test: { name, at: this.site(), validation: true } };
    }
    return { ...value, name };
  }

  // ---- expressions ----

  private text(node: SyntaxNode, ctx: Context): string {
    return ctx.source.slice(node.from, node.to);
  }

  private site(): number {
    return this.callSite ?? this.stmtAt;
  }

  private lookup(name: string, ctx: Context): Value {
    const v = ctx.locals?.get(name) ?? ctx.module.names.get(name) ?? (ctx.module !== this.unit ? undefined : undefined);
    if (v) {
      return v;
    }
    return { t: 'name', qualified: name, free: !isBuiltinName(name) };
  }

  private fresh(): DataValue {
    return { t: 'data', rows: [`o${++this.ids}`], taint: [] };
  }

  /** A part of data's rows (a filter, a sample, one side of an unpacked pair). */
  private child(value: DataValue, segment: string): DataValue {
    return { ...value, rows: value.rows.map(r => `${r}/${segment}`) };
  }

  /** What a value is when used as data: free names and unknown values are rows of their own. */
  private asData(value: Value, name?: string): DataValue | undefined {
    if (isData(value)) {
      return value;
    }
    if (value.t === 'name' && value.free) {
      return { t: 'data', rows: [`free:${value.qualified}`], taint: [], name: name ?? value.qualified };
    }
    if (value.t === 'sequence') {
      const data = value.items.filter(isData);
      return data.length ? this.concatenate(data, false) : undefined;
    }
    return undefined;
  }

  private expr(node: SyntaxNode, ctx: Context): Value {
    const saved = this.currentSource;
    this.currentSource = ctx.source;
    try {
      return this.exprIn(node, ctx);
    } finally {
      this.currentSource = saved;
    }
  }

  private exprIn(node: SyntaxNode, ctx: Context): Value {
    switch (node.name) {
      case 'VariableName':
        return this.lookup(this.text(node, ctx), ctx);
      case 'ParenthesizedExpression': {
        const inner = childrenOf(node).filter(isExpression);
        return inner.length === 1 ? this.expr(inner[0], ctx) : { t: 'sequence', items: inner.map(c => this.expr(c, ctx)) };
      }
      case 'TupleExpression':
      case 'ArrayExpression':
      case 'SetExpression':
        return { t: 'sequence', items: childrenOf(node).filter(isExpression).map(c => this.expr(c, ctx)) };
      case 'DictionaryExpression': {
        const parts = childrenOf(node);
        return { t: 'sequence', items: parts.filter((c, i) => isExpression(c) && parts[i - 1]?.name === ':').map(c => this.expr(c, ctx)) };
      }
      case 'BinaryExpression': {
        const [left, , right] = childrenOf(node);
        return left && right ? this.binary(this.expr(left, ctx), this.expr(right, ctx)) : CONST;
      }
      case 'UnaryExpression': {
        const operand = childrenOf(node).find(isExpression);
        const v = operand ? this.expr(operand, ctx) : CONST;
        return isData(v) || v.t === 'statistic' ? v : CONST;
      }
      case 'ConditionalExpression': {
        const parts = childrenOf(node).filter(isExpression).map(c => this.expr(c, ctx));
        return parts[0] ?? CONST;
      }
      case 'CallExpression':
        return this.call(node, ctx);
      case 'MemberExpression':
        return this.member(node, ctx);
      default:
        return CONST;
    }
  }

  private binary(a: Value, b: Value): Value {
    // Predictions met with the test labels (`y_test - pred`, `pred == y_test`): a score computed by hand.
    for (const [predicted, truth] of [[a, b], [b, a]]) {
      if (isData(predicted) && predicted.predictedBy && isData(truth) && !truth.predictedBy && truth.test && !truth.test.validation) {
        this.scoredBy(predicted.predictedBy, predicted);
      }
    }
    const data = [a, b].filter(isData);
    const stats = [a, b].flatMap(v => (v.t === 'statistic' ? [v.fit] : []));
    if (data.length) {
      return { ...data[0], taint: mergeTaint(...data.map(d => d.taint), stats), copied: data[0].copied ?? data[1]?.copied };
    }
    const stat = [a, b].find(v => v.t === 'statistic');
    return stat ?? CONST;
  }

  private member(node: SyntaxNode, ctx: Context): Value {
    const parts = childrenOf(node);
    const object = parts[0];
    if (!object) {
      return CONST;
    }
    const held = this.expr(object, ctx);
    if (parts[1]?.name === '[') {
      return this.subscript(held, parts.slice(2, -1), ctx);
    }
    const prop = parts.find(c => c.name === 'PropertyName');
    const name = prop ? this.text(prop, ctx) : '';
    switch (held.t) {
      case 'name':
        return held.free ? (this.asData(held) as Value) : { t: 'name', qualified: `${held.qualified}.${name}` };
      case 'data':
        return NON_ROW_ATTRIBUTES.has(name) ? CONST : held;
      case 'statistic':
        return held;
      case 'estimator':
        if (name === 'best_estimator_' || name === 'named_steps' || name === 'steps') {
          return held;
        }
        // `scaler.mean_`: what the fit learnt, usable by hand to scale rows.
        return held.learnt && name.endsWith('_') ? { t: 'statistic', fit: held.learnt } : CONST;
      default:
        return CONST;
    }
  }

  private subscript(held: Value, inside: SyntaxNode[], ctx: Context): Value {
    if (held.t === 'sequence') {
      const index = inside.length === 1 && inside[0].name === 'Number' ? Number(this.text(inside[0], ctx)) : NaN;
      return Number.isInteger(index) ? held.items[index] ?? CONST : held.items.find(isData) ?? held.items[0] ?? CONST;
    }
    if (held.t === 'name' && !held.free) {
      // `np.r_[a, b]` stacks rows; `np.c_[X, noise]` stacks columns, so it holds the rows of its operands.
      const stacker = lastPart(held.qualified);
      if (stacker === 'r_' || stacker === 'c_') {
        const parts = inside.filter(isExpression).map(c => this.asData(this.expr(c, ctx))).filter((d): d is DataValue => !!d);
        return parts.length ? this.concatenate(parts, stacker === 'r_') : CONST;
      }
      return CONST;
    }
    if (held.t === 'statistic' || held.t === 'estimator') {
      return held;
    }
    const data = this.asData(held);
    if (!data) {
      return CONST;
    }
    // The rows are chosen by what comes before the first top-level comma.
    const comma = inside.findIndex(c => c.name === ',');
    const first = comma === -1 ? inside : inside.slice(0, comma);
    inside.filter(isExpression).forEach(c => this.expr(c, ctx));
    const colon = first.findIndex(c => c.name === ':');
    if (colon !== -1) {
      const start = first.slice(0, colon).map(c => this.text(c, ctx)).join('').trim();
      const endParts = first.slice(colon + 1);
      const second = endParts.findIndex(c => c.name === ':');
      const end = (second === -1 ? endParts : endParts.slice(0, second)).map(c => this.text(c, ctx)).join('').trim();
      return start === '' && end === '' ? data : this.child(data, rangeSegment(start, end));
    }
    const index = first.filter(isExpression);
    if (index.length !== 1) {
      return data;
    }
    const kind = index[0].name;
    if (kind === 'String' && SPLIT_KEY.test(this.text(index[0], ctx))) {
      // `ds['train']`, `ds['test']`, `features.loc['test']`: a dataset's named splits are different rows.
      return this.child(data, `k${this.text(index[0], ctx).replace(/\W/g, '')}`);
    }
    if (kind === 'String' || kind === 'Number' || kind === 'FormatString' || kind === 'ArrayExpression') {
      return data;
    }
    const indexValue = this.expr(index[0], ctx);
    // A mask or index array chooses rows (by value: see `pathsOverlap`); a name holding column names does not.
    return isData(indexValue) ? this.child(data, `${MASK_SEGMENT}${++this.ids}`) : data;
  }

  private args(node: SyntaxNode): Args {
    const list = childrenOf(node).find(c => c.name === 'ArgList');
    const args: Args = { positional: [], keywords: new Map(), text: list ? this.sourceOf(list) : '()' };
    if (!list) {
      return args;
    }
    const parts = childrenOf(list);
    for (let i = 0; i < parts.length; i++) {
      const c = parts[i];
      if (c.name === 'VariableName' && parts[i + 1]?.name === 'AssignOp' && parts[i + 2]) {
        args.keywords.set(this.sourceOf(c), parts[i + 2]);
        i += 2;
      } else if (isExpression(c) && parts[i - 1]?.name !== '*' && parts[i - 1]?.name !== '**') {
        args.positional.push(c);
      }
    }
    return args;
  }

  private call(node: SyntaxNode, ctx: Context): Value {
    const callee = node.firstChild;
    if (!callee) {
      return CONST;
    }
    const args = this.args(node);
    if (callee.name === 'MemberExpression' && childrenOf(callee)[1]?.name === '.') {
      const parts = childrenOf(callee);
      const receiver = this.expr(parts[0], ctx);
      const prop = parts.find(c => c.name === 'PropertyName');
      const method = prop ? this.text(prop, ctx) : '';
      return this.method(receiver, method, args, ctx, parts[0]);
    }
    const value = this.expr(callee, ctx);
    if (value.t === 'function') {
      return this.callFunction(value, args, ctx);
    }
    if (value.t === 'name') {
      return this.callName(value.qualified, args, ctx, !!value.free);
    }
    return this.propagate(args, ctx);
  }

  private argValue(args: Args, index: number, keyword: string | undefined, ctx: Context): Value {
    const node = (keyword && args.keywords.get(keyword)) || args.positional[index];
    return node ? this.expr(node, ctx) : CONST;
  }

  private argText(args: Args, index: number, keyword: string | undefined, ctx: Context): string {
    const node = (keyword && args.keywords.get(keyword)) || args.positional[index];
    return node ? this.text(node, ctx) : '';
  }

  /** An unknown function: its result holds the rows of its first data argument and what they all learnt. */
  private propagate(args: Args, ctx: Context): Value {
    const values = [...args.positional, ...args.keywords.values()].map(n => this.expr(n, ctx));
    const data = values.flatMap(leaves).filter(isData);
    const stats = values.flatMap(v => (v.t === 'statistic' ? [v.fit] : []));
    if (!data.length) {
      return stats.length ? values.find(v => v.t === 'statistic')! : CONST;
    }
    return { ...data[0], taint: mergeTaint(...data.map(d => d.taint), stats), copied: data.find(d => d.copied)?.copied };
  }

  private callName(qualified: string, args: Args, ctx: Context, free: boolean): Value {
    const last = lastPart(qualified);
    const dot = qualified.lastIndexOf('.');
    if (dot > 0) {
      const repo = this.loadModule(ctx.module.path, qualified.slice(0, dot));
      const fn = repo?.names.get(last);
      if (fn?.t === 'function') {
        return this.callFunction(fn, args, ctx);
      }
    }
    if (SPLIT_FUNCTIONS.has(last)) {
      return this.split(args, ctx);
    }
    if (ARRAY_MAKERS.test(qualified) || SCALAR_BUILTINS.has(qualified)) {
      [...args.positional, ...args.keywords.values()].forEach(n => this.expr(n, ctx));
      return CONST;
    }
    if (CROSS_VALIDATION.has(last)) {
      const estimator = this.argValue(args, 0, 'estimator', ctx);
      const rows = this.asData(this.argValue(args, 1, 'X', ctx), this.argText(args, 1, 'X', ctx));
      if (rows) {
        this.checkFolds(rows, estimator);
      }
      return CONST;
    }
    if (PIPELINES.has(last)) {
      const steps = [...args.positional, ...args.keywords.values()]
        .flatMap(n => leaves(this.expr(n, ctx)))
        .filter((v): v is EstimatorValue => v.t === 'estimator');
      const role: EstimatorRole = steps.length ? steps[steps.length - 1].role : 'unknown';
      const learns = steps.some(step => step.learns);
      return { t: 'estimator', cls: last, role: role === 'transformer' || role === 'oversampler' ? 'transformer' : role, steps, learns, made: this.made(last, args) };
    }
    const estimator = this.estimatorClass(last);
    if (estimator) {
      args.positional.forEach(n => this.expr(n, ctx));
      return { t: 'estimator', cls: last, role: estimator, learns: learnsFromRows(last), made: this.made(last, args) };
    }
    if (ARRAY_LIBRARIES.test(qualified)) {
      if (ROW_STATISTICS.has(last)) {
        const data = this.asData(this.argValue(args, 0, 'a', ctx));
        if (data && !this.rowWise(args, ctx)) {
          return { t: 'statistic', fit: this.fitOf(last, this.argText(args, 0, 'a', ctx), data) };
        }
      }
      if (ROW_CONCATENATION.has(last)) {
        const parts = [...args.positional.slice(0, last === 'append' ? 2 : 1)].flatMap(n => leaves(this.expr(n, ctx))).map(v => this.asData(v)).filter((d): d is DataValue => !!d);
        const axis = args.keywords.get('axis');
        const columns = !!axis && /^(1|'columns'|"columns")$/.test(this.text(axis, ctx));
        return parts.length ? this.concatenate(parts, !columns) : CONST;
      }
      if (ROW_REPEATS.has(last)) {
        const data = this.asData(this.argValue(args, 0, undefined, ctx));
        return data ? { ...data, copied: { at: this.site(), what: qualified } } : CONST;
      }
    }
    if (last === 'resample' && /^sklearn\.utils/.test(qualified)) {
      const values = args.positional.map(n => this.asData(this.expr(n, ctx)));
      const replace = args.keywords.get('replace');
      const copies = !replace || this.text(replace, ctx) !== 'False';
      const out = values.map(d => (d ? (copies ? { ...d, copied: { at: this.site(), what: 'resample(replace=True)' } } : this.child(d, `p${++this.ids}`)) : CONST));
      return out.length === 1 ? out[0] : { t: 'sequence', items: out };
    }
    if (/(_score|_error|_loss)$|^(classification_report|confusion_matrix)$/.test(last)) {
      const values = [...args.positional, ...args.keywords.values()].map(n => this.expr(n, ctx));
      values.filter(isData).forEach(d => {
        this.checkRepeatedScoring(d);
        this.scoredBy(d.predictedBy, d);
      });
      return CONST;
    }
    const file = this.literalPath(args, ctx);
    if (file !== undefined && LOADER.test(last) && this.written.has(file)) {
      return this.written.get(file)!;
    }
    const propagated = this.propagate(args, ctx);
    if (propagated.t !== 'const') {
      return propagated;
    }
    if (free || isBuiltinName(qualified)) {
      return CONST;
    }
    if (ARRAY_LIBRARIES.test(qualified) && /^[A-Z]/.test(last) && !LOADER.test(last)) {
      // `np.random.RandomState(0)`, `pd.Series(...)`: a library object, no estimator; what its methods return
      // (`rng.normal(size=...)`) is data of its own rows.
      return { t: 'name', qualified };
    }
    return LOADER.test(last) || !/^[A-Z]/.test(last) ? this.fresh() : { t: 'estimator', cls: last, role: 'unknown', learns: learnsFromRows(last), made: this.made(last, args) };
  }

  /** The first argument when it is a plain string literal (a file name), without its quotes. */
  private literalPath(args: Args, ctx: Context): string | undefined {
    const first = args.positional[0];
    if (first?.name !== 'String') {
      return undefined;
    }
    const m = /^(['"])(.*)\1$/.exec(this.text(first, ctx));
    return m ? m[2] : undefined;
  }

  /** How an estimator is made, as written; made by a helper, the helper's call site too (each call is another). */
  private made(cls: string, args: Args): string {
    const helper = this.frames[0]?.at ?? this.callSite;
    return `${cls}${args.text}${helper === undefined ? '' : `@${helper}`}`;
  }

  /** `axis=1`: a statistic of each row over its columns learns nothing across rows. */
  private rowWise(args: Args, ctx: Context): boolean {
    const axis = args.keywords.get('axis');
    return !!axis && /^(1|'columns'|"columns")$/.test(this.text(axis, ctx));
  }

  private estimatorClass(last: string): EstimatorRole | undefined {
    if (LEARNING_TRANSFORMERS.has(last)) {
      return 'transformer';
    }
    if (OVERSAMPLERS.has(last)) {
      return 'oversampler';
    }
    if (SEARCHES.has(last)) {
      return 'search';
    }
    if (MODEL_BENCHMARKS.has(last)) {
      return 'benchmark';
    }
    if (SPLITTERS.has(last)) {
      return 'splitter';
    }
    if (MODEL_NAME.test(last)) {
      return 'model';
    }
    return undefined;
  }

  /**
   * A fit is placed at the statement that fits, except in a helper of the unit fitting on rows its caller gave it
   * (`def normalise(frame)`): there the call that hands it the rows is the leaking statement.
   */
  private fitOf(what: string, data: string, rows: DataValue): Fit {
    const frame = this.frames.find(f => f.argumentRows.some(a => a.length > 0 && rowsWithin(rows.rows, a)));
    const inUnit = this.callSite === undefined && this.stmtNode;
    const at = this.callSite ?? frame?.at ?? this.stmtAt;
    const node = this.callSite === undefined ? (frame ? frame.node : inUnit ? this.stmtNode : undefined) : undefined;
    return { at, what, data, rows: rows.rows, ...(this.via && { via: this.via }), ...(node && { node }) };
  }

  private concatenate(parts: DataValue[], rowsStacked: boolean): DataValue {
    if (!rowsStacked) {
      return { ...parts[0], taint: mergeTaint(...parts.map(p => p.taint)), copied: parts.find(p => p.copied)?.copied };
    }
    const rows = [...new Set(parts.flatMap(p => p.rows))];
    let copied = parts.find(p => p.copied)?.copied;
    for (let i = 0; i < parts.length && !copied; i++) {
      for (let j = i + 1; j < parts.length && !copied; j++) {
        if (rowsOverlap(parts[i].rows, parts[j].rows)) {
          copied = { at: this.site(), what: 'a concatenation of rows already there' };
        }
      }
    }
    const allTest = parts.every(p => p.test && !p.test.validation);
    return { t: 'data', rows, taint: mergeTaint(...parts.map(p => p.taint)), copied, ...(allTest && { test: parts[0].test }) };
  }

  /**
   * A split with a fixed seed (`random_state=30`) is a function of its rows and arguments: the same rows split again
   * the same way fall on the same sides (`X_pca`, a transform of `X`, re-split like `X` has the same test rows). Its
   * key is the rows split and the arguments as written; without a literal seed, or of rows copied by over-sampling
   * (more rows than they came from), each split is its own.
   */
  private seededSplit(args: Args, ctx: Context): string | undefined {
    const seed = args.keywords.get('random_state');
    const first = args.positional[0];
    if (!seed || seed.name !== 'Number' || !first) {
      return undefined;
    }
    const data = this.asData(this.expr(first, ctx));
    if (!data || data.copied) {
      return undefined;
    }
    const settings = [...args.keywords.entries()].map(([k, v]) => `${k}=${this.text(v, ctx).replace(/\s+/g, '')}`).sort();
    return `[${hashOf(`${[...data.rows].sort().join('+')}|${settings.join(',')}`)}]`;
  }

  /** train_test_split(*arrays): per array, a train side and a test side, in that order. */
  private split(args: Args, ctx: Context): Value {
    const id = this.seededSplit(args, ctx) ?? String(++this.ids);
    const site: SplitSite = { at: this.site(), ...(this.callSite === undefined && this.stmtNode && { node: this.stmtNode }), sides: [] };
    const items: Value[] = [];
    args.positional.forEach((n, input) => {
      const data = this.asData(this.expr(n, ctx), this.text(n, ctx));
      site.sides.push({ input: this.text(n, ctx) });
      if (!data) {
        items.push(CONST, CONST);
        return;
      }
      items.push({ ...this.child(data, `s${id}r`), test: undefined, splitSide: { site, input, side: 'train' } });
      items.push({ ...this.child(data, `s${id}t`), test: { name: '', at: site.at, validation: false, split: site }, splitSide: { site, input, side: 'test' } });
    });
    return { t: 'sequence', items };
  }

  private method(receiver: Value, method: string, args: Args, ctx: Context, receiverNode: SyntaxNode): Value {
    switch (receiver.t) {
      case 'estimator':
        return this.estimatorMethod(receiver, method, args, ctx);
      case 'data':
        return this.dataMethod(receiver, method, args, ctx, receiverNode);
      case 'statistic':
        this.propagate(args, ctx);
        return receiver;
      case 'sequence':
        if (method === 'append' || method === 'extend' || method === 'insert') {
          receiver.items.push(...args.positional.map(n => this.expr(n, ctx)));
          return CONST;
        }
        return method === 'items' || method === 'values' || method === 'copy' ? receiver : CONST;
      case 'name':
        if (receiver.free && this.isEstimatorMethod(method)) {
          // A model made where the analysis cannot see (another notebook, a pickle): known by what is done with it.
          const estimator: EstimatorValue = { t: 'estimator', cls: receiver.qualified, role: 'unknown' };
          this.bind(receiver.qualified, estimator, ctx);
          return this.estimatorMethod(estimator, method, args, ctx);
        }
        if (receiver.free) {
          const data = this.asData(receiver)!;
          return this.dataMethod(data, method, args, ctx, receiverNode);
        }
        return this.callName(`${receiver.qualified}.${method}`, args, ctx, false);
      case 'function':
      case 'const':
        this.propagate(args, ctx);
        return CONST;
    }
  }

  private isEstimatorMethod(method: string): boolean {
    return FIT_METHODS.has(method) || SCORING_METHODS.has(method) || /^(fit_transform|transform|fit_resample)$/.test(method);
  }

  private estimatorMethod(est: EstimatorValue, method: string, args: Args, ctx: Context): Value {
    const first = (): DataValue | undefined => this.asData(this.argValue(args, 0, 'X', ctx), this.argText(args, 0, 'X', ctx));
    if (est.role === 'benchmark' && method === 'fit') {
      return this.benchmarkFit(est, args, ctx);
    }
    if (FIT_METHODS.has(method) || method === 'fit_transform' || method === 'fit_resample' || method === 'fit_sample') {
      const data = first();
      [...args.positional.slice(1), ...args.keywords.values()].forEach(n => this.expr(n, ctx));
      if (!data) {
        return method === 'fit_transform' ? CONST : est;
      }
      if (est.role === 'search') {
        this.checkFolds(data, est);
      }
      const before = est.learnt;
      est.learnt = this.fitOf(`${est.cls}.${method}`, this.argText(args, 0, 'X', ctx), data);
      // What shaped the features it is fit on (`X_train_pca` after PCA(0.95), then after PCA(2)): another feature set.
      est.fitFeatures = data.taint.map(t => `${t.what}@${t.at}`).sort().join(',');
      if (before && !rowsOverlap(before.rows, data.rows)) {
        est.learnt.refit = true;
      }
      if (method === 'fit_resample' || method === 'fit_sample') {
        const y = this.asData(this.argValue(args, 1, 'y', ctx));
        const copied = est.role === 'oversampler' ? { at: this.site(), what: `${est.cls}.${method}` } : undefined;
        const resampled = (d: DataValue): DataValue => (copied ? { ...d, copied } : this.child(d, `p${++this.ids}`));
        return { t: 'sequence', items: [resampled(data), y ? resampled(y) : CONST] };
      }
      if (method === 'fit_transform') {
        if (est.role === 'unknown') {
          est.role = 'transformer';
        }
        return this.transformed(est, data);
      }
      est.fitOnTest = data.test && !data.test.validation ? data.test : undefined;
      // A search chooses its hyper-parameters by scoring on what it is fit on: on test data, that is choosing on it.
      if (est.fitOnTest && est.role === 'search') {
        this.leak('multi-test', est.learnt.at, `${est.cls} chooses among models by scoring them on the test data \`${est.fitOnTest.name}\` (${this.where(est.fitOnTest)}): the test set picks the model, so its score there says nothing about new data`);
      }
      return est;
    }
    if (method === 'transform') {
      if (est.role === 'unknown') {
        est.role = 'transformer';
      }
      const data = first();
      return data ? this.transformed(est, data) : CONST;
    }
    if (method === 'split' && est.role === 'splitter') {
      const data = first();
      if (data) {
        this.checkFolds(data, est);
      }
      return this.fresh();
    }
    if (SCORING_METHODS.has(method)) {
      const data = first();
      [...args.positional.slice(1), ...args.keywords.values()].forEach(n => this.expr(n, ctx));
      if (!data) {
        return CONST;
      }
      this.scored(est, data);
      const model = identityOf(est);
      if (method === 'score' || method === 'evaluate') {
        this.scoredBy(model, data);
        return CONST;
      }
      return { ...data, taint: [], ...(model && { predictedBy: model }) };
    }
    this.propagate(args, ctx);
    if ((method === 'add' || method === 'compile') && est.role === 'model') {
      // Keras: `model.add(Dense(128))`, `model.compile(optimizer=...)` make the model what it is, as its arguments do.
      est.made = `${est.made ?? est.cls}.${method}${args.text}`;
      return CONST;
    }
    if (method === 'set_params') {
      est.tuned = (est.tuned ?? 0) + 1;
      return est;
    }
    return CONST;
  }

  /** A transformer's output: the rows given, plus what the transformer learnt (when it learnt from rows). */
  private transformed(est: EstimatorValue, data: DataValue): DataValue {
    if (!est.learnt || !est.learns || est.role === 'model' || est.role === 'search') {
      return data;
    }
    return { ...data, taint: mergeTaint(data.taint, [est.learnt]) };
  }

  private dataMethod(data: DataValue, method: string, args: Args, ctx: Context, receiverNode: SyntaxNode): Value {
    const values = [...args.positional, ...args.keywords.values()].map(n => this.expr(n, ctx));
    const receiverText = this.text(receiverNode, ctx);
    if (ROW_STATISTICS.has(method) || method === 'describe') {
      return this.rowWise(args, ctx) ? data : { t: 'statistic', fit: this.fitOf(method, receiverText, data) };
    }
    if ((method === 'transform' || method === 'agg' || method === 'aggregate') && args.positional[0]?.name === 'String') {
      const stat = this.text(args.positional[0], ctx).replace(/['"]/g, '');
      if (ROW_STATISTICS.has(stat)) {
        return { t: 'statistic', fit: this.fitOf(stat, receiverText, data) };
      }
    }
    if (/^to_(csv|pickle|parquet|feather|excel|json|hdf)$/.test(method)) {
      // A file round trip: what is read back from the same literal path is these rows, with what they learnt.
      const file = this.literalPath(args, ctx);
      if (file !== undefined) {
        this.written.set(file, { ...data, test: undefined, splitSide: undefined, predictedBy: undefined });
      }
      return CONST;
    }
    let result: DataValue;
    if (method === 'sample') {
      const replace = args.keywords.get('replace');
      const frac = args.keywords.get('frac');
      const copies = (replace && this.text(replace, ctx) === 'True') || (frac && Number(this.text(frac, ctx)) > 1);
      result = copies ? { ...data, copied: { at: this.site(), what: `${receiverText}.sample(replace=True)` } } : this.child(data, `p${++this.ids}`);
    } else if ((method === 'take' || method === 'skip') && args.positional[0]) {
      // tf.data: the first n elements, or all after them.
      const n = this.text(args.positional[0], ctx);
      result = this.child(data, method === 'take' ? rangeSegment('', n) : rangeSegment(n, ''));
    } else if (method === 'drop' && (args.keywords.has('index') || (args.positional[0] && isData(values[0])))) {
      // `df.drop(train.index)`: the rows left are others than the ones dropped.
      result = this.child(data, `f${++this.ids}`);
    } else if (method === 'head' || method === 'tail') {
      const n = args.positional[0] ? this.text(args.positional[0], ctx) : '5';
      result = this.child(data, method === 'head' ? rangeSegment('', n) : rangeSegment(`-${n}`, ''));
    } else if (method === 'append' || method === 'union') {
      const others = values.map(v => this.asData(v)).filter((d): d is DataValue => !!d);
      result = this.concatenate([data, ...others], true);
    } else {
      const lambda = this.lambdaOver(data, method, args, ctx);
      const stats = [...values, ...(lambda ? [lambda] : [])].flatMap(v => (v.t === 'statistic' ? [v.fit] : []));
      const taints = [...values, ...(lambda ? [lambda] : [])].filter(isData).map(d => d.taint);
      result = { ...data, taint: mergeTaint(data.taint, stats, ...taints) };
    }
    const inplace = args.keywords.get('inplace');
    if (inplace && this.text(inplace, ctx) === 'True') {
      const root = this.rootName(receiverNode);
      if (root) {
        const name = this.text(root, ctx);
        const held = this.lookup(name, ctx);
        if (isData(held)) {
          this.bind(name, { ...held, taint: mergeTaint(held.taint, result.taint), copied: held.copied ?? result.copied }, ctx);
        }
      }
      return CONST;
    }
    return result;
  }

  /**
   * `frame.apply(lambda col: col.fillna(col.median()))`, `groups.transform(lambda g: g - g.mean())`: the lambda
   * runs on the receiver's rows (a column, a group: what it learns, it learns from those rows). With `axis=1`, or
   * through `map`/`applymap`, it gets one row or one value, which teaches nothing about the other rows.
   */
  private lambdaOver(data: DataValue, method: string, args: Args, ctx: Context): Value | undefined {
    const fn = args.positional[0] ?? args.keywords.get('func');
    if (!/^(apply|transform|agg|aggregate|pipe|map|applymap)$/.test(method) || fn?.name !== 'LambdaExpression') {
      return undefined;
    }
    const parts = childrenOf(fn);
    const params = parts.find(c => c.name === 'ParamList');
    const body = parts[parts.length - 1];
    const param = params ? childrenOf(params).find(c => c.name === 'VariableName') : undefined;
    if (!body || body === params) {
      return undefined;
    }
    const perRow = this.rowWise(args, ctx) || method === 'map' || method === 'applymap';
    const locals = new Map(ctx.locals ?? []);
    if (param) {
      // The frame's own name stands for the lambda's parameter in what is said of a statistic taken over it.
      locals.set(this.text(param, ctx), perRow ? this.fresh() : { ...data, name: data.name ?? this.text(param, ctx) });
    }
    const value = this.expr(body, { ...ctx, locals });
    const named = (fit: Fit): Fit => (param && fit.data === this.text(param, ctx) && data.name ? { ...fit, data: data.name } : fit);
    if (value.t === 'statistic') {
      return { t: 'statistic', fit: named(value.fit) };
    }
    return isData(value) ? { ...value, taint: value.taint.map(named) } : undefined;
  }

  private callFunction(fn: FunctionValue, args: Args, ctx: Context): Value {
    if (this.depth >= MAX_CALL_DEPTH || this.running.has(`${fn.module.path}:${fn.node.from}`)) {
      return this.propagate(args, ctx);
    }
    const locals = new Map<string, Value>();
    const params = childrenOf(fn.node).find(c => c.name === 'ParamList');
    const fnCtx: Context = { module: fn.module, locals, source: fn.module.source, returns: [] };
    const names: string[] = [];
    if (params) {
      const parts = childrenOf(params);
      parts.forEach((c, i) => {
        if (c.name === 'VariableName' && parts[i - 1]?.name !== '*' && parts[i - 1]?.name !== '**' && parts[i - 1]?.name !== 'AssignOp') {
          names.push((fn.cell?.source ?? fn.module.source).slice(c.from, c.to));
        }
      });
    }
    // Defaults that are None: a helper's `scaler=None` branch is known when it is not passed.
    const defaults = new Map<string, Value>();
    if (params) {
      const parts = childrenOf(params);
      const text = (c: SyntaxNode): string => (fn.cell?.source ?? fn.module.source).slice(c.from, c.to);
      parts.forEach((c, i) => {
        if (c.name === 'AssignOp' && parts[i - 1]?.name === 'VariableName' && parts[i + 1] && text(parts[i + 1]) === 'None') {
          defaults.set(text(parts[i - 1]), NONE);
        }
      });
    }
    const skipSelf = names[0] === 'self' || names[0] === 'cls' ? 1 : 0;
    names.slice(skipSelf).forEach((name, i) => {
      const node = args.keywords.get(name) ?? args.positional[i];
      locals.set(name, node ? this.expr(node, ctx) : defaults.get(name) ?? CONST);
    });
    // A def of the unit runs where it is written (its statements are the leaking ones); another module's def
    // runs at the unit's call site, the place the unit can change.
    const cell = fn.cell;
    const outer = this.callSite === undefined;
    const caller = { at: this.stmtAt, node: this.stmtNode, via: this.via };
    if (cell) {
      fnCtx.base = outer ? cell.base : undefined;
      fnCtx.source = cell.source;
      this.via = this.via ?? `${fn.name} at ${this.host.describe(cell.base + fn.node.from)}`;
      if (outer) {
        const argumentRows = [...locals.values()].map(v => (isData(v) ? v.rows : []));
        this.frames.push({ at: this.stmtAt, node: this.stmtNode, argumentRows });
      }
    } else if (outer) {
      this.callSite = this.stmtAt;
      this.via = `${fn.name} in ${fn.module.path}`;
    }
    this.depth++;
    this.running.add(`${fn.module.path}:${fn.node.from}`);
    const body = childrenOf(fn.node).find(c => c.name === 'Body');
    const saved = this.currentSource;
    this.currentSource = fnCtx.source;
    if (body) {
      this.statements(body, fnCtx);
    }
    this.currentSource = saved;
    this.running.delete(`${fn.module.path}:${fn.node.from}`);
    this.depth--;
    if (!cell && outer) {
      this.callSite = undefined;
    }
    if (cell && outer) {
      this.frames.pop();
    }
    this.stmtAt = caller.at;
    this.stmtNode = caller.node;
    this.via = caller.via;
    const returned = fnCtx.returns!.filter(v => v.t !== 'const');
    return returned[returned.length - 1] ?? CONST;
  }



  // ---- where leaks are found ----

  private where(mark: TestMark): string {
    return this.host.describe(mark.at);
  }

  private leak(kind: LeakageKind, at: number, message: string, extra: Partial<Leak> = {}): void {
    if (!this.leaks.some(l => l.kind === kind && l.at === at)) {
      this.leaks.push({ kind, at, message, ...extra });
    }
  }

  private fitWords(fit: Fit, testRows: boolean): string {
    const via = fit.via ? ` (in ${fit.via})` : '';
    const dot = fit.what.indexOf('.');
    const rows = testRows ? `the test rows \`${fit.data}\`` : `every row of \`${fit.data}\``;
    const over = testRows ? 'the test rows' : 'every row';
    const what = dot > 0 ? `${fit.what.slice(0, dot)} is fit on ${rows} (${fit.what.slice(dot + 1)})` : `the ${fit.what} of \`${fit.data}\` is taken over ${over}`;
    return `${what} at ${this.host.describe(fit.at)}${via}`;
  }

  /**
   * Test rows that reach a split's test side, a score or a fold: what was fit on rows that include them leaks,
   * and rows copied before the split land on both sides.
   */
  private checkTestRows(data: DataValue, reached: string, split?: SplitSite): void {
    const test = data.test;
    for (const fit of data.taint) {
      if (rowsOverlap(fit.rows, data.rows)) {
        const onlyTest = rowsWithin(fit.rows, data.rows);
        const why = onlyTest
          ? 'so the test data is transformed with what was learnt from itself: fit on the training side, and only transform the test side'
          : 'so what it learnt from them shapes the test data';
        this.leak('preprocessing', fit.at, `${this.fitWords(fit, onlyTest)}; those rows reach ${reached}, ${why}`, {
          fit,
          onlyTest,
          ...(split && { split })
        });
      }
    }
    if (data.copied && test && split) {
      this.leak('overlap', data.copied.at, `Rows are copied by ${data.copied.what} at ${this.host.describe(data.copied.at)} before the split at ${this.host.describe(split.at)}: copies of the same rows land in both the training data and \`${test.name}\``);
    }
  }

  private checkFolds(data: DataValue, estimator: Value): void {
    const what = estimator.t === 'estimator' ? `${estimator.cls}'s cross-validation folds at ${this.host.describe(this.site())}` : `cross-validation folds at ${this.host.describe(this.site())}`;
    for (const fit of data.taint) {
      if (rowsOverlap(fit.rows, data.rows)) {
        this.leak('preprocessing', fit.at, `${this.fitWords(fit, false)}; those rows are split into the ${what}, so each fold's test rows shaped the training data`, { fit });
      }
    }
    if (data.copied) {
      this.leak('overlap', data.copied.at, `Rows are copied by ${data.copied.what} at ${this.host.describe(data.copied.at)} before they are split into the ${what}: copies of the same rows land in training and test folds`);
    }
  }

  /** An estimator predicts or scores rows: test rows it learnt from, or learnt from through a transformer, leak. */
  private scored(est: EstimatorValue, data: DataValue): void {
    const test = data.test;
    if (!test) {
      return;
    }
    this.checkTestRows(data, `\`${test.name}\` (${this.where(test)}), which ${est.cls} scores at ${this.host.describe(this.site())}`, test.split);
    if (test.validation) {
      return;
    }
    const learnt = est.learnt;
    if (learnt && rowsOverlap(learnt.rows, data.rows)) {
      if (!rowsWithin(learnt.rows, data.rows)) {
        this.leak('overlap', learnt.at, `${est.cls} is fit on \`${learnt.data}\` at ${this.host.describe(learnt.at)}, whose rows include the test rows \`${test.name}\` (${this.where(test)}) it is scored on at ${this.host.describe(this.site())}`);
      } else if (est.fitOnTest) {
        // Fit on the test side and scored on it (a fit on one side scored on the other is hand-made cross-validation).
        this.leak('multi-test', learnt.at, `${est.cls} is fit on the test data \`${learnt.data}\` at ${this.host.describe(learnt.at)} and scored on it (\`${test.name}\`, ${this.where(test)}): that score says nothing about new data`);
      }
    }
    this.checkRepeatedScoring(data);
  }

  private readonly reportedLoops = new Set<number>();

  /** A model benchmark ranks every model it fits by their scores on its second rows: on test rows, the test set chooses. */
  private benchmarkFit(est: EstimatorValue, args: Args, ctx: Context): Value {
    const rankedOn = this.asData(this.argValue(args, 1, 'X_test', ctx), this.argText(args, 1, 'X_test', ctx));
    const rankedNode = args.keywords.get('X_test') ?? args.positional[1];
    [...args.positional, ...args.keywords.values()].filter(n => n !== rankedNode).forEach(n => this.expr(n, ctx));
    const test = rankedOn?.test;
    if (rankedOn && test && !test.validation) {
      this.comparisons.markReported(rankedOn.rows, test);
      this.leak('multi-test', this.site(), `${est.cls} fits dozens of models and ranks them by their scores on the test data \`${test.name}\` (${this.where(test)}): the model chosen from that table is chosen by the test set, so its score there says nothing about new data; rank on a validation split and score the chosen model on the test set once`);
    }
    // It returns two tables (the models' scores, their predictions): no rows of the data.
    return { t: 'sequence', items: [CONST, CONST] };
  }

  /** Test rows scored in a loop that fits a new model on each pass: the test set chooses the model. */
  private checkRepeatedScoring(data: DataValue): void {
    const test = data.test;
    const loop = this.loops.find(l => l.varying);
    if (!test || test.validation || !loop || this.reportedLoops.has(loop.at)) {
      return;
    }
    this.reportedLoops.add(loop.at);
    this.comparisons.markReported(data.rows, test);
    this.leak('multi-test', this.site(), `The test data \`${test.name}\` (${this.where(test)}) is scored in a loop that fits a new model on each pass (${this.host.describe(loop.at)}): choosing among the models by this score tunes them to the test set; choose on a validation split or by cross-validation, and score the test set once`);
  }

  /**
   * Test rows scored for a model: the second model scored on the same test rows is reported there (once per test
   * set), and the finding names every model scored on them as more come. In a helper of the unit, the scoring is
   * placed at the call that runs the helper (each call scores another model).
   */
  private scoredBy(model: ModelIdentity | undefined, data: DataValue): void {
    const test = data.test;
    // Models compared fold by fold (`for tr, te in kf.split(X)`) are compared by cross-validation, rightly.
    if (!model || !test || test.validation || this.loops.some(l => l.folds)) {
      return;
    }
    const at = this.frames[0]?.at ?? this.site();
    const set = this.comparisons.add({ model, rows: data.rows, test, at });
    if (!set) {
      return;
    }
    const existing = this.comparisonLeaks.get(set);
    if (existing) {
      existing.message = this.comparisonWords(set);
      return;
    }
    if (set.reported) {
      return;
    }
    set.reported = true;
    this.leak('multi-test', at, this.comparisonWords(set));
    const leak = this.leaks.find(l => l.kind === 'multi-test' && l.at === at);
    if (leak) {
      this.comparisonLeaks.set(set, leak);
    }
  }

  private comparisonWords(set: ScoredTestSet): string {
    const models = set.scorings.map(s => `${s.model.cls}${s.model.fitOn ? ` fit on \`${s.model.fitOn}\`` : ''} at ${this.host.describe(s.at)}`);
    return (
      `The test data ${set.test.name ? `\`${set.test.name}\` ` : ''}(${this.where(set.test)}) is scored for ${set.scorings.length} different models: ${models.join('; ')}. ` +
      'Comparing models by their scores on the test set, or picking the best, tunes the choice to it, so the chosen score is optimistic: ' +
      'compare them by cross-validation or on a validation split, and score only the chosen model on the test set'
    );
  }
}
