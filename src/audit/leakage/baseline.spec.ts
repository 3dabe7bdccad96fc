import { analyzePython } from '../python/analyze';
import { BASELINE_FIX, baselineFinding, estimatorKind, hasBaseline, missingBaseline } from './baseline';

const code = (...lines: string[]) => analyzePython(lines.join('\n') + '\n');

describe('baseline advice', () => {
  it('points at the first scoring of a classifier with no baseline, with the names a baseline cell needs', () => {
    const missing = missingBaseline(
      code(
        'from sklearn.linear_model import LogisticRegression',
        'from sklearn.metrics import accuracy_score, f1_score',
        'from sklearn.model_selection import train_test_split',
        'X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)',
        'clf = LogisticRegression(max_iter=1000)',
        'clf.fit(X_train, y_train)',
        'y_pred = clf.predict(X_test)',
        "print(f1_score(y_test, y_pred, average='macro'))",
        'print(accuracy_score(y_test, y_pred))'
      )
    );
    expect(missing).toEqual({
      line: 8,
      scorer: 'f1_score',
      problem: 'classification',
      flow: {
        form: 'metric',
        xTrain: 'X_train',
        yTrain: 'y_train',
        xTest: 'X_test',
        yTest: 'y_test',
        keywords: { average: "'macro'" }
      }
    });
  });

  it('reads a regressor scored by its own .score and an inline prediction in a metric', () => {
    expect(
      missingBaseline(
        code(
          'from sklearn.ensemble import RandomForestRegressor',
          'reg = RandomForestRegressor(n_estimators=50)',
          'reg.fit(train_X, train_y)',
          'reg.score(test_X, test_y)'
        )
      )
    ).toEqual({
      line: 4,
      scorer: 'reg.score',
      problem: 'regression',
      flow: { form: 'method-score', xTrain: 'train_X', yTrain: 'train_y', xTest: 'test_X', yTest: 'test_y' }
    });
    const inline = missingBaseline(
      code(
        'from sklearn import metrics',
        'from sklearn.linear_model import LinearRegression',
        'lr = LinearRegression().fit(X_tr, y_tr)',
        'lr.fit(X_tr, y_tr)',
        'print(metrics.mean_squared_error(y_te, lr.predict(X_te)))'
      )
    );
    expect(inline?.problem).toBe('regression');
    expect(inline?.flow).toMatchObject({ form: 'metric', xTrain: 'X_tr', yTrain: 'y_tr', xTest: 'X_te', yTest: 'y_te' });
  });

  it('reads a model fit where it is built, and its class past a re-binding', () => {
    expect(
      missingBaseline(
        code('from sklearn.linear_model import LinearRegression', 'reg = LinearRegression().fit(train_X, train_y)', 'reg.score(test_X, test_y)')
      )?.flow
    ).toEqual({ form: 'method-score', xTrain: 'train_X', yTrain: 'train_y', xTest: 'test_X', yTest: 'test_y' });
    const rebound = missingBaseline(
      code(
        'from sklearn.ensemble import RandomForestClassifier',
        'clf = RandomForestClassifier(n_estimators=100)',
        'clf = clf.fit(features, target)',
        'clf.score(features, target)'
      )
    );
    expect(rebound?.problem).toBe('classification');
    expect(rebound?.flow).toMatchObject({ xTrain: 'features', yTrain: 'target' });
  });

  it("counts the notebook's own metric as scoring, and the median guess it scores as a baseline", () => {
    const own = [
      'import numpy as np',
      'from sklearn.ensemble import GradientBoostingRegressor',
      'def mae(y_true, y_pred):',
      '    return np.mean(abs(y_true - y_pred))',
      'model = GradientBoostingRegressor()',
      'model.fit(X, y)',
      'final_pred = model.predict(X_test)',
      'print(mae(y_test, final_pred))'
    ];
    expect(missingBaseline(code(...own))).toEqual({
      line: 8,
      scorer: 'mae',
      problem: 'regression',
      flow: { form: 'metric', xTrain: 'X', yTrain: 'y', xTest: 'X_test', yTest: 'y_test', keywords: {} }
    });
    expect(missingBaseline(code(...own, 'guess = np.median(y)', 'print(mae(y_test, guess))'))).toBeUndefined();
    // A function of that name the code does not define is not taken for a metric.
    expect(missingBaseline(code(...own.filter((_, i) => i !== 2 && i !== 3)))).toBeUndefined();
  });

  it('reads cross-validation: the estimator built in the call, or the scoring keyword', () => {
    const built = missingBaseline(
      code(
        'from sklearn.model_selection import cross_val_score',
        'from sklearn.svm import SVC',
        'scores = cross_val_score(SVC(gamma="auto"), X, y, cv=5)'
      )
    );
    expect(built).toEqual({
      line: 3,
      scorer: 'cross_val_score',
      problem: 'classification',
      flow: { form: 'cross-val', x: 'X', y: 'y', keywords: { cv: '5' } }
    });
    const keyword = missingBaseline(
      code(
        'from sklearn.model_selection import cross_val_score',
        'scores = cross_val_score(pipeline, X, y, scoring="neg_mean_squared_error", cv=10)'
      )
    );
    expect(keyword?.problem).toBe('regression');
  });

  it('finds no gap when a dummy estimator or a majority/mean prediction is scored', () => {
    const fitted = [
      'from sklearn.metrics import accuracy_score',
      'from sklearn.tree import DecisionTreeClassifier',
      'tree = DecisionTreeClassifier().fit(X_train, y_train)',
      'print(accuracy_score(y_test, tree.predict(X_test)))'
    ];
    expect(missingBaseline(code(...fitted))).toBeDefined();
    expect(
      missingBaseline(code('from sklearn.dummy import DummyClassifier', ...fitted, 'DummyClassifier().fit(X_train, y_train)'))
    ).toBeUndefined();
    // A constant prediction from the training targets' mode.
    expect(
      hasBaseline(code('import numpy as np', ...fitted, 'print(accuracy_score(y_test, np.full_like(y_test, y_train.mode()[0])))'))
    ).toBe(true);
    // The median guess, assigned, then scored by the notebook's own metric.
    expect(hasBaseline(code('import numpy as np', ...fitted, 'guess = np.median(y_train)', 'print(mae(y_test, guess))'))).toBe(true);
    // The null accuracy.
    expect(hasBaseline(code(...fitted, 'max(y_test.mean(), 1 - y_test.mean())'))).toBe(true);
  });

  it('does not take a look at the class balance for a baseline', () => {
    const lines = [
      'from sklearn.metrics import classification_report',
      'from sklearn.linear_model import LogisticRegression',
      'print(y_train.value_counts())',
      'counts = y_test.value_counts()',
      'model = LogisticRegression()',
      'model.fit(X_train, y_train)',
      'print(classification_report(y_test, model.predict(X_test)))'
    ];
    expect(hasBaseline(code(...lines))).toBe(false);
    expect(missingBaseline(code(...lines))?.line).toBe(7);
  });

  it("points at the first scoring of a model's predictions, past a reconstruction error", () => {
    const missing = missingBaseline(
      code(
        'from sklearn.decomposition import KernelPCA',
        'from sklearn.linear_model import LogisticRegression',
        'from sklearn.metrics import accuracy_score, mean_squared_error',
        'kpca = KernelPCA(fit_inverse_transform=True).fit(X)',
        'mean_squared_error(X, kpca.inverse_transform(kpca.transform(X)))',
        'clf = LogisticRegression().fit(X_train, y_train)',
        'y_pred = clf.predict(X_test)',
        'accuracy_score(y_test, y_pred)'
      )
    );
    expect(missing).toMatchObject({ line: 8, scorer: 'accuracy_score', problem: 'classification' });
  });

  it('is not advice where nothing is fit or nothing is scored', () => {
    expect(missingBaseline(code('import pandas as pd', 'df = pd.read_csv("a.csv")', 'df.describe()'))).toBeUndefined();
    expect(missingBaseline(code('from sklearn.cluster import KMeans', 'km = KMeans(3).fit(X)'))).toBeUndefined();
    expect(missingBaseline(code('from sklearn.metrics import accuracy_score', 'accuracy_score(a, b)'))).toBeUndefined();
  });

  it('gives no flow when the names are not plain or the scoring sits in a function', () => {
    const viaIndex = missingBaseline(
      code(
        'from sklearn.svm import SVC',
        'models = {"svm": SVC()}',
        'models["svm"].fit(X_train, y_train)',
        'models["svm"].score(X_test, y_test)'
      )
    );
    expect(viaIndex).toEqual({ line: 4, scorer: 'models["svm"].score' });
    const inFunction = missingBaseline(
      code(
        'from sklearn.metrics import mean_absolute_error',
        'from sklearn.linear_model import Ridge',
        'def evaluate(model):',
        '    model.fit(X, y)',
        '    return mean_absolute_error(y_test, model.predict(X_test))',
        'evaluate(Ridge())'
      )
    );
    expect(inFunction).toEqual({ line: 5, scorer: 'mean_absolute_error', problem: 'regression' });
  });

  it('tells classifiers from regressors by their class names', () => {
    expect(estimatorKind('LogisticRegression')).toBe('classification');
    expect(estimatorKind('GradientBoostingClassifier')).toBe('classification');
    expect(estimatorKind('LinearRegression')).toBe('regression');
    expect(estimatorKind('Lasso')).toBe('regression');
    expect(estimatorKind('KNeighborsRegressor')).toBe('regression');
    expect(estimatorKind('StandardScaler')).toBeUndefined();
    expect(estimatorKind('DummyClassifier')).toBeUndefined();
  });

  it('makes an info finding at the scoring cell and line, with the fix only in a notebook whose names are plain', () => {
    const analysis = code(
      'from sklearn.linear_model import LinearRegression',
      'from sklearn.metrics import r2_score',
      'reg = LinearRegression()',
      'reg.fit(X_train, y_train)',
      'print(r2_score(y_test, reg.predict(X_test)))'
    );
    const notebook = { path: 'nb.ipynb', kind: 'notebook' as const, analysis, evidence: (line: number) => ({ path: 'nb.ipynb', cell: 3, line: line - 2 }) };
    const finding = baselineFinding(notebook);
    expect(finding).toMatchObject({ status: 'info', code: 'leakage.no-baseline', path: 'nb.ipynb', cell: 3, line: 3, fix: BASELINE_FIX });
    expect(finding?.message).toContain('r2_score');
    expect(finding?.message).toContain('DummyRegressor (always the mean)');
    const script = baselineFinding({ path: 'train.py', kind: 'script', analysis, evidence: (line: number) => ({ path: 'train.py', line }) });
    expect(script).toMatchObject({ path: 'train.py', line: 5 });
    expect(script?.fix).toBeUndefined();
    expect(baselineFinding({ ...notebook, analysis: code('import pandas as pd') })).toBeUndefined();
  });
});
