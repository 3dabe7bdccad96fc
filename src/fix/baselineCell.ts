/**
 * "Insert baseline cell": the fix of `leakage.no-baseline`. After the cell of the notebook's first scoring of a
 * model, a tagged code cell fits DummyClassifier (most frequent class) or DummyRegressor (mean) on the same training
 * data and scores it the same way on the same test data — the same metric call with its keywords, the same
 * `.score`, or the same cross-validation — so the two numbers sit side by side. Only where the flow names the data
 * plainly (src/audit/leakage/baseline.ts); otherwise there is no plan. Running it again finds its tagged cell: the
 * same code is up to date, changed code is rewritten in place. Pure.
 */
import { BaselineFlow, MissingBaseline, missingBaseline } from '../audit/leakage/baseline';
import { cellLabel } from '../audit/notebook/cellLabel';
import { isPythonNotebook, notebookCode } from '../audit/notebook/code';
import { parseNotebook } from '../audit/notebook/parse';
import { analyzePython } from '../audit/python/analyze';
import type { PyAnalysis } from '../audit/python/types';
import type { SeedEdit } from './edits';
import { BASELINE_CELL_ID, BASELINE_CELL_TAG } from './markers';
import type { FileToFix } from './plan';

/**
 * `changes`: edits to apply. `up-to-date`: the baseline cell is there and current. `not-needed`: nothing is
 * scored, or a baseline already is. `no-fix`: a model is scored with no baseline, but the data's names are not
 * plain enough to write one (see `reason`). `unsupported`: not a notebook the fix can edit.
 */
export type BaselinePlanStatus = 'changes' | 'up-to-date' | 'not-needed' | 'no-fix' | 'unsupported';

export interface BaselinePlan {
  path: string;
  kind: 'notebook';
  status: BaselinePlanStatus;
  /** The baseline cell's source. */
  block?: string;
  edits: SeedEdit[];
  /** One line per change, for people: 'baseline cell inserted after cell 7 (DummyClassifier, scored with f1_score)'. */
  changes: string[];
  /** Advice that is not code (none yet): the shape the fixers' previews share. */
  notes: string[];
  reason?: string;
}

function plan(path: string, status: BaselinePlanStatus, reason?: string): BaselinePlan {
  return { path, kind: 'notebook', status, edits: [], changes: [], notes: [], ...(reason && { reason }) };
}

/** A name the notebook does not bind yet, for the baseline model. */
function freshName(analysis: PyAnalysis, base: string): string {
  const taken = new Set(analysis.assignments.map(a => a.target));
  let name = base;
  for (let n = 2; taken.has(name); n++) {
    name = `${base}_${n}`;
  }
  return name;
}

function keywordText(keywords: Record<string, string>): string {
  return Object.entries(keywords)
    .map(([k, v]) => `, ${k}=${v}`)
    .join('');
}

/** The baseline cell's code. */
export function baselineCellSource(missing: MissingBaseline & { flow: BaselineFlow }, name: string): string {
  const classification = missing.problem !== 'regression';
  const dummy = classification ? 'DummyClassifier' : 'DummyRegressor';
  const strategy = classification ? 'strategy="most_frequent"' : 'strategy="mean"';
  const what = classification ? 'the most frequent class' : "the training targets' mean";
  const flow = missing.flow;
  const lines = [
    `# repro-audit: baseline. What always predicting ${what} scores, measured as the model above is:`,
    "# the model's score means something only where it beats this one.",
    `from sklearn.dummy import ${dummy}`,
    ''
  ];
  if (flow.form === 'cross-val') {
    lines.push(`${name}_scores = ${missing.scorer}(${dummy}(${strategy}), ${flow.x}, ${flow.y}${keywordText(flow.keywords)})`);
    lines.push(`print("Baseline (${dummy}):", ${name}_scores)`);
  } else {
    lines.push(`${name} = ${dummy}(${strategy}).fit(${flow.xTrain}, ${flow.yTrain})`);
    const score =
      flow.form === 'method-score'
        ? `${name}.score(${flow.xTest}, ${flow.yTest})`
        : `${missing.scorer}(${flow.yTest}, ${name}.predict(${flow.xTest})${keywordText(flow.keywords)})`;
    lines.push(`print("Baseline (${dummy}):", ${score})`);
  }
  return lines.join('\n') + '\n';
}

/** Plan the baseline cell of one notebook. */
export function planBaselineCell(file: FileToFix): BaselinePlan {
  if (!file.path.toLowerCase().endsWith('.ipynb')) {
    return plan(file.path, 'unsupported', 'the baseline cell is a notebook fix; in a script, add the baseline beside the scoring code');
  }
  const parsed = parseNotebook(file.text);
  if (!parsed.notebook) {
    return plan(file.path, 'unsupported', parsed.error ?? 'not a notebook');
  }
  const notebook = parsed.notebook;
  if (notebook.nbformat < 4) {
    return plan(file.path, 'unsupported', 'nbformat 3 notebook: open and save it in Jupyter to upgrade it first');
  }
  if (!isPythonNotebook(notebook)) {
    return plan(file.path, 'unsupported', `not a Python notebook (${notebook.language})`);
  }
  // Read the notebook as it would be without the fix's own cell, so a second run sees what the first one saw.
  const own = notebook.cells.find(c => c.cellType === 'code' && c.tags.includes(BASELINE_CELL_TAG));
  const cells = notebook.cells.map(c => (c === own ? { ...c, source: '' } : c));
  const code = notebookCode({ ...notebook, cells });
  const analysis = analyzePython(code.source);
  const missing = missingBaseline(analysis);
  if (!missing) {
    return own ? plan(file.path, 'up-to-date') : plan(file.path, 'not-needed');
  }
  if (!missing.flow) {
    const why = missing.problem
      ? 'the training and test data of the scored model are not plain names in the notebook'
      : 'whether the model classifies or regresses cannot be read from the notebook';
    return plan(file.path, 'no-fix', why);
  }
  const block = baselineCellSource({ ...missing, flow: missing.flow }, freshName(analysis, 'baseline'));
  const scored = code.locate(missing.line)?.cell;
  if (scored === undefined) {
    return plan(file.path, 'no-fix', 'the scoring line maps to no cell');
  }
  const dummy = missing.problem === 'regression' ? 'DummyRegressor' : 'DummyClassifier';
  if (own) {
    if (own.source === block) {
      return { ...plan(file.path, 'up-to-date'), block };
    }
    return {
      ...plan(file.path, 'changes'),
      block,
      edits: [{ kind: 'text', path: file.path, cell: own.index, range: { start: 0, end: own.source.length }, newText: block }],
      changes: [`baseline cell updated (${cellLabel(own.index)}: ${dummy}, scored with ${missing.scorer})`]
    };
  }
  return {
    ...plan(file.path, 'changes'),
    block,
    edits: [
      {
        kind: 'insert-cell',
        path: file.path,
        index: scored + 1,
        cellType: 'code',
        source: block,
        metadata: { tags: [BASELINE_CELL_TAG] },
        id: BASELINE_CELL_ID
      }
    ],
    changes: [`baseline cell inserted after ${cellLabel(scored)} (${dummy}, scored with ${missing.scorer})`]
  };
}
