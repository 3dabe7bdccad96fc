/**
 * The corpus's hand labels: one file per public repository, pinned to a commit, with a verdict per checklist
 * item and the evidence behind it (corpus/LABELLING.md). Pure: parsing and validation only.
 */
import { CHECK_IDS, CheckId, Status } from '../audit/report';

/** Items added after the corpus was labelled: a repo without a label for one is not compared on it. */
const LABELLED_LATER: ReadonlySet<CheckId> = new Set(['leakage']);

export const LABEL_STATUSES: readonly Status[] = ['pass', 'warn', 'fail', 'na'];

export interface ItemLabel {
  status: Status;
  /** `path:line`, `path`, or `path#cell=N` (1-based cell). */
  evidence: string[];
  why: string;
  /** A verdict a careful reviewer could give either way; reported apart. */
  unsure?: boolean;
  note?: string;
}

export interface RepoLabels {
  repo: string;
  commit: string;
  kinds: string[];
  labelledBy?: string;
  /** Items of LABELLED_LATER may have no label. */
  labels: Partial<Record<CheckId, ItemLabel>>;
}

/** Parse and validate one label file; throws with a message naming the file and the field. */
export function parseRepoLabels(text: string, fileName: string): RepoLabels {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`${fileName}: not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const fail = (what: string): never => {
    throw new Error(`${fileName}: ${what}`);
  };
  if (typeof raw !== 'object' || raw === null) {
    fail('not an object');
  }
  const obj = raw as Record<string, unknown>;
  if (typeof obj.repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(obj.repo)) {
    fail('"repo" must be "owner/name"');
  }
  if (typeof obj.commit !== 'string' || !/^[0-9a-f]{40}$/.test(obj.commit)) {
    fail('"commit" must be 40 hex digits');
  }
  const labelsRaw = obj.labels;
  if (typeof labelsRaw !== 'object' || labelsRaw === null) {
    fail('"labels" missing');
  }
  const labels: Partial<Record<CheckId, ItemLabel>> = {};
  for (const id of CHECK_IDS) {
    const item = (labelsRaw as Record<string, unknown>)[id] as Record<string, unknown> | undefined;
    if (item === undefined && LABELLED_LATER.has(id)) {
      continue;
    }
    if (!item || typeof item !== 'object') {
      fail(`no label for "${id}"`);
    }
    const status = item!.status as Status;
    if (!LABEL_STATUSES.includes(status)) {
      fail(`"${id}".status must be one of ${LABEL_STATUSES.join(', ')}`);
    }
    const evidence = Array.isArray(item!.evidence) ? item!.evidence.map(String) : [];
    labels[id] = {
      status,
      evidence,
      why: typeof item!.why === 'string' ? item!.why : '',
      unsure: item!.unsure === true,
      note: typeof item!.note === 'string' ? item!.note : undefined
    };
  }
  return {
    repo: obj.repo as string,
    commit: obj.commit as string,
    kinds: Array.isArray(obj.kinds) ? obj.kinds.map(String) : [],
    labelledBy: typeof obj.labelledBy === 'string' ? obj.labelledBy : undefined,
    labels
  };
}
