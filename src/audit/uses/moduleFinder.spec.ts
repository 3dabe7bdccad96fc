import { ModuleFinder } from './moduleFinder';
import { RepoIndex, RepoTree } from './repoIndex';

/** An ML repo's layout: packages of modules under src/, notebooks and data beside them. */
function mlTree(packages: number, modulesPerPackage: number): { files: string[]; tree: RepoTree & { lookups: number } } {
  const files = ['README.md', 'notebooks/explore.ipynb', 'data/raw/train.csv', 'src/common/io.py', 'tools/plot.py'];
  for (let p = 0; p < packages; p++) {
    files.push(`src/pkg_${p}/__init__.py`);
    for (let m = 0; m < modulesPerPackage; m++) {
      files.push(`src/pkg_${p}/module_${m}.py`);
    }
  }
  const index = new RepoIndex(files);
  const tree = {
    lookups: 0,
    dirs: new Set(index.folders()),
    has(path: string): boolean {
      tree.lookups++;
      return index.isFile(path);
    }
  };
  return { files, tree };
}

/** The repo file lookups that finding `modules` from each of `importers` costs. */
function lookupsFor(importers: readonly string[], modules: readonly string[], packages: number, modulesPerPackage: number): number {
  const { tree } = mlTree(packages, modulesPerPackage);
  const repo = new RepoIndex(tree);
  for (const path of importers) {
    const finder = new ModuleFinder(repo, path);
    for (const module of modules) {
      finder.find(module);
    }
  }
  return tree.lookups;
}

const THIRD_PARTY = ['numpy', 'torch.nn', 'sklearn.model_selection', 'sklearn.model_selection.train_test_split'];

describe('ModuleFinder', () => {
  it('finds the repo module an import names, and guesses from beside the importing folder', () => {
    const { tree } = mlTree(3, 2);
    const repo = new RepoIndex(tree);
    const finder = new ModuleFinder(repo, 'src/pkg_0/module_0.py');
    expect(finder.find('module_1')).toEqual({ path: 'src/pkg_0/module_1.py' });
    expect(finder.find('pkg_2.module_1')).toEqual({ path: 'src/pkg_2/module_1.py' });
    expect(finder.find('common.io')).toEqual({ path: 'src/common/io.py' });
    expect(new ModuleFinder(repo, 'notebooks/explore.ipynb').find('plot')).toEqual({ path: 'tools/plot.py', guessed: true });
    expect(finder.find('sklearn.model_selection')).toBeUndefined();
    // Asked again from another file of the same folder, the same answers.
    const sibling = new ModuleFinder(repo, 'src/pkg_0/module_1.py');
    expect(sibling.find('pkg_2.module_1')).toEqual({ path: 'src/pkg_2/module_1.py' });
    expect(sibling.find('sklearn.model_selection')).toBeUndefined();
  });

  it('looks third-party modules up once per folder, not once per importing file', () => {
    // Every module of an ML repo imports numpy, torch, sklearn: none is the repo's, and each miss
    // tries every folder beside and above the importing file. More files in the same folders must
    // not cost more lookups of the repo's file list.
    const packages = 20;
    const firstOfEach = Array.from({ length: packages }, (_, p) => `src/pkg_${p}/module_0.py`);
    const all = Array.from({ length: packages * 10 }, (_, k) => `src/pkg_${k % packages}/module_${Math.floor(k / packages)}.py`);
    expect(lookupsFor(all, THIRD_PARTY, packages, 10)).toBe(lookupsFor(firstOfEach, THIRD_PARTY, packages, 10));
  });
});
