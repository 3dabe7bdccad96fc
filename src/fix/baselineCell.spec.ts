import { planBaselineCell } from './baselineCell';
import { applyNotebookEdits, splitLinesKeepEnds } from './notebookJson';
import { BASELINE_CELL_TAG } from './markers';
import { seedPlanDiff } from './preview';

function notebookText(sources: Array<string | { markdown: string }>): string {
  const cells = sources.map((s, i) =>
    typeof s === 'string'
      ? { cell_type: 'code', execution_count: i + 1, id: `c${i}`, metadata: {}, outputs: [], source: splitLinesKeepEnds(s) }
      : { cell_type: 'markdown', id: `c${i}`, metadata: {}, source: splitLinesKeepEnds(s.markdown) }
  );
  const nb = {
    cells,
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
    nbformat: 4,
    nbformat_minor: 5
  };
  return JSON.stringify(nb, null, 1) + '\n';
}

const CLASSIFIER = [
  'from sklearn.metrics import f1_score\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.svm import SVC\n',
  'X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)\n',
  { markdown: '## Model' },
  "clf = SVC(C=10)\nclf.fit(X_train, y_train)\ny_pred = clf.predict(X_test)\nprint(f1_score(y_test, y_pred, average='macro'))\n",
  'print("done")\n'
];

describe('the baseline cell fix', () => {
  it('inserts, after the scoring cell, a DummyClassifier scored with the same metric on the same data', () => {
    const text = notebookText(CLASSIFIER);
    const plan = planBaselineCell({ path: 'nb.ipynb', text });
    expect(plan.status).toBe('changes');
    expect(plan.changes).toEqual(['baseline cell inserted after cell 4 (DummyClassifier, scored with f1_score)']);
    expect(plan.block).toContain('from sklearn.dummy import DummyClassifier\n');
    expect(plan.block).toContain('baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)\n');
    expect(plan.block).toContain(`print("Baseline (DummyClassifier):", f1_score(y_test, baseline.predict(X_test), average='macro'))\n`);
    expect(plan.edits).toEqual([expect.objectContaining({ kind: 'insert-cell', index: 4, metadata: { tags: [BASELINE_CELL_TAG] } })]);

    const fixed = applyNotebookEdits(text, plan.edits);
    const cells = JSON.parse(fixed).cells;
    expect(cells).toHaveLength(6);
    expect(cells[4]).toMatchObject({ id: 'repro-audit-baseline', metadata: { tags: [BASELINE_CELL_TAG] }, outputs: [] });
    expect(cells[4].source.join('')).toBe(plan.block);
    expect(cells[5].source.join('')).toBe('print("done")\n');
    expect(seedPlanDiff(text, plan)).toContain('+++ b/nb.ipynb (cell 5, new, tags: repro-audit:baseline)');

    // Idempotent: the fixed notebook plans nothing; a changed metric rewrites the cell in place.
    expect(planBaselineCell({ path: 'nb.ipynb', text: fixed }).status).toBe('up-to-date');
    const changed = fixed.replace("average='macro'", "average='micro'");
    const update = planBaselineCell({ path: 'nb.ipynb', text: changed });
    expect(update.status).toBe('changes');
    expect(update.changes).toEqual(['baseline cell updated (cell 5: DummyClassifier, scored with f1_score)']);
    const updated = JSON.parse(applyNotebookEdits(changed, update.edits)).cells;
    expect(updated).toHaveLength(6);
    expect(updated[4].source.join('')).toContain("average='micro'))");
  });

  it('writes a DummyRegressor for a regressor scored by .score, under a name the notebook does not use', () => {
    const text = notebookText([
      'from sklearn.linear_model import Ridge\nbaseline = 3\n',
      'reg = Ridge(alpha=50)\nreg.fit(train_X, train_y)\nreg.score(test_X, test_y)\n'
    ]);
    const plan = planBaselineCell({ path: 'r.ipynb', text });
    expect(plan.block).toContain('baseline_2 = DummyRegressor(strategy="mean").fit(train_X, train_y)\n');
    expect(plan.block).toContain('print("Baseline (DummyRegressor):", baseline_2.score(test_X, test_y))\n');
    expect(plan.changes).toEqual(['baseline cell inserted after cell 2 (DummyRegressor, scored with reg.score)']);
  });

  it('cross-validates the baseline as the model is', () => {
    const text = notebookText([
      'from sklearn.model_selection import cross_val_score\nfrom sklearn.ensemble import RandomForestClassifier\n',
      'scores = cross_val_score(RandomForestClassifier(), X, y, cv=10, scoring="f1")\nscores.mean()\n'
    ]);
    expect(planBaselineCell({ path: 'cv.ipynb', text }).block).toContain(
      'baseline_scores = cross_val_score(DummyClassifier(strategy="most_frequent"), X, y, cv=10, scoring="f1")\n'
    );
  });

  it('plans nothing where a baseline is scored or nothing is, and no fix where the names are not plain', () => {
    const withDummy = notebookText([...CLASSIFIER, 'from sklearn.dummy import DummyClassifier\nDummyClassifier().fit(X_train, y_train).score(X_test, y_test)\n']);
    expect(planBaselineCell({ path: 'nb.ipynb', text: withDummy }).status).toBe('not-needed');
    expect(planBaselineCell({ path: 'nb.ipynb', text: notebookText(['import pandas as pd\npd.read_csv("a.csv").describe()\n']) }).status).toBe(
      'not-needed'
    );
    const indexed = notebookText(['from sklearn.svm import SVC\nm = {"a": SVC()}\nm["a"].fit(X, y)\nm["a"].score(Xt, yt)\n']);
    expect(planBaselineCell({ path: 'nb.ipynb', text: indexed })).toMatchObject({ status: 'no-fix', edits: [] });
    expect(planBaselineCell({ path: 'train.py', text: 'print(1)\n' }).status).toBe('unsupported');
  });
});
