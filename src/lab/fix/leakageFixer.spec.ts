import { MemoryContents } from './memoryContents';
import type { FixKind } from './seedFixer';
import { recordingFixer } from './__tests__/recordingFixer';
import type { FilePreview } from './SeedFixPreview';

const LEAKING = [
  'from sklearn.preprocessing import StandardScaler',
  'from sklearn.model_selection import train_test_split',
  'X = StandardScaler().fit_transform(X)',
  'X_train, X_test, y_train, y_test = train_test_split(X, y)',
  ''
].join('\n');

describe('SeedFixer with the leakage fix', () => {
  it('previews the leakage fix under its own title, then saves it without reading the repo', async () => {
    const contents = new MemoryContents();
    contents.write('repo/train.py', LEAKING);
    const asked: Array<{ files: FilePreview[]; fix: FixKind }> = [];
    const { fixer, repoRead } = recordingFixer(contents, asked);
    const outcome = await fixer.fix({ folder: 'repo', files: [{ path: 'repo/train.py', repoPath: 'train.py' }], reaudit: true, fix: 'leakage' });
    expect(outcome.saved).toEqual(['repo/train.py']);
    expect(asked[0].fix).toBe('leakage');
    expect(asked[0].files[0].diff).toContain('+X_train = standard_scaler.fit_transform(X_train)');
    expect(contents.files.get('repo/train.py')?.text).not.toContain('StandardScaler().fit_transform(X)');
    expect(repoRead()).toBe(false);
  });
});
