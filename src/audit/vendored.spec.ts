import { RepoFacts } from './facts';
import { MemoryRepoReader, MemoryRepoSpec } from './memoryReader';
import { VENDORED_FOLDERS, vendoredFolders } from './vendored';
import { walkRepo } from './walk';

async function vendoredIn(files: MemoryRepoSpec['files']): Promise<readonly string[]> {
  const reader = new MemoryRepoReader({ files });
  const facts = new RepoFacts(reader, await walkRepo(reader));
  return (await facts.get(VENDORED_FOLDERS)).folders;
}

const MIT = 'MIT License\n\nCopyright (c) 2021 The Study Authors\n';
const APACHE = 'Apache License\nVersion 2.0, January 2004\n';

describe('VENDORED_FOLDERS', () => {
  it('finds a copied package with its own packaging file and licence', async () => {
    // A GAN study that copied an FID library (with its setup.py, licence and tests) into third_party/.
    const folders = await vendoredIn({
      'LICENSE': MIT,
      'train.py': 'import torch\n',
      'third_party/fid_score/setup.py': 'from setuptools import setup\nsetup(name="fid-score")\n',
      'third_party/fid_score/LICENSE': APACHE,
      'third_party/fid_score/src/fid_score/fid.py': 'def fid(a, b):\n    return 0\n',
      'third_party/fid_score/tests/test_fid.py': 'def test_fid():\n    assert True\n'
    });
    expect(folders).toEqual(['third_party/fid_score']);
  });

  it('keeps the outermost of nested packages, and needs both a packaging file and a licence', async () => {
    const folders = await vendoredIn({
      'main.py': 'x = 1\n',
      'libs/a/pyproject.toml': '[project]\nname = "a"\n',
      'libs/a/COPYING': 'GPL',
      'libs/a/plugins/b/setup.py': '',
      'libs/a/plugins/b/LICENSE.txt': 'BSD',
      'libs/only_setup/setup.py': '',
      'libs/only_licence/LICENSE': 'BSD'
    });
    expect(folders).toEqual(['libs/a']);
  });

  it("is not the repo's own package: same licence as the root, or all of the code", async () => {
    // micrograd-like: the package at the root is the repo itself.
    expect(await vendoredIn({ 'setup.py': '', 'LICENSE': MIT, 'engine/nn.py': '' })).toEqual([]);
    // The study's package in a sub-folder, under the root's licence (white space aside).
    expect(await vendoredIn({ 'LICENSE': MIT, 'run.py': '', 'pkg/setup.py': '', 'pkg/LICENSE': MIT.replace(/\n/g, '  \n') })).toEqual([]);
    // The only code of the repo lives in the packaged folder.
    expect(await vendoredIn({ 'README.md': '# Study', 'code/setup.py': '', 'code/LICENSE': APACHE, 'code/model.py': '' })).toEqual([]);
  });

  it('tells whether a path lies inside', () => {
    const vendored = vendoredFolders(['third_party/lib']);
    expect(vendored.contains('third_party/lib/tests/test_a.py')).toBe(true);
    expect(vendored.contains('third_party/library.py')).toBe(false);
    expect(vendored.contains('third_party/lib')).toBe(false);
  });
});
