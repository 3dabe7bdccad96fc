import { analyzePython } from '../python/analyze';
import { randomStateMatters, sklearnCallableNamed } from './sklearnRandomState';

describe('sklearnCallableNamed', () => {
  test.each([
    ['sklearn.ensemble.RandomForestClassifier', 'ensemble'],
    ['sklearn.ensemble._forest.RandomForestClassifier', 'ensemble'],
    ['sklearn.model_selection.train_test_split', 'model_selection'],
    ['sklearn.datasets.make_blobs', 'datasets'],
    ['sklearn.utils.shuffle', 'utils']
  ])('%s is listed', (qualified, module) => {
    expect(sklearnCallableNamed(qualified)?.module).toBe(module);
  });

  test.each([
    ['sklearn.model_selection.cross_val_score'],
    ['sklearn.model_selection.GridSearchCV'],
    ['sklearn.pipeline.make_pipeline'],
    ['sklearn.linear_model.LinearRegression'],
    ['sklearn.preprocessing.StandardScaler'],
    ['numpy.random.shuffle'],
    ['sklearn'],
    [undefined]
  ])('%s is not', qualified => {
    expect(sklearnCallableNamed(qualified)).toBeUndefined();
  });
});

describe('randomStateMatters', () => {
  test.each([
    ['KFold(5)', false],
    ['KFold(5, shuffle=False)', false],
    ['KFold(5, shuffle=True)', true],
    ['StratifiedKFold(n_splits=3, shuffle=flag)', false],
    ['train_test_split(X, y)', true],
    ['train_test_split(X, y, shuffle=False)', false],
    ['SVC()', false],
    ['SVC(probability=True)', true],
    ['LogisticRegression()', false],
    ["LogisticRegression(solver='saga')", true],
    ['LogisticRegression(solver="liblinear")', true],
    ['LogisticRegression(solver=my_solver)', false],
    ["Ridge(solver='sag')", true],
    ["Lasso(selection='random')", true],
    ['Lasso()', false],
    ['PCA(n_components=2)', true],
    ["PCA(svd_solver='full')", false],
    ['PCA(svd_solver=solver)', true],
    ['SGDClassifier()', true],
    ['SGDClassifier(shuffle=False)', false],
    ['GaussianProcessRegressor()', false],
    ['GaussianProcessRegressor(n_restarts_optimizer=5)', true],
    ['DummyClassifier()', false],
    ["DummyClassifier(strategy='uniform')", true],
    ['RandomForestClassifier()', true],
    ['learning_curve(est, X, y)', false],
    ['learning_curve(est, X, y, shuffle=True)', true]
  ])('%s: %s', (source, matters) => {
    const call = analyzePython(source).calls[0];
    const module = {
      KFold: 'model_selection', StratifiedKFold: 'model_selection', train_test_split: 'model_selection',
      learning_curve: 'model_selection', SVC: 'svm', LogisticRegression: 'linear_model', Ridge: 'linear_model',
      Lasso: 'linear_model', SGDClassifier: 'linear_model', PCA: 'decomposition',
      GaussianProcessRegressor: 'gaussian_process', DummyClassifier: 'dummy', RandomForestClassifier: 'ensemble'
    }[call.text]!;
    const callable = sklearnCallableNamed(`sklearn.${module}.${call.text}`)!;
    expect(callable).toBeDefined();
    expect(randomStateMatters(callable, call)).toBe(matters);
  });
});
