/**
 * Hand labels for the `leakage` item on real notebooks (corpus/leakage/README.md): per repository, pinned to a
 * commit, per notebook a leak / no-leak verdict for each kind with `path:cell:line` evidence. Pure: parsing and
 * validation only.
 */
import { LEAKAGE_KINDS, LeakageKind } from '../audit/report';
import { LabelFileHeader, parseLabelFileHeader } from './labelFile';

export interface LeakPlace {
  path: string;
  /** 0-based index in the notebook's cell list; absent for a script. */
  cell?: number;
  /** 1-based, within the cell for a notebook. */
  line: number;
}

export interface KindLabel {
  leak: boolean;
  evidence: LeakPlace[];
  why: string;
  /** A verdict a careful reviewer could give either way: counted apart. */
  unsure: boolean;
  /** A correction made after the first reading, and why. */
  note?: string;
}

export interface NotebookLeakLabels {
  path: string;
  labels: Record<LeakageKind, KindLabel>;
}

export interface RepoLeakLabels extends LabelFileHeader {
  notebooks: NotebookLeakLabels[];
}

/**
 * `path:cell:line` for a notebook, `path:line` for a script. Paths may hold spaces and colons, so the numbers
 * are read from the right.
 */
export function parseLeakPlace(text: string): LeakPlace | undefined {
  const notebook = /^(.+\.ipynb):(\d+):(\d+)$/.exec(text);
  if (notebook) {
    return { path: notebook[1], cell: Number(notebook[2]), line: Number(notebook[3]) };
  }
  const script = /^(.+):(\d+)$/.exec(text);
  return script && !script[1].endsWith('.ipynb') ? { path: script[1], line: Number(script[2]) } : undefined;
}

export function formatLeakPlace(place: LeakPlace): string {
  return place.cell === undefined ? `${place.path}:${place.line}` : `${place.path}:${place.cell}:${place.line}`;
}

/** Parse and validate one label file; throws with a message naming the file and the field. */
export function parseRepoLeakLabels(text: string, fileName: string): RepoLeakLabels {
  const { header, obj, fail } = parseLabelFileHeader(text, fileName);
  if (!Array.isArray(obj.notebooks) || obj.notebooks.length === 0) {
    fail('"notebooks" must be a non-empty list');
  }
  const seen = new Set<string>();
  const notebooks = (obj.notebooks as unknown[]).map((entry, i): NotebookLeakLabels => {
    const nb = (entry ?? {}) as Record<string, unknown>;
    if (typeof nb.path !== 'string' || !nb.path) {
      return fail(`notebooks[${i}].path missing`);
    }
    const where = `notebooks[${i}] (${nb.path})`;
    if (seen.has(nb.path)) {
      fail(`${where}: labelled twice`);
    }
    seen.add(nb.path);
    const labelsRaw = (nb.labels ?? {}) as Record<string, unknown>;
    for (const kind of Object.keys(labelsRaw)) {
      if (!(LEAKAGE_KINDS as readonly string[]).includes(kind)) {
        fail(`${where}: unknown kind "${kind}" (kinds: ${LEAKAGE_KINDS.join(', ')})`);
      }
    }
    const labels = {} as Record<LeakageKind, KindLabel>;
    for (const kind of LEAKAGE_KINDS) {
      const label = labelsRaw[kind] as Record<string, unknown> | undefined;
      if (!label || typeof label !== 'object') {
        return fail(`${where}: no label for "${kind}"`);
      }
      if (typeof label.leak !== 'boolean') {
        fail(`${where}: "${kind}".leak must be true or false`);
      }
      const evidence = (Array.isArray(label.evidence) ? label.evidence : []).map(e => {
        const place = parseLeakPlace(String(e));
        if (!place) {
          return fail(`${where}: "${kind}" evidence "${String(e)}" is not path:cell:line`);
        }
        if (place.path !== nb.path) {
          fail(`${where}: "${kind}" evidence "${String(e)}" is in another file`);
        }
        return place;
      });
      if (label.leak && evidence.length === 0) {
        fail(`${where}: "${kind}" is a leak without evidence`);
      }
      labels[kind] = {
        leak: label.leak as boolean,
        evidence,
        why: typeof label.why === 'string' ? label.why : '',
        unsure: label.unsure === true,
        ...(typeof label.note === 'string' && { note: label.note })
      };
    }
    return { path: nb.path, labels };
  });
  return { ...header, notebooks };
}
