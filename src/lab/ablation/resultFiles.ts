/** Where a study's files are, and its table saved as results.md / results.csv in its run folder. */
import type { Contents } from '@jupyterlab/services';
import { resultsCsv, resultsMarkdown, ResultsTable } from '../../ablation';
import { ABLATIONS_FOLDER } from './studyFolder';

export type ResultsFormat = 'markdown' | 'csv';

/** `ablations/<stem>/`, relative to the notebook's folder: where the runner stores its studies. */
export function studiesFolderOf(notebookPath: string): string {
  const name = notebookPath.split('/').pop() ?? notebookPath;
  return `${ABLATIONS_FOLDER}/${name.replace(/\.ipynb$/i, '')}/`;
}

/** A path inside the run folder (paths in study.json are relative to it). */
export function inStudyFolder(folder: string, relativePath: string): string {
  return folder ? `${folder.replace(/\/+$/, '')}/${relativePath}` : relativePath;
}

export function resultsFile(format: ResultsFormat, table: ResultsTable): { name: string; text: string } {
  return format === 'markdown' ? { name: 'results.md', text: resultsMarkdown(table) } : { name: 'results.csv', text: resultsCsv(table) };
}

/** Save the table into the run folder; resolves with the file's path. */
export async function saveResults(contents: Contents.IManager, folder: string, format: ResultsFormat, table: ResultsTable): Promise<string> {
  const file = resultsFile(format, table);
  const path = inStudyFolder(folder, file.name);
  await contents.save(path, { type: 'file', format: 'text', content: file.text });
  return path;
}
