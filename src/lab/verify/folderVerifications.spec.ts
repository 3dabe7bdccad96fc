/**
 * @jest-environment jsdom
 */
import { codeCellsHash } from '../../verify/hash';
import { readFolderVerifications, rememberedPathsIn, verificationOf, NotebookContents } from './folderVerifications';
import { RememberedVerification, rememberVerification, verificationRemembered } from './store';

const result = (path: string, hash: string, change: Partial<RememberedVerification> = {}): RememberedVerification => ({
  path,
  hash,
  verdict: 'same',
  same: 4,
  different: 0,
  errors: 0,
  date: '2026-03-01T10:00:00.000Z',
  ...change
});

const notebook = (...code: string[]) => ({
  metadata: { kernelspec: { name: 'python3' } },
  cells: [{ cell_type: 'markdown', source: '# Title' }, ...code.map(source => ({ cell_type: 'code', source, outputs: [] }))]
});

/** Contents API stand-in: notebooks by server path; anything else is a 404. */
function contentsOf(files: Record<string, unknown>): NotebookContents & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    get: async path => {
      asked.push(path);
      if (!(path in files)) {
        throw new Error(`404: ${path}`);
      }
      return { content: files[path] };
    }
  };
}

describe('rememberedPathsIn', () => {
  const remembered = [result('repo/a.ipynb', 'h1'), result('/repo/sub/b.ipynb', 'h2'), result('repo/a.ipynb', 'h3'), result('other/c.ipynb', 'h4'), result('repository/d.ipynb', 'h5')];

  it('lists each notebook inside the folder once, sorted, as a server path', () => {
    expect(rememberedPathsIn('repo', remembered)).toEqual(['repo/a.ipynb', 'repo/sub/b.ipynb']);
  });

  it('takes every notebook for the server root', () => {
    expect(rememberedPathsIn('', remembered)).toEqual(['other/c.ipynb', 'repo/a.ipynb', 'repo/sub/b.ipynb', 'repository/d.ipynb']);
  });
});

describe('verificationOf', () => {
  it('reports the result at the current hash with its cell count and date', () => {
    const remembered = [result('repo/n.ipynb', 'old', { verdict: 'different', same: 2, different: 2 }), result('repo/n.ipynb', 'now', { date: '2026-03-02T00:00:00.000Z' })];
    expect(verificationOf('repo', 'repo/n.ipynb', 'now', remembered)).toEqual({
      path: 'repo/n.ipynb',
      repoPath: 'n.ipynb',
      standing: 'same',
      cells: 4,
      date: '2026-03-02T00:00:00.000Z',
      message: undefined
    });
    expect(verificationOf('repo', 'repo/n.ipynb', 'old', remembered)).toMatchObject({ standing: 'different', cells: 2 });
  });

  it('counts the failed cells of an error and keeps its message', () => {
    const remembered = [result('n.ipynb', 'h', { verdict: 'error', same: 1, errors: 2, message: 'Code cell 2: The kernel died' })];
    expect(verificationOf('', 'n.ipynb', 'h', remembered)).toMatchObject({ repoPath: 'n.ipynb', standing: 'error', cells: 2, message: 'Code cell 2: The kernel died' });
  });

  it('says "outdated", dated by the latest result, when only other code was verified', () => {
    const remembered = [
      result('repo/n.ipynb', 'a', { date: '2026-03-05T00:00:00.000Z' }),
      result('repo/n.ipynb', 'b', { date: '2026-03-01T00:00:00.000Z' })
    ];
    expect(verificationOf('repo', 'repo/n.ipynb', 'c', remembered)).toEqual({
      path: 'repo/n.ipynb',
      repoPath: 'n.ipynb',
      standing: 'outdated',
      cells: 0,
      date: '2026-03-05T00:00:00.000Z'
    });
  });

  it('says nothing of a notebook never verified', () => {
    expect(verificationOf('repo', 'repo/m.ipynb', 'a', [result('repo/n.ipynb', 'a')])).toBeUndefined();
  });
});

describe('readFolderVerifications', () => {
  it('hashes each remembered notebook\'s code cells as saved now', async () => {
    const unchanged = notebook('import numpy as np', 'print(np.random.rand())');
    const changed = notebook('SEED = 42', 'print(1)');
    const contents = contentsOf({ 'repo/same.ipynb': unchanged, 'repo/edited.ipynb': changed, 'elsewhere/x.ipynb': unchanged });
    const remembered = [
      result('repo/same.ipynb', codeCellsHash(['import numpy as np', 'print(np.random.rand())']), { verdict: 'different', same: 1, different: 1 }),
      result('repo/edited.ipynb', codeCellsHash(['print(1)'])),
      result('elsewhere/x.ipynb', codeCellsHash(['import numpy as np', 'print(np.random.rand())']))
    ];
    const lines = await readFolderVerifications(contents, 'repo', remembered);
    expect(lines.map(l => [l.repoPath, l.standing, l.cells])).toEqual([
      ['edited.ipynb', 'outdated', 0],
      ['same.ipynb', 'different', 1]
    ]);
    expect(contents.asked.sort()).toEqual(['repo/edited.ipynb', 'repo/same.ipynb']);
  });

  it('leaves out a notebook that is gone, and reads nothing when nothing is remembered', async () => {
    const contents = contentsOf({});
    expect(await readFolderVerifications(contents, 'repo', [result('repo/gone.ipynb', 'h')])).toEqual([]);
    expect(await readFolderVerifications(contents, 'other', [result('repo/gone.ipynb', 'h')])).toEqual([]);
    expect(contents.asked).toEqual(['repo/gone.ipynb']);
  });

  it('reads the remembered results from storage by default', async () => {
    localStorage.clear();
    rememberVerification(result('repo/n.ipynb', codeCellsHash(['x = 1'])));
    const lines = await readFolderVerifications(contentsOf({ 'repo/n.ipynb': notebook('x = 1') }), 'repo');
    expect(lines).toMatchObject([{ repoPath: 'n.ipynb', standing: 'same', cells: 4 }]);
  });
});

describe('verificationRemembered', () => {
  it('emits each result as it is remembered', () => {
    const seen: string[] = [];
    const listener = (_: object, r: RememberedVerification) => seen.push(`${r.path}:${r.verdict}`);
    verificationRemembered.connect(listener);
    rememberVerification(result('n.ipynb', 'h', { verdict: 'different' }));
    verificationRemembered.disconnect(listener);
    rememberVerification(result('n.ipynb', 'h'));
    expect(seen).toEqual(['n.ipynb:different']);
  });
});
