/** A notebook like issue 7's: a parameters cell with STANDARDIZE, a k-NN classifier, a glued metric. */
export function knnNotebook(): Record<string, unknown> {
  const code = (source: string, tags: string[] = [], id?: string) => ({
    cell_type: 'code', execution_count: null, id, metadata: tags.length ? { tags } : {}, outputs: [], source
  });
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' }, language_info: { name: 'python' } },
    cells: [
      { cell_type: 'markdown', id: 'intro', metadata: {}, source: '# k-NN ablation' },
      code('STANDARDIZE = True  # scale features\nUSE_PCA = True\nSEED = 0\nSCALE = 2 if STANDARDIZE else 1\n', ['parameters'], 'params'),
      code('from sklearn.datasets import load_wine\nfrom sklearn.model_selection import train_test_split\nX, y = load_wine(return_X_y=True)\nXtr, Xte, ytr, yte = train_test_split(X, y, random_state=SEED)\n', [], 'data'),
      code('from sklearn.preprocessing import StandardScaler\nsc = StandardScaler().fit(Xtr)\nXtr, Xte = sc.transform(Xtr), sc.transform(Xte)\n', ['ablation:STANDARDIZE'], 'scale'),
      code('from sklearn.decomposition import PCA\np = PCA(5).fit(Xtr)\nXtr, Xte = p.transform(Xtr), p.transform(Xte)\n', ['ablation:USE_PCA'], 'pca'),
      code('pass  # PCA off: keep the raw features\n', ['ablation-off:USE_PCA'], 'nopca'),
      code('from sklearn.neighbors import KNeighborsClassifier\nfrom sklearn.metrics import accuracy_score, mean_squared_error\nclf = KNeighborsClassifier().fit(Xtr, ytr)\nacc = accuracy_score(yte, clf.predict(Xte))\nmse = mean_squared_error(yte, clf.predict(Xte))\nself_score = clf.score(Xte, yte)\n', [], 'model')
    ]
  };
}
