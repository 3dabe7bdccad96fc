/**
 * What every hand-label file shares (the checklist corpus's and the leakage corpus's): a JSON object naming the
 * repository and the commit it was labelled at, who labelled it, and whether it is held out — labelled before the
 * engine ever ran on it, so that its figure measures the engine on code its rules were not refined on.
 */

export interface LabelFileHeader {
  repo: string;
  commit: string;
  labelledBy?: string;
  heldOut: boolean;
}

/** Parses the file and checks its header; the object comes back for the parser of the rest. Throws naming the file. */
export function parseLabelFileHeader(
  text: string,
  fileName: string
): { header: LabelFileHeader; obj: Record<string, unknown>; fail: (what: string) => never } {
  const fail = (what: string): never => {
    throw new Error(`${fileName}: ${what}`);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return fail(`not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('not an object');
  }
  const obj = raw as Record<string, unknown>;
  if (typeof obj.repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(obj.repo)) {
    fail('"repo" must be "owner/name"');
  }
  if (typeof obj.commit !== 'string' || !/^[0-9a-f]{40}$/.test(obj.commit)) {
    fail('"commit" must be 40 hex digits');
  }
  if (obj.heldOut !== undefined && typeof obj.heldOut !== 'boolean') {
    fail('"heldOut" must be true or false');
  }
  const header: LabelFileHeader = {
    repo: obj.repo as string,
    commit: obj.commit as string,
    labelledBy: typeof obj.labelledBy === 'string' ? obj.labelledBy : undefined,
    heldOut: obj.heldOut === true
  };
  return { header, obj, fail };
}

/**
 * The development set (labels the engine's rules were refined on) and the held-out set (labelled before the engine
 * ever ran on them), apart: only the second is an unbiased measure, and the two are never mixed in one figure.
 */
export function splitByHeldOut<T extends { heldOut: boolean }>(items: readonly T[]): { development: T[]; heldOut: T[] } {
  return { development: items.filter(o => !o.heldOut), heldOut: items.filter(o => o.heldOut) };
}
