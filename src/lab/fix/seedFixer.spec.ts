import { applySeedPlan, planSeedFix } from '../../fix';
import { MemoryContents } from './memoryContents';
import type { OpenDocument } from './openDocument';
import { SeedFixer, SeedFixerDeps } from './seedFixer';
import type { FilePreview } from './SeedFixPreview';

const SCRIPT = 'import numpy as np\n\nx = np.random.rand(3)\nprint(x)\n';
const SEEDED = 'import random\nrandom.seed(1)\nprint(random.random())\n';

function setUp(answer: boolean | (() => void), open: Record<string, OpenDocument> = {}) {
  const contents = new MemoryContents();
  const previews: FilePreview[][] = [];
  const notes: string[][] = [];
  const reaudited: string[] = [];
  const deps: SeedFixerDeps = {
    contents,
    findOpen: path => open[path],
    defaultSeed: () => 7,
    repoUnits: async () => ({ units: [], declared: [] }),
    confirm: async (files, n) => {
      previews.push(files);
      notes.push(n);
      if (typeof answer === 'function') {
        answer();
        return true;
      }
      return answer;
    },
    reaudit: folder => reaudited.push(folder)
  };
  return { contents, previews, notes, reaudited, fixer: new SeedFixer(deps) };
}

describe('SeedFixer', () => {
  it('previews a closed script, then saves the fixed text and audits the folder again', async () => {
    const t = setUp(true);
    t.contents.write('repo/s/train.py', SCRIPT);
    const outcome = await t.fixer.fix({ folder: 'repo', files: [{ path: 'repo/s/train.py', repoPath: 's/train.py' }], reaudit: true });
    expect(outcome).toEqual({ cancelled: false, saved: ['repo/s/train.py'], edited: [], unchanged: [], refused: [] });
    const expected = applySeedPlan(SCRIPT, planSeedFix({ path: 's/train.py', text: SCRIPT }, { defaultSeed: 7 }));
    expect(t.contents.files.get('repo/s/train.py')?.text).toBe(expected);
    expect(expected).toContain('SEED = 7');
    const [preview] = t.previews[0];
    expect(preview.status).toBe('changes');
    expect(preview.diff).toContain('--- a/s/train.py');
    expect(preview.diff).toContain('+SEED = 7');
    expect(t.notes[0].join('\n')).toContain('PYTHONHASHSEED');
    expect(t.reaudited).toEqual(['repo']);
  });

  it('writes nothing when the preview is cancelled', async () => {
    const t = setUp(false);
    t.contents.write('s.py', SCRIPT);
    const outcome = await t.fixer.fix({ folder: '', files: [{ path: 's.py', repoPath: 's.py' }], reaudit: true });
    expect(outcome.cancelled).toBe(true);
    expect(t.contents.files.get('s.py')?.text).toBe(SCRIPT);
    expect(t.contents.saves).toEqual([]);
    expect(t.reaudited).toEqual([]);
  });

  it('refuses a file changed on disk after the preview', async () => {
    let contents: MemoryContents | undefined;
    const t = setUp(() => contents?.write('s.py', SCRIPT + '# edited\n'));
    contents = t.contents;
    t.contents.write('s.py', SCRIPT);
    const outcome = await t.fixer.fix({ folder: '', files: [{ path: 's.py', repoPath: 's.py' }], reaudit: true });
    expect(outcome.saved).toEqual([]);
    expect(outcome.refused).toEqual([{ path: 's.py', message: expect.stringContaining('s.py changed on disk since it was read') }]);
    expect(t.contents.files.get('s.py')?.text).toBe(SCRIPT + '# edited\n');
    expect(t.reaudited).toEqual([]);
  });

  it('asks nothing when no file needs a fix, and says why', async () => {
    const t = setUp(true);
    t.contents.write('ok.py', SEEDED);
    const outcome = await t.fixer.fix({ folder: '', files: [{ path: 'ok.py', repoPath: 'ok.py' }], reaudit: true });
    expect(t.previews).toEqual([]);
    expect(outcome.unchanged).toEqual([{ path: 'ok.py', status: 'already-seeded', reason: undefined }]);
  });

  it('edits an open document through its model, and never saves it', async () => {
    let text = SCRIPT;
    const applied: unknown[] = [];
    const doc: OpenDocument = {
      path: 'nb.py',
      kind: 'script',
      text: () => text,
      fingerprint: () => text,
      apply: plan => {
        applied.push(plan);
        const before = text;
        text = applySeedPlan(text, { kind: 'script', edits: plan.edits });
        return { undo: () => ((text = before), true) };
      }
    };
    const t = setUp(true, { 'nb.py': doc });
    const outcome = await t.fixer.fix({ folder: '', files: [{ path: 'nb.py', repoPath: 'nb.py' }], reaudit: false });
    expect(outcome.edited).toEqual(['nb.py']);
    expect(applied).toHaveLength(1);
    expect(text).toContain('SEED = 7');
    expect(t.contents.saves).toEqual([]);
    expect(t.reaudited).toEqual([]);
    // The notification's Undo reverts it; the outcome says which edits were scripts.
    expect(outcome.editedScripts).toEqual(['nb.py']);
    expect(outcome.undo?.()).toEqual({ reverted: ['nb.py'], kept: [] });
    expect(text).toBe(SCRIPT);
  });

  it('refuses an open document edited between the preview and Apply', async () => {
    let text = SCRIPT;
    const doc: OpenDocument = { path: 'nb.py', kind: 'script', text: () => text, fingerprint: () => text, apply: () => ({ undo: () => false }) };
    const t = setUp(() => (text = SCRIPT + 'y = 1\n'), { 'nb.py': doc });
    const outcome = await t.fixer.fix({ folder: '', files: [{ path: 'nb.py', repoPath: 'nb.py' }], reaudit: true });
    expect(outcome.edited).toEqual([]);
    expect(outcome.refused[0].message).toContain('nb.py changed or was closed since the preview');
  });
});
