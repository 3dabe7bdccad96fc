/**
 * The repo's prose documents: the README, then Markdown and reStructuredText files in the root and
 * under docs/ (TRAINING.md, docs/models.md...), outlined once for the checks that read prose.
 */
import { defineFact } from '../facts';
import { docFormatOf, DocOutline, outlineOf } from './outline';
import { README } from './readme';

export interface ProseDocument {
  path: string;
  outline: DocOutline;
}

/** Documents read besides the README; a repo's own docs rarely need more, a docs site would. */
export const MAX_PROSE_DOCUMENTS = 30;

const PROSE = /\.(md|markdown|rst)$/i;

/** Root-level docs and those under docs/ or doc/, shallowest first. */
export function isProsePath(path: string): boolean {
  return PROSE.test(path) && (!path.includes('/') || /^docs?\//i.test(path));
}

export const PROSE_DOCUMENTS = defineFact<ProseDocument[]>('proseDocuments', async facts => {
  const readme = await facts.get(README);
  const paths = facts.files
    .map(f => f.path)
    .filter(p => p !== readme?.path && isProsePath(p))
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1))
    .slice(0, MAX_PROSE_DOCUMENTS);
  const texts = await Promise.all(paths.map(p => facts.text(p)));
  const documents: ProseDocument[] = readme?.outline ? [{ path: readme.path, outline: readme.outline }] : [];
  for (const text of texts) {
    if (text.text !== undefined) {
      documents.push({ path: text.path, outline: outlineOf(text.text, docFormatOf(text.path)) });
    }
  }
  return documents;
});
