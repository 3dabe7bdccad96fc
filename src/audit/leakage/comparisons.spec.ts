import { leaksOf } from './analyse';
import { identityOf, ModelComparisons } from './comparisons';
import type { EstimatorValue, TestMark } from './values';

const TEST: TestMark = { name: 'X_test', at: 0, validation: false };
const VALIDATION: TestMark = { name: 'X_val', at: 0, validation: true };

function model(cls: string, made: string, fitOn: string, role: EstimatorValue['role'] = 'model'): EstimatorValue {
  return { t: 'estimator', cls, role, made, learnt: { at: 0, what: `${cls}.fit`, data: fitOn, rows: ['o1/s2r'] } };
}

function scripted(source: string) {
  return leaksOf({ path: 'compare.py', source }, () => undefined).filter(l => l.kind === 'multi-test');
}

describe('models compared on the test set', () => {
  it('knows a model by how it was made, what it was fit on and its hyper-parameter changes', () => {
    const svc = model('SVC', 'SVC(C=1)', 'X_train');
    expect(identityOf(svc)?.key).toBe(identityOf(model('SVC', 'SVC(C=1)', 'X_train'))?.key);
    expect(identityOf(svc)?.key).not.toBe(identityOf(model('SVC', 'SVC(C=10)', 'X_train'))?.key);
    expect(identityOf(svc)?.key).not.toBe(identityOf(model('SVC', 'SVC(C=1)', 'X_train[:, kept]'))?.key);
    expect(identityOf(svc)?.key).not.toBe(identityOf({ ...svc, tuned: 1 })?.key);
  });

  it('counts no trivial baseline and no transformer as a model', () => {
    expect(identityOf(model('DummyClassifier', 'DummyClassifier()', 'X_train'))).toBeUndefined();
    expect(identityOf(model('PCA', 'PCA(2)', 'X_train', 'transformer'))).toBeUndefined();
  });

  it('reports a test set when a second, different model is scored on its rows, and not for validation rows', () => {
    const comparisons = new ModelComparisons();
    const lr = identityOf(model('LogisticRegression', 'LogisticRegression()', 'X_train'))!;
    const rf = identityOf(model('RandomForestClassifier', 'RandomForestClassifier()', 'X_train'))!;
    expect(comparisons.add({ model: lr, rows: ['o1/s2t'], test: TEST, at: 10 })).toBeUndefined();
    expect(comparisons.add({ model: lr, rows: ['o1/s2t'], test: TEST, at: 20 })).toBeUndefined();
    expect(comparisons.add({ model: rf, rows: ['o1/s3t'], test: TEST, at: 30 })).toBeUndefined();
    expect(comparisons.add({ model: rf, rows: ['o1/s2t'], test: TEST, at: 40 })?.scorings.map(s => s.at)).toEqual([10, 40]);
    expect(comparisons.add({ model: lr, rows: ['o1/s4t'], test: VALIDATION, at: 50 })).toBeUndefined();
    expect(comparisons.add({ model: rf, rows: ['o1/s4t'], test: VALIDATION, at: 60 })).toBeUndefined();
  });

  it('says where every model was scored, at the second scoring, once per test set', () => {
    const leaks = scripted(
      [
        'from sklearn.model_selection import train_test_split',
        'from sklearn.linear_model import Lasso, Ridge, LinearRegression',
        'X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=2)',
        'print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))',
        'lasso = Lasso(alpha=50).fit(X_train, y_train)',
        'print(lasso.score(X_test, y_test))',
        'ridge = Ridge(alpha=50).fit(X_train, y_train)',
        'print(ridge.score(X_test, y_test))',
        'print(ridge.score(X_train, y_train))'
      ].join('\n')
    );
    expect(leaks.map(l => l.line)).toEqual([6]);
    expect(leaks[0].message).toContain('scored for 3 different models: LinearRegression fit on `X_train` at line 4; Lasso fit on `X_train` at line 6; Ridge fit on `X_train` at line 8');
  });

  it('follows a helper that fits and scores the model it is given, placing each scoring at its call', () => {
    const leaks = scripted(
      [
        'from sklearn.model_selection import train_test_split',
        'from sklearn.svm import SVC',
        'X_train, X_test, y_train, y_test = train_test_split(X, y)',
        'def evaluate(model):',
        '    model.fit(X_train, y_train)',
        '    return (model.predict(X_test) == y_test).mean()',
        'print(evaluate(SVC(kernel="linear")))',
        'print(evaluate(SVC(kernel="rbf")))'
      ].join('\n')
    );
    expect(leaks.map(l => l.line)).toEqual([8]);
    expect(leaks[0].message).toContain('SVC fit on `X_train` at line 7; SVC fit on `X_train` at line 8');
  });

  it('counts a hyper-parameter set on the model and a refit as another model', () => {
    const leaks = scripted(
      [
        'from sklearn.model_selection import train_test_split',
        'from sklearn.neighbors import KNeighborsClassifier',
        'X_train, X_test, y_train, y_test = train_test_split(X, y)',
        'knn = KNeighborsClassifier().fit(X_train, y_train)',
        'print(knn.score(X_test, y_test))',
        'knn.n_neighbors = 9',
        'knn.fit(X_train, y_train)',
        'print(knn.score(X_test, y_test))'
      ].join('\n')
    );
    expect(leaks.map(l => l.line)).toEqual([8]);
  });
});
