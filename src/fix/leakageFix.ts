/**
 * The preprocessing-leakage fix: a transformer fit on every row before train_test_split is fit on the training
 * side after the split instead, and transforms both sides. Two shapes, both at the top level of a script or a
 * notebook cell (the split may be in a later cell):
 *   X = StandardScaler().fit_transform(X)      ->  (removed; after the split:)
 *                                                  standard_scaler = StandardScaler()
 *                                                  X_train = standard_scaler.fit_transform(X_train)
 *                                                  X_test = standard_scaler.transform(X_test)
 *   scaler = StandardScaler().fit(X)            ->  scaler = StandardScaler()   (after the split:) scaler.fit(X_train)
 *   X_test = scaler.fit_transform(X_test)       ->  X_test = scaler.transform(X_test)   (scaler fit on the training side before)
 * Anything else (a helper function, a mean used to fill, a fit inside an `if`) is left to the author, with the
 * finding saying where; wrapping the steps in a Pipeline is the other way, named in the notes. The plan has the
 * seed fix's shape, so its diff, its application to a file and to an open notebook are the seed fix's own.
 */
import type { SyntaxNode } from '@lezer/common';
import { analyseForFix } from '../audit/leakage/fixFacts';
import type { PlacedLeak } from '../audit/leakage/analyse';
import { cellLineLabel } from '../audit/notebook/cellLabel';
import { LineIndex } from '../audit/python/lineIndex';
import type { TextEdit } from './edits';
import type { FileToFix, SeedPlan } from './plan';

import { LEAKAGE_FIX } from '../audit/leakage/fixIds';
export { LEAKAGE_FIX };

/** A leakage plan: the seed plan's shape (seed and frameworks unused), so previews and applying are shared. */
export type LeakagePlan = SeedPlan;

const PIPELINE_NOTE =
  'Another way: put the transformer and the model in one Pipeline (make_pipeline(StandardScaler(), model)) and ' +
  'fit it on the training split; inside cross_val_score or GridSearchCV a Pipeline fits on training folds only.';

interface Place {
  /** 0-based cell index for notebooks. */
  cell?: number;
  /** Offset in the cell's source (or the script's text). */
  start: number;
  end: number;
  /** For messages. */
  label: string;
}

/** snake_case of a class name: StandardScaler -> standard_scaler. */
function variableFor(cls: string): string {
  return cls.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase();
}

function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    out.push(c);
  }
  return out;
}

interface FitShape {
  /** `X` in `X = ...fit_transform(X)`; for `.fit`, the transformer's variable. */
  target: string;
  /** The transformer: the call that makes it as written (`StandardScaler()`), or a variable. */
  transformer: { made?: string; variable?: string };
  method: 'fit_transform' | 'fit';
  data: string;
  /** The second argument (y), when given. */
  labels?: string;
  /** Where the method's name is, from the statement's start. */
  methodAt: { from: number; to: number };
}

/** The fit statement's shape, if it is one the fix rewrites. */
function fitShape(node: SyntaxNode, text: (n: SyntaxNode) => string): FitShape | undefined {
  const parts = childrenOf(node);
  let target: string | undefined;
  let call: SyntaxNode | undefined;
  if (node.name === 'AssignStatement' && parts.length === 3 && parts[0].name === 'VariableName' && parts[1].name === 'AssignOp') {
    target = text(parts[0]);
    call = parts[2];
  } else if (node.name === 'ExpressionStatement' && parts.length === 1) {
    call = parts[0];
  }
  if (call?.name !== 'CallExpression') {
    return undefined;
  }
  const callee = call.firstChild;
  const calleeParts = callee ? childrenOf(callee) : [];
  const property = calleeParts.find(c => c.name === 'PropertyName');
  const method = property && text(property);
  if (!property || callee?.name !== 'MemberExpression' || (method !== 'fit_transform' && method !== 'fit')) {
    return undefined;
  }
  const receiver = calleeParts[0];
  const transformer =
    receiver.name === 'CallExpression' ? { made: text(receiver) } : receiver.name === 'VariableName' ? { variable: text(receiver) } : undefined;
  const args = childrenOf(childrenOf(call).find(c => c.name === 'ArgList')!).filter(c => !['(', ')', ','].includes(c.name));
  if (!transformer || !args.length || args.length > 2 || args.some(a => a.name === 'AssignOp' || a.name === '*' || a.name === '**')) {
    return undefined;
  }
  if (method === 'fit' && (transformer.variable ? target !== undefined : target === undefined)) {
    // `scaler = StandardScaler().fit(X)` or `scaler.fit(X)`; not `y = scaler.fit(X)`.
    return undefined;
  }
  return {
    target: target ?? transformer.variable!,
    transformer,
    method,
    data: text(args[0]),
    ...(args[1] && { labels: text(args[1]) }),
    methodAt: { from: property.from - node.from, to: property.to - node.from }
  };
}

function unsupported(file: FileToFix, kind: SeedPlan['kind'], reason: string): LeakagePlan {
  return { path: file.path, kind, status: 'unsupported', seed: 0, frameworks: [], edits: [], changes: [], notes: [], reason };
}

/** A transformer fit on the training side, then fit again on the test rows alone. */
function refitsOnTest(leak: PlacedLeak): boolean {
  return leak.kind === 'preprocessing' && !!leak.onlyTest && !!leak.fit?.refit && !!leak.fit.node;
}

/** Plan the fix of every preprocessing leak of one file that has a shape the fix rewrites. */
export function planLeakageFix(file: FileToFix): LeakagePlan {
  const kind: SeedPlan['kind'] = file.path.toLowerCase().endsWith('.ipynb') ? 'notebook' : 'script';
  const analysed = analyseForFix(file.path, file.text);
  if (typeof analysed === 'string') {
    return unsupported(file, kind, analysed);
  }
  const { leaks, unitSource, locate, cellSource } = analysed;
  const lines = new LineIndex(unitSource);
  // A unit offset in the file: the cell and the offset in its source (code lines are the cell's lines verbatim).
  const placeOf = (unitStart: number, length: number): Place | undefined => {
    const line = lines.lineOf(unitStart);
    const column = unitStart - lines.starts[line - 1];
    const at = locate(line);
    if (kind === 'script') {
      return { start: unitStart, end: unitStart + length, label: `line ${line}` };
    }
    if (!at) {
      return undefined;
    }
    const cellLines = new LineIndex(cellSource(at.cell));
    const start = (cellLines.starts[at.line - 1] ?? 0) + column;
    return { cell: at.cell, start, end: start + length, label: cellLineLabel(at.cell, at.line) };
  };
  const preprocessing = leaks.filter(
    (l): l is PlacedLeak & Required<Pick<PlacedLeak, 'fit' | 'split'>> => l.kind === 'preprocessing' && !!l.fit?.node && !!l.split?.node && !refitsOnTest(l)
  );
  if (!leaks.some(l => l.kind === 'preprocessing')) {
    return { path: file.path, kind, status: 'up-to-date', seed: 0, frameworks: [], edits: [], changes: [], notes: [], reason: 'no preprocessing leak' };
  }
  const edits: TextEdit[] = [];
  const changes: string[] = [];
  const reasons: string[] = [];
  const insertions = new Map<string, { place: Place; lines: string[] }>();
  const touched: Place[] = [];
  for (const leak of preprocessing) {
    const fitNode = leak.fit.node!;
    const splitNode = leak.split.node!;
    if (fitNode.parent?.name !== 'Script' || splitNode.parent?.name !== 'Script') {
      reasons.push(`the fit at ${leak.fit.at} is inside a block`);
      continue;
    }
    const fitText = analysed.textOf(leak.fit.at, fitNode);
    const shape = fitShape(fitNode, n => fitText.slice(n.from - fitNode.from, n.to - fitNode.from));
    if (!shape) {
      reasons.push('the fit is not `X = Transformer().fit_transform(X)` or `scaler = Transformer().fit(X)`');
      continue;
    }
    const flowing = shape.method === 'fit_transform' ? shape.target : shape.data;
    const side = leak.split.sides.find(s => s.input === flowing);
    const labelsSide = shape.labels === undefined ? undefined : leak.split.sides.find(s => s.input === shape.labels);
    if (!side?.train || !side.test || (shape.labels !== undefined && !labelsSide?.train)) {
      reasons.push(`\`${flowing}\` is not split by name into a training and a test side`);
      continue;
    }
    const fitPlace = placeOf(leak.fit.at, fitNode.to - fitNode.from);
    const splitPlace = placeOf(leak.split.at, splitNode.to - splitNode.from);
    if (!fitPlace || !splitPlace || leak.split.at < leak.fit.at) {
      reasons.push('the split is not after the fit');
      continue;
    }
    if (touched.some(t => t.cell === fitPlace.cell && t.start < fitPlace.end && fitPlace.start < t.end)) {
      continue;
    }
    touched.push(fitPlace);
    const yTrain = labelsSide?.train ? `, ${labelsSide.train}` : '';
    const cls = shape.transformer.made?.replace(/\(.*$/s, '').split('.').pop() ?? '';
    const variable = shape.transformer.variable ?? (shape.method === 'fit' ? shape.target : variableFor(cls) || 'transformer');
    const after: string[] = [];
    let replacement: string;
    if (shape.method === 'fit_transform') {
      replacement = shape.target === shape.data ? '' : `${shape.target} = ${shape.data}`;
      if (shape.transformer.made) {
        after.push(`${variable} = ${shape.transformer.made}`);
      }
      after.push(`${side.train} = ${variable}.fit_transform(${side.train}${yTrain})`, `${side.test} = ${variable}.transform(${side.test})`);
    } else {
      replacement = shape.transformer.made ? `${shape.target} = ${shape.transformer.made}` : '';
      after.push(`${variable}.fit(${side.train}${yTrain})`);
    }
    // A statement removed whole takes its line with it.
    const source = kind === 'notebook' ? cellSource(fitPlace.cell!) : file.text;
    let { start, end } = fitPlace;
    if (!replacement) {
      const lineStart = source.lastIndexOf('\n', start - 1) + 1;
      if (source.slice(lineStart, start).trim() === '' && (source[end] === '\n' || end === source.length)) {
        start = lineStart;
        end = Math.min(source.length, end + 1);
      }
    }
    edits.push({ kind: 'text', path: file.path, ...(fitPlace.cell !== undefined && { cell: fitPlace.cell }), range: { start, end }, newText: replacement });
    const key = `${splitPlace.cell}:${splitPlace.end}`;
    const entry = insertions.get(key) ?? { place: splitPlace, lines: [] };
    entry.lines.push(...after);
    insertions.set(key, entry);
    changes.push(
      `${cls || variable} fit on the training side \`${side.train}\` after the split at ${splitPlace.label}, instead of on every row of \`${shape.data}\` at ${fitPlace.label}`
    );
  }
  // `X_test = sc.fit_transform(X_test)` after `sc` was fit on the training side: transform only.
  for (const leak of leaks.filter(refitsOnTest)) {
    const fitNode = leak.fit!.node!;
    const fitText = analysed.textOf(leak.fit!.at, fitNode);
    const shape = fitNode.parent?.name === 'Script' ? fitShape(fitNode, n => fitText.slice(n.from - fitNode.from, n.to - fitNode.from)) : undefined;
    const fitPlace = placeOf(leak.fit!.at, fitNode.to - fitNode.from);
    if (!shape || !fitPlace || shape.method !== 'fit_transform' || !shape.transformer.variable || shape.labels !== undefined) {
      reasons.push('the fit on the test rows is not `X_test = scaler.fit_transform(X_test)`');
      continue;
    }
    const start = fitPlace.start + shape.methodAt.from;
    edits.push({ kind: 'text', path: file.path, ...(fitPlace.cell !== undefined && { cell: fitPlace.cell }), range: { start, end: fitPlace.start + shape.methodAt.to }, newText: 'transform' });
    changes.push(`${shape.transformer.variable} only transforms the test rows \`${shape.data}\` at ${fitPlace.label}, with what it learnt from the training side, instead of being fit on them again`);
  }
  for (const { place, lines: added } of insertions.values()) {
    edits.push({
      kind: 'text',
      path: file.path,
      ...(place.cell !== undefined && { cell: place.cell }),
      range: { start: place.end, end: place.end },
      newText: `\n${added.join('\n')}`
    });
  }
  if (!edits.length) {
    return unsupported(file, kind, `The leak's code has a shape the fix does not rewrite (${[...new Set(reasons)].join('; ')}): fit on the training split by hand`);
  }
  return { path: file.path, kind, status: 'changes', seed: 0, frameworks: [], edits, changes, notes: [PIPELINE_NOTE] };
}
