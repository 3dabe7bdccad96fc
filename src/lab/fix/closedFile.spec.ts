import { ChangedOnDiskError, readSnapshot, saveIfUnchanged, textHash } from './closedFile';
import { MemoryContents } from './memoryContents';

describe('closed files', () => {
  it('saves over a file that has not changed since it was read', async () => {
    const contents = new MemoryContents();
    contents.write('r/a.py', 'old\n');
    const snapshot = await readSnapshot(contents, 'r/a.py');
    expect(snapshot.hash).toBe(textHash('old\n'));
    await saveIfUnchanged(contents, snapshot, 'new\n');
    expect(contents.files.get('r/a.py')?.text).toBe('new\n');
  });

  it('refuses when the file changed on disk since it was read, and writes nothing', async () => {
    const contents = new MemoryContents();
    contents.write('r/a.py', 'old\n');
    const snapshot = await readSnapshot(contents, 'r/a.py');
    contents.write('r/a.py', 'edited elsewhere\n');
    const saving = saveIfUnchanged(contents, snapshot, 'new\n');
    await expect(saving).rejects.toBeInstanceOf(ChangedOnDiskError);
    await expect(saveIfUnchanged(contents, snapshot, 'new\n')).rejects.toThrow('r/a.py changed on disk since it was read');
    expect(contents.files.get('r/a.py')?.text).toBe('edited elsewhere\n');
    expect(contents.saves).toEqual([]);
  });

  it('refuses a same-timestamp change by its content', async () => {
    const contents = new MemoryContents();
    contents.write('a.py', 'old\n');
    const snapshot = await readSnapshot(contents, 'a.py');
    const file = contents.files.get('a.py')!;
    file.text = 'changed within the clock tick\n';
    await expect(saveIfUnchanged(contents, snapshot, 'new\n')).rejects.toBeInstanceOf(ChangedOnDiskError);
    expect(contents.saves).toEqual([]);
  });
});
