/**
 * Where a study lives, through the Contents API: `<notebook folder>/ablations/<notebook stem>/<run>/`
 * with `<run>` a sortable UTC timestamp; creating the folders, finding the latest stored study of
 * the same code, and writing notebooks and study.json.
 */
import type { Contents } from '@jupyterlab/services';
import { parseStudy, Study } from '../../ablation';
import { folderEntries } from '../contentsEntry';

export const ABLATIONS_FOLDER = 'ablations';
export const STUDY_FILE = 'study.json';

/** `ablations/<stem>` beside the notebook. */
export function studiesFolder(notebookPath: string): string {
  const slash = notebookPath.lastIndexOf('/');
  const folder = slash >= 0 ? notebookPath.slice(0, slash) : '';
  const stem = notebookPath.slice(slash + 1).replace(/\.ipynb$/i, '');
  return joinPath(folder, ABLATIONS_FOLDER, stem);
}

export function joinPath(...parts: string[]): string {
  return parts.filter(p => p !== '').join('/');
}

/** '2026-11-23T16-05-09Z': sorts as time does, and is a valid file name everywhere. */
export function runIdOf(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-') + 'Z';
}

/** Run ids claimed by this page, so two studies started in one second never share a folder. */
const claimedRuns = new Set<string>();

/** The first of `base`, `base-2`, `base-3`, ... that is neither taken nor claimed here. */
export function uniqueRunId(base: string, taken: ReadonlySet<string>, folder = ''): string {
  let id = base;
  for (let n = 2; taken.has(id) || claimedRuns.has(joinPath(folder, id)); n++) {
    id = `${base}-${n}`;
  }
  claimedRuns.add(joinPath(folder, id));
  return id;
}

/** Create `path` and any missing parent folders; each level is looked up in its parent's listing (no 404). */
export async function ensureFolder(contents: Contents.IManager, path: string): Promise<void> {
  let parent = '';
  for (const name of path.split('/').filter(p => p)) {
    const sub = parent ? `${parent}/${name}` : name;
    // The parent exists (the root, or the level before): list it directly.
    const listing = await contents.get(parent, { type: 'directory', content: true });
    const entry = ((listing.content ?? []) as Contents.IModel[]).find(e => e.name === name);
    if (!entry) {
      await contents.save(sub, { type: 'directory' });
    } else if (entry.type !== 'directory') {
      throw new Error(`${sub} exists and is not a folder`);
    }
    parent = sub;
  }
}

/** Create a new run folder under `studies` and return its server path. */
export async function createRunFolder(contents: Contents.IManager, studies: string, now: Date): Promise<string> {
  await ensureFolder(contents, studies);
  const taken = new Set((await folderEntries(contents, studies)).map(entry => entry.name));
  const folder = joinPath(studies, uniqueRunId(runIdOf(now), taken, studies));
  await contents.save(folder, { type: 'directory' });
  return folder;
}

export interface StoredStudy {
  study: Study;
  /** Server path of its run folder, and the folder's name (the run id). */
  folder: string;
  runId: string;
}

/** Whether a run folder holds its study.json yet (asked through the folder's listing, without a 404). */
async function hasStudyFile(contents: Contents.IManager, folder: string): Promise<boolean> {
  const listing = await contents.get(folder, { type: 'directory', content: true });
  return Array.isArray(listing.content) && (listing.content as Contents.IModel[]).some(e => e.name === STUDY_FILE);
}

/** The run folders' names under `studies`, newest first (run ids sort as time does). */
async function runIdsNewestFirst(contents: Contents.IManager, studies: string, exclude?: string): Promise<string[]> {
  return (await folderEntries(contents, studies))
    .filter(entry => entry.type === 'directory' && entry.path !== exclude)
    .map(entry => entry.name)
    .sort()
    .reverse();
}

/**
 * The text of the newest study.json under `studies`, whatever it holds (the caller parses it, so
 * that a broken file can be reported rather than skipped). Runs without one (still going, or never
 * started) are passed over; other read errors reject.
 */
export async function newestStudyText(
  contents: Contents.IManager,
  studies: string
): Promise<{ folder: string; runId: string; text: string } | undefined> {
  for (const runId of await runIdsNewestFirst(contents, studies)) {
    const folder = joinPath(studies, runId);
    if (await hasStudyFile(contents, folder)) {
      const file = await contents.get(joinPath(folder, STUDY_FILE), { type: 'file', format: 'text', content: true });
      return { folder, runId, text: String(file.content) };
    }
  }
  return undefined;
}

/**
 * The newest stored study under `studies` (other than `exclude`) that `accept` takes; unreadable or
 * unparsable study.json files are passed over.
 */
export async function latestStudy(
  contents: Contents.IManager,
  studies: string,
  accept: (study: Study) => boolean,
  exclude?: string
): Promise<StoredStudy | undefined> {
  for (const runId of await runIdsNewestFirst(contents, studies, exclude)) {
    const folder = joinPath(studies, runId);
    if (!(await hasStudyFile(contents, folder))) {
      continue;
    }
    try {
      const file = await contents.get(joinPath(folder, STUDY_FILE), { type: 'file', format: 'text', content: true });
      const { study } = parseStudy(String(file.content));
      if (study && accept(study)) {
        return { study, folder, runId };
      }
    } catch {
      // No study.json (a run still going, or one that failed to start): look further back.
    }
  }
  return undefined;
}

export async function writeNotebook(contents: Contents.IManager, path: string, notebook: object): Promise<void> {
  await contents.save(path, { type: 'notebook', format: 'json', content: notebook });
}

export async function readNotebook(contents: Contents.IManager, path: string): Promise<object> {
  const model = await contents.get(path, { type: 'notebook', format: 'json', content: true });
  return model.content as object;
}

export async function writeText(contents: Contents.IManager, path: string, text: string): Promise<void> {
  await contents.save(path, { type: 'file', format: 'text', content: text });
}
