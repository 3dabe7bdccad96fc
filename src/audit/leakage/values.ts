/**
 * The abstract values of the leakage analysis. Data carries which rows it holds (as paths from where the rows
 * came: a load, a split's train or test side, a filter, a slice), what it learnt from other rows (taint: a
 * scaler's fit, a mean used to fill), whether rows were copied (over-sampling), and whether it is test data.
 * Two row sets overlap when one path lies under the other, or when sibling slices of the same rows intersect.
 */
import type { SyntaxNode } from '@lezer/common';

/** One fit of something that learns from rows: a transformer, or a statistic. */
export interface Fit {
  /** Offset (in the analysed unit) of the statement that fits. */
  at: number;
  /** What learnt: 'StandardScaler.fit_transform', 'mean'. */
  what: string;
  /** The expression it learnt from, as written ('X', "df['age']"). */
  data: string;
  /** The rows it learnt from. */
  rows: readonly string[];
  /** Through a function: its name and where it is defined ('standardize', 'demo_pkg/features.py'). */
  via?: string;
  /** The statement's node (for the fix), when it is in the analysed unit itself. */
  node?: SyntaxNode;
  /** A transformer fit again: it had learnt from other rows before (`sc.fit_transform(X_test)` after X_train). */
  refit?: boolean;
}

/** Where data became test (or validation) data. */
export interface TestMark {
  name: string;
  at: number;
  /** Validation data: scoring it to choose a model is the right process, not a leak. */
  validation: boolean;
  /** The split that made it, when a split did (train_test_split's test side). */
  split?: SplitSite;
}

/** A train_test_split: where, and the names of its sides (for messages and the fix). */
export interface SplitSite {
  at: number;
  node?: SyntaxNode;
  /** Per input array: its expression and the names its train and test sides were assigned to. */
  sides: Array<{ input: string; train?: string; test?: string }>;
}

/** Where rows were copied (an over-sampler, a resample with replacement, a concat of overlapping rows). */
export interface Copied {
  at: number;
  what: string;
}

export interface DataValue {
  t: 'data';
  rows: readonly string[];
  taint: readonly Fit[];
  copied?: Copied;
  test?: TestMark;
  /** The expression it was last named by ('X_test'). */
  name?: string;
  /** One side of a split, until it is assigned to a name (then `test` gets that name). */
  splitSide?: { site: SplitSite; input: number; side: 'train' | 'test' };
  /** Predictions: which model made them (scored when they meet the true labels or a metric). */
  predictedBy?: ModelIdentity;
}

/** A fitted model as scored: one per construction, fit data and hyper-parameter change (see comparisons.ts). */
export interface ModelIdentity {
  /** Equal keys are the same model (the same construction fit on the same data). */
  key: string;
  /** Its class and what it was fit on, for messages ('SVR', 'X_train'). */
  cls: string;
  fitOn?: string;
}

export type EstimatorRole = 'transformer' | 'oversampler' | 'model' | 'search' | 'benchmark' | 'splitter' | 'unknown';

export interface EstimatorValue {
  t: 'estimator';
  cls: string;
  role: EstimatorRole;
  /** What its last fit learnt from. */
  learnt?: Fit;
  /** Its last fit was on test data (remembered: fitting on it is a leak once the model is scored on it). */
  fitOnTest?: TestMark;
  /** Its transform carries what it learnt from rows (a scaler does; PolynomialFeatures, Normalizer do not). */
  learns?: boolean;
  /** Pipelines: the role of their last step decides theirs. */
  steps?: EstimatorValue[];
  /**
   * How it was made: its class and arguments as written, and, when a helper of the unit made it, the call site
   * of that helper (each call of `build(C)` makes another model).
   */
  made?: string;
  /** Hyper-parameters changed after it was made (`set_params`, `model.C = 10`): counted, each a new model. */
  tuned?: number;
  /** The transformers that shaped the data of its last fit, with where they were fit (another feature set). */
  fitFeatures?: string;
}

export interface StatisticValue {
  t: 'statistic';
  fit: Fit;
}

/** A def: called, its body runs with the arguments bound (a summary computed per call). */
export interface FunctionValue {
  t: 'function';
  name: string;
  node: SyntaxNode;
  module: ModuleScope;
  /** For a def of the analysed unit: the cell (or script) text it was parsed from, and where that starts. */
  cell?: { source: string; base: number };
}

/** Tuples, lists, dicts: their items in order (a dict's values). */
export interface SequenceValue {
  t: 'sequence';
  items: Value[];
}

/** A qualified name: an imported module or callable ('sklearn.preprocessing.StandardScaler'), or a free name. */
export interface NameValue {
  t: 'name';
  qualified: string;
  /** Neither imported nor assigned anywhere seen: used as data, it is data of its own rows. */
  free?: boolean;
}

export interface ConstValue {
  t: 'const';
  /** The literal None (a parameter's default): tests on it are known. */
  none?: boolean;
}

export type Value = DataValue | EstimatorValue | StatisticValue | FunctionValue | SequenceValue | NameValue | ConstValue;

export const CONST: ConstValue = { t: 'const' };
export const NONE: ConstValue = { t: 'const', none: true };

/** A module being analysed: its source, its names, and the repo path it came from. */
export interface ModuleScope {
  path: string;
  source: string;
  names: Map<string, Value>;
  /** Offset of this module's code in the analysed unit's source; undefined for another module. */
  base?: number;
}

/** A range of rows by position: bounds as written ('', '800', 'n_train', '-200'). */
interface RowRange {
  start: string;
  end: string;
}

function rangeOf(segment: string): RowRange | undefined {
  const m = /^r\[(.*)\|(.*)\]$/.exec(segment);
  return m ? { start: m[1], end: m[2] } : undefined;
}

export function rangeSegment(start: string, end: string): string {
  return `r[${start}|${end}]`;
}

function numeric(bound: string, open: number): number | undefined {
  if (bound === '') {
    return open;
  }
  return /^\d+$/.test(bound) ? Number(bound) : undefined;
}

/**
 * Whether two sibling slices of the same rows share rows: numeric bounds that intersect. Bounds written as
 * expressions share rows only when they do not meet at the same expression (`[:k]` and `[k:]` do not).
 */
function rangesOverlap(a: RowRange, b: RowRange): boolean {
  const as = numeric(a.start, 0);
  const ae = numeric(a.end, Infinity);
  const bs = numeric(b.start, 0);
  const be = numeric(b.end, Infinity);
  if (as !== undefined && ae !== undefined && bs !== undefined && be !== undefined) {
    return as < be && bs < ae;
  }
  return false;
}

/** The segment of rows chosen by a mask or an index array (`df[df.y == 1]`, `df.loc[mask, col]`). */
export const MASK_SEGMENT = 'm';

/** A side of a random split (`s12t`, `s[hash]r`). */
const SPLIT_SIDE = /^s.*[rt]$/;

/**
 * Rows chosen by value (a mask) and a side of a random split of the same rows share rows: the split draws its
 * sides across every value, so a statistic over `df[df.y == 1]` learnt from rows on both sides.
 */
function maskMeetsSplit(a: string, b: string): boolean {
  const mask = (s: string): boolean => s.startsWith(MASK_SEGMENT);
  return (mask(a) && SPLIT_SIDE.test(b)) || (mask(b) && SPLIT_SIDE.test(a));
}

/**
 * Whether two row paths share rows. `byValue` false leaves out rows that only meet by value (a mask against a
 * split side): asking whether two test sets are the same rows, rather than whether a fit saw some of them.
 */
export function pathsOverlap(a: string, b: string, byValue = true): boolean {
  const sa = a.split('/');
  const sb = b.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] !== sb[i]) {
      const ra = rangeOf(sa[i]);
      const rb = rangeOf(sb[i]);
      return (!!ra && !!rb && rangesOverlap(ra, rb)) || (byValue && maskMeetsSplit(sa[i], sb[i]));
    }
  }
  return true;
}

export function rowsOverlap(a: readonly string[], b: readonly string[], byValue = true): boolean {
  return a.some(x => b.some(y => pathsOverlap(x, y, byValue)));
}

/** Whether every row of `inner` is a row of `outer` (a path under one of outer's). */
export function rowsWithin(inner: readonly string[], outer: readonly string[]): boolean {
  return inner.every(x => outer.some(y => x === y || x.startsWith(y + '/')));
}

export function isData(v: Value): v is DataValue {
  return v.t === 'data';
}

/** Every value inside a sequence (deeply), or the value itself. */
export function leaves(v: Value): Value[] {
  return v.t === 'sequence' ? v.items.flatMap(leaves) : [v];
}

export function mergeTaint(...lists: ReadonlyArray<readonly Fit[]>): Fit[] {
  const out: Fit[] = [];
  for (const list of lists) {
    for (const f of list) {
      if (!out.some(o => o.at === f.at && o.what === f.what && o.data === f.data)) {
        out.push(f);
      }
    }
  }
  return out;
}
