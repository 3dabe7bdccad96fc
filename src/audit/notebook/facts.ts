/**
 * The repo's notebooks, each read and parsed once for every check that looks at notebooks.
 */
import { RepoFacts, TextFile, defineFact } from '../facts';
import { parseNotebook, ParsedNotebook } from './parse';

export interface NotebookFile {
  path: string;
  notebook?: ParsedNotebook;
  /** Why the notebook could not be read or parsed; it is also among the audit's warnings. */
  error?: string;
}

const PROBLEM_TEXT: Record<string, string> = {
  binary: 'Notebook is a binary file, not JSON',
  'not-utf8': 'Notebook is not valid UTF-8 text',
  unreadable: 'Notebook could not be read',
  missing: 'Notebook could not be found'
};

/** Read and parse one notebook; problems become warnings and an `error`. */
function notebookOf(facts: RepoFacts, path: string, text: TextFile): NotebookFile {
  if (text.text === undefined) {
    // facts.text has already warned about the file itself.
    return { path, error: PROBLEM_TEXT[text.problem ?? 'unreadable'] };
  }
  if (text.truncated) {
    const error = 'Notebook is larger than the per-file limit; not parsed';
    facts.warn({ status: 'warn', code: 'reading.notebook-too-large', message: error, path });
    return { path, error };
  }
  const parsed = parseNotebook(text.text);
  if (!parsed.notebook) {
    const error = parsed.error ?? 'Notebook could not be parsed';
    facts.warn({ status: 'warn', code: 'reading.notebook-invalid', message: error, path });
    return { path, error };
  }
  return { path, notebook: parsed.notebook };
}

/**
 * An executed copy of an ablation run (`ablations/<notebook>/<run>/<variant>.ipynb` beside that run's
 * study.json): an output of the study, already audited as its notebook, so not audited again.
 */
export function isAblationRunCopy(facts: RepoFacts, path: string): boolean {
  const parts = path.split('/');
  return parts.length >= 4 && parts[parts.length - 4] === 'ablations' && facts.has([...parts.slice(0, -1), 'study.json'].join('/'));
}

/** Every `.ipynb` file of the walk, in walk order; reads overlap, parsing and warnings keep the order. */
export const NOTEBOOKS = defineFact<NotebookFile[]>('notebooks', async facts => {
  const files = facts.filesWithExtension('.ipynb').filter(file => !isAblationRunCopy(facts, file.path));
  const texts = await Promise.all(files.map(file => facts.text(file.path)));
  return files.map((file, i) => notebookOf(facts, file.path, texts[i]));
});
