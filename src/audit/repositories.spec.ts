import { MemoryRepoReader } from './memoryReader';
import { repositoriesIn } from './repositories';
import { walkRepo } from './walk';
import { runAudit } from './engine';

describe('repositoriesIn', () => {
  it('finds the repos of a folder holding several, by README, dependency file or .git', () => {
    expect(
      repositoriesIn([
        'paper-a/README.md',
        'paper-a/src/train.py',
        'paper-b/environment.yml',
        'paper-c/.git',
        'scratch/notes/README.md',
        'notes.txt'
      ])
    ).toEqual(['paper-a', 'paper-b', 'paper-c']);
  });

  it('is one repo when the folder has a marker of its own, or fewer than two sub-folders do', () => {
    expect(repositoriesIn(['README.md', 'a/README.md', 'b/README.md'])).toEqual([]);
    expect(repositoriesIn(['requirements.txt', 'a/README.md', 'b/setup.py'])).toEqual([]);
    expect(repositoriesIn(['a/README.md', 'b/data/x.csv'])).toEqual([]);
    // A README deeper down is documentation of a part, not a repo's root.
    expect(repositoriesIn(['a/docs/README.md', 'b/docs/README.md'])).toEqual([]);
  });
});

describe('a folder of repositories in the report', () => {
  it('names the repos, .git included though the walk skips it', async () => {
    const reader = new MemoryRepoReader({
      files: {
        'one/README.md': '# One',
        'one/train.py': 'import numpy',
        'two/.git/HEAD': 'ref: refs/heads/main',
        'two/run.py': 'print(1)',
        'three/pyproject.toml': '[project]\nname = "three"\n'
      }
    });
    const walk = await walkRepo(reader);
    expect(walk.vcsFolders).toEqual(['two/.git']);
    expect((await runAudit(reader)).repositories).toEqual(['one', 'three', 'two']);
    expect((await runAudit(new MemoryRepoReader({ files: { 'README.md': '# x', 'a/README.md': '' } }))).repositories).toBeUndefined();
  });
});
