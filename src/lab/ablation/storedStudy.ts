/**
 * The latest study stored beside a notebook, as the panel's "Stored studies" section shows it: found
 * and checked (study.json is data from disk, so a broken or foreign file is a note, never a crash),
 * compared with the notebook's code as it is now, and turned into the results a run would show.
 * Read-only: nothing here writes.
 */
import type { Contents } from '@jupyterlab/services';
import { parseStudy, resultsTable, Study, StudyVariant, studyCodeHash } from '../../ablation';
import type { NotebookFacts } from './setupChoices';
import { joinPath, newestStudyText, STUDY_FILE, StoredStudy, studiesFolder } from './studyFolder';
import type { AblationResult } from './types';

export type StoredStudyLookup =
  | { kind: 'none' }
  | { kind: 'found'; stored: StoredStudy }
  /** A study.json that is there but cannot be shown (runId is absent when the folder could not be listed). */
  | { kind: 'unreadable'; runId?: string; problem: string };

export type CodeComparison = 'same' | 'changed' | 'unknown';

export interface StoredStudySummary {
  runId: string;
  /** ISO time the run finished (else started), as recorded; absent in an old or hand-made file. */
  when?: string;
  ok: number;
  runs: number;
  code: CodeComparison;
}

const STATUSES = new Set(['ok', 'error', 'cancelled', 'skipped']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Executed copies are opened relative to the run folder: a path from the file may not climb out of it. */
function isInsideFolder(path: unknown): path is string {
  return typeof path === 'string' && path !== '' && !path.startsWith('/') && !path.split(/[\\/]/).includes('..');
}

/** One stored run, with the optional fields an older or hand-edited file may lack filled in. */
function checkedVariant(value: unknown, index: number): StudyVariant | string {
  if (!isRecord(value) || typeof value.id !== 'string' || !STATUSES.has(value.status as string) || !isRecord(value.metrics)) {
    return `run ${index + 1} has no id, status or metrics`;
  }
  const errors = Array.isArray(value.errors) ? value.errors.map(String) : [];
  const seed = typeof value.seed === 'number' ? value.seed : null;
  return {
    ...(value as unknown as StudyVariant),
    baseId: typeof value.baseId === 'string' ? value.baseId : value.id,
    label: typeof value.label === 'string' ? value.label : value.id,
    errors,
    seed,
    // '' hides the Open button (the table shows no copy it cannot safely open).
    notebookPath: [value.notebookPath, `${value.id}.ipynb`].find(isInsideFolder) ?? ''
  };
}

/** The study as the views can use it, or what is wrong with it in a few words. */
export function checkedStudy(study: Study): { study?: Study; problem?: string } {
  if (typeof study.codeHash !== 'string' || !Array.isArray(study.metrics)) {
    return { problem: 'study.json has no code hash or metric list' };
  }
  const metrics = study.metrics.filter(m => isRecord(m) && typeof m.name === 'string' && (m.direction === 'higher' || m.direction === 'lower'));
  if (metrics.length !== study.metrics.length) {
    return { problem: 'study.json lists a metric without a name or direction' };
  }
  const variants: StudyVariant[] = [];
  for (const [i, value] of study.variants.entries()) {
    const variant = checkedVariant(value, i);
    if (typeof variant === 'string') {
      return { problem: `study.json: ${variant}` };
    }
    variants.push(variant);
  }
  return { study: { ...study, metrics, variants } };
}

/** Parse and check one study.json's text. */
export function storedStudyFrom(folder: string, runId: string, text: string): StoredStudyLookup {
  const parsed = parseStudy(text);
  const checked = parsed.study ? checkedStudy(parsed.study) : { problem: parsed.error };
  return checked.study
    ? { kind: 'found', stored: { study: checked.study, folder, runId } }
    : { kind: 'unreadable', runId, problem: checked.problem ?? 'study.json could not be read' };
}

/** The newest study stored for the notebook at `notebookPath`; never rejects. */
export async function findStoredStudy(contents: Contents.IManager, notebookPath: string): Promise<StoredStudyLookup> {
  try {
    const newest = await newestStudyText(contents, studiesFolder(notebookPath));
    return newest ? storedStudyFrom(newest.folder, newest.runId, newest.text) : { kind: 'none' };
  } catch (reason) {
    return { kind: 'unreadable', problem: reason instanceof Error ? reason.message : String(reason) };
  }
}

/** Was the study run on the code the notebook has now? Unknown when the notebook cannot be read. */
export function compareCode(study: Study, facts: NotebookFacts): CodeComparison {
  if (!facts.parsed) {
    return 'unknown';
  }
  return studyCodeHash(facts.parsed) === study.codeHash ? 'same' : 'changed';
}

export function storedStudySummary(stored: StoredStudy, facts: NotebookFacts): StoredStudySummary {
  const { study, runId } = stored;
  const when = study.finishedAt ?? study.startedAt;
  return {
    runId,
    ...(typeof when === 'string' && { when }),
    ok: study.variants.filter(v => v.status === 'ok').length,
    runs: study.variants.length,
    code: compareCode(study, facts)
  };
}

/** The result the panel shows after a run, built from the stored record alone (no kernel). */
export function storedStudyResult(stored: StoredStudy): AblationResult {
  const { study, folder } = stored;
  const outcomes = study.variants.map(v => ({
    variantId: v.baseId,
    label: v.label,
    seed: v.seed ?? undefined,
    status: v.status,
    metrics: v.metrics
  }));
  return { study, table: resultsTable(outcomes, study.metrics), folder, studyPath: joinPath(folder, STUDY_FILE), notes: [] };
}
