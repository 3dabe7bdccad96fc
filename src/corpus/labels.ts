/**
 * The corpus's hand labels: one file per public repository, pinned to a commit, with a verdict per checklist
 * item and the evidence behind it (corpus/LABELLING.md). Pure: parsing and validation only.
 */
import { CHECK_IDS, CheckId, Status } from '../audit/report';
import { LabelFileHeader, parseLabelFileHeader } from './labelFile';

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

export interface RepoLabels extends LabelFileHeader {
  kinds: string[];
  /** Items of LABELLED_LATER may have no label. */
  labels: Partial<Record<CheckId, ItemLabel>>;
}

/** Parse and validate one label file; throws with a message naming the file and the field. */
export function parseRepoLabels(text: string, fileName: string): RepoLabels {
  const { header, obj, fail } = parseLabelFileHeader(text, fileName);
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
  return { ...header, kinds: Array.isArray(obj.kinds) ? obj.kinds.map(String) : [], labels };
}
