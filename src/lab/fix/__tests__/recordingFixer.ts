/** A SeedFixer over in-memory contents that applies every preview and records what it asked, and whether it read the repo. */
import type { MemoryContents } from '../memoryContents';
import { FixKind, SeedFixer } from '../seedFixer';
import type { FilePreview } from '../SeedFixPreview';

export function recordingFixer(contents: MemoryContents, asked: Array<{ files: FilePreview[]; fix: FixKind }>) {
  let repoRead = false;
  const fixer = new SeedFixer({
    contents,
    findOpen: () => undefined,
    defaultSeed: () => 42,
    repoUnits: async () => {
      repoRead = true;
      return { units: [], declared: [] };
    },
    confirm: async (files, _notes, fix) => {
      asked.push({ files, fix });
      return true;
    },
    reaudit: () => undefined
  });
  return { fixer, repoRead: () => repoRead };
}
