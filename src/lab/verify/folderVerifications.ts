/**
 * What the audit's seeds item says about verifications: for each notebook of the audited folder with a
 * remembered result, whether that result still holds for the notebook's current code cells, or is out
 * of date because the code changed since.
 */
import { codeCellsHash } from '../../verify/hash';
import { isInside, normaliseFolder } from '../serverPath';
import { notebookToRun } from './notebookSource';
import { allVerifications, RememberedVerification } from './store';

/** 'outdated': only results for older code are remembered. */
export type VerificationStanding = 'same' | 'different' | 'error' | 'outdated';

export interface NotebookVerification {
  /** Server path of the notebook. */
  path: string;
  /** Path inside the audited folder, as the panel shows it. */
  repoPath: string;
  standing: VerificationStanding;
  /** Cells that came out the same ('same'), differed ('different') or failed ('error'); 0 when outdated. */
  cells: number;
  /** ISO date of the verification the line is about. */
  date: string;
  /** Why the runs stopped early, when they did. */
  message?: string;
}

/** Server paths, sorted and distinct, of the remembered notebooks inside a folder. */
export function rememberedPathsIn(folder: string, remembered: readonly RememberedVerification[]): string[] {
  const inside = remembered.map(r => normaliseFolder(r.path)).filter(p => isInside(folder, p) && p !== folder);
  return [...new Set(inside)].sort();
}

/** The line for one notebook at its current code hash; undefined when nothing is remembered for it. */
export function verificationOf(
  folder: string,
  path: string,
  hash: string,
  remembered: readonly RememberedVerification[]
): NotebookVerification | undefined {
  const ofPath = remembered.filter(r => normaliseFolder(r.path) === path);
  const repoPath = folder ? path.slice(folder.length + 1) : path;
  const current = ofPath.find(r => r.hash === hash);
  if (current) {
    const cells = current.verdict === 'same' ? current.same : current.verdict === 'different' ? current.different : current.errors;
    return { path, repoPath, standing: current.verdict, cells, date: current.date, message: current.message };
  }
  const latest = [...ofPath].sort((a, b) => a.date.localeCompare(b.date)).pop();
  return latest && { path, repoPath, standing: 'outdated', cells: 0, date: latest.date };
}

/** The part of the Contents API this needs. */
export interface NotebookContents {
  get(path: string, options: { type: 'notebook'; content: true }): Promise<{ content: unknown }>;
}

/**
 * Reads each remembered notebook of the folder and hashes its code cells. A notebook that is gone or
 * unreadable is left out: there is nothing to say about it.
 */
export async function readFolderVerifications(
  contents: NotebookContents,
  folder: string,
  remembered: readonly RememberedVerification[] = allVerifications()
): Promise<NotebookVerification[]> {
  const lines = await Promise.all(
    rememberedPathsIn(folder, remembered).map(async path => {
      try {
        const model = await contents.get(path, { type: 'notebook', content: true });
        return verificationOf(folder, path, codeCellsHash(notebookToRun(path, model.content).cells), remembered);
      } catch {
        return undefined;
      }
    })
  );
  return lines.filter((line): line is NotebookVerification => line !== undefined);
}
