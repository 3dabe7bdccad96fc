import * as fs from 'fs';
import * as path from 'path';
import { BASELINE_CELL_TAG } from '../../fix/markers';
import { planBaselineCell } from '../../fix/baselineCell';
import { MemoryContents } from './memoryContents';
import { SharedNotebookLike, applyToSharedNotebook } from './openDocument';
import type { FixKind } from './seedFixer';
import { recordingFixer as fixerWith } from './__tests__/recordingFixer';
import type { FilePreview } from './SeedFixPreview';

const DEMO = fs.readFileSync(path.resolve(__dirname, '../../../examples/demo/notebooks/train.ipynb'), 'utf8');

describe('SeedFixer with the baseline cell', () => {
  it('previews the baseline cell under its own fix, saves it into a closed notebook, and finds it up to date after', async () => {
    const contents = new MemoryContents();
    contents.write('repo/notebooks/train.ipynb', DEMO);
    const asked: Array<{ files: FilePreview[]; fix: FixKind }> = [];
    const { fixer, repoRead } = fixerWith(contents, asked);
    const scope = { folder: 'repo', files: [{ path: 'repo/notebooks/train.ipynb', repoPath: 'notebooks/train.ipynb' }], reaudit: true, fix: 'baseline' as const };
    const outcome = await fixer.fix(scope);
    expect(outcome.saved).toEqual(['repo/notebooks/train.ipynb']);
    expect(asked[0].fix).toBe('baseline');
    expect(asked[0].files[0].diff).toContain('+baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)');
    expect(asked[0].files[0].changes[0]).toMatch(/^baseline cell inserted after cell \d+ \(DummyClassifier, scored with /);
    const saved = JSON.parse(contents.files.get('repo/notebooks/train.ipynb')!.text);
    expect(saved.cells.filter((c: { metadata: { tags?: string[] } }) => c.metadata.tags?.includes(BASELINE_CELL_TAG))).toHaveLength(1);
    expect(repoRead()).toBe(false);

    const again = await fixer.fix(scope);
    expect(again.unchanged).toEqual([{ path: 'repo/notebooks/train.ipynb', status: 'up-to-date', reason: undefined }]);
    expect(asked).toHaveLength(1);
  });

  it('gives the cell inserted into an open notebook the baseline id, not the seed cell id', () => {
    const inserted: Array<{ id?: string; metadata: object }> = [];
    const shared: SharedNotebookLike = {
      cells: [{ id: 'a', getSource: () => '', updateSource: () => undefined }],
      insertCell: (_index, cell) => inserted.push(cell),
      transact: f => f()
    };
    const plan = planBaselineCell({ path: 'notebooks/train.ipynb', text: DEMO });
    applyToSharedNotebook(shared, plan);
    expect(inserted).toEqual([expect.objectContaining({ id: 'repro-audit-baseline', metadata: { tags: [BASELINE_CELL_TAG] } })]);
  });
});
