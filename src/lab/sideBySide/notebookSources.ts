/**
 * One notebook and the repository around it, as seen through the Contents API: the repo's file list
 * (one walk, reused for a short while), the notebook's Python analysis from its live model, and other
 * files' analyses read on demand. Answers "what does it use" and "where is this name defined".
 */
import type { Contents } from '@jupyterlab/services';
import { parseNotebook } from '../../audit/notebook/parse';
import { CellLine, isPythonNotebook, notebookCode } from '../../audit/notebook/code';
import { analyzePython } from '../../audit/python/analyze';
import type { PyAnalysis } from '../../audit/python/types';
import { walkRepo } from '../../audit/walk';
import type { Definition } from '../../audit/uses/definitions';
import { definitionOfName } from '../../audit/uses/goToDefinition';
import { notebookUses, NotebookUses } from '../../audit/uses/notebookUses';
import { RepoIndex } from '../../audit/uses/repoIndex';
import { ContentsRepoReader } from '../readers/contentsReader';
import { serverPathOf } from '../serverPath';
import { repoRootOf } from './repoRoot';

type ContentsManager = Pick<Contents.IManager, 'get'>;

/** How long one walk of the repo is reused: long enough for a command and the view right after it. */
const WALK_REUSE_MS = 10000;

/** Python files larger than this are not parsed for definitions (generated code, vendored bundles). */
const MAX_PYTHON_BYTES = 2 * 1024 * 1024;

const walks = new Map<string, { at: number; index: Promise<RepoIndex> }>();

function repoIndexOf(contents: ContentsManager, root: string): Promise<RepoIndex> {
  const cached = walks.get(root);
  if (cached && Date.now() - cached.at < WALK_REUSE_MS) {
    return cached.index;
  }
  const index = walkRepo(new ContentsRepoReader(contents, root)).then(walk => new RepoIndex(walk.files.map(f => f.path)));
  walks.set(root, { at: Date.now(), index });
  index.catch(() => walks.delete(root));
  return index;
}

export class NotebookSources {
  private readonly analyses = new Map<string, Promise<PyAnalysis | undefined>>();

  private constructor(
    private readonly contents: ContentsManager,
    /** The repository folder, as a server path ('' for the server root). */
    readonly root: string,
    /** The notebook, relative to the repository folder. */
    readonly notebookPath: string,
    readonly repo: RepoIndex,
    readonly analysis: PyAnalysis,
    /** The cell and cell line of a line of the notebook's joined code. */
    readonly locate: (line: number) => CellLine | undefined
  ) {}

  /**
   * @param notebookServerPath the notebook as the server names it
   * @param notebookJson its content now (nbformat JSON text)
   * @param repositoryFolder the repository folder from the audit's settings: the repository is found inside it
   */
  static async load(
    contents: ContentsManager,
    notebookServerPath: string,
    notebookJson: string,
    repositoryFolder: string
  ): Promise<NotebookSources> {
    const root = await repoRootOf(contents, notebookServerPath, repositoryFolder);
    const notebookPath = root ? notebookServerPath.slice(root.length + 1) : notebookServerPath;
    const parsed = parseNotebook(notebookJson).notebook;
    const code = parsed && isPythonNotebook(parsed) ? notebookCode(parsed) : undefined;
    const repo = await repoIndexOf(contents, root);
    return new NotebookSources(contents, root, notebookPath, repo, analyzePython(code?.source ?? ''), line => code?.locate(line));
  }

  serverPath(repoPath: string): string {
    return serverPathOf(this.root, repoPath);
  }

  /** A repo file's analysis, read once; undefined when it cannot be read or is too large. */
  readonly analysisOf = (path: string): Promise<PyAnalysis | undefined> => {
    let analysis = this.analyses.get(path);
    if (!analysis) {
      analysis = this.contents
        .get(this.serverPath(path), { type: 'file', format: 'text', content: true })
        .then(model => {
          const text = typeof model.content === 'string' ? model.content : '';
          return text.length > MAX_PYTHON_BYTES ? undefined : analyzePython(text);
        })
        .catch(() => undefined);
      this.analyses.set(path, analysis);
    }
    return analysis;
  };

  uses(): Promise<NotebookUses> {
    return notebookUses({
      path: this.notebookPath,
      kind: 'notebook',
      analysis: this.analysis,
      files: this.repo,
      analysisOf: this.analysisOf
    });
  }

  definitionOf(dottedName: string): Promise<Definition | undefined> {
    return definitionOfName(dottedName, {
      path: this.notebookPath,
      analysis: this.analysis,
      files: this.repo,
      analysisOf: this.analysisOf
    });
  }
}

export { modulesToOpen } from './modulesToOpen';
