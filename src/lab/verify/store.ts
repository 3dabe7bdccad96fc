/**
 * Verification results remembered in localStorage, keyed by notebook path and the hash of its code
 * cells: a result stays valid until the code changes. `getVerification` is what the audit's seeds
 * item reads.
 */

import { ISignal, Signal } from '@lumino/signaling';

const STORAGE_KEY = 'jupyterlab-repro-audit:verifications';
/** Oldest results are dropped beyond this many, so storage stays small. */
const MAX_REMEMBERED = 200;

export interface RememberedVerification {
  path: string;
  /** `codeCellsHash` of the notebook's code cells when it was verified. */
  hash: string;
  verdict: 'same' | 'different' | 'error';
  same: number;
  different: number;
  errors: number;
  /** Why the runs stopped early, when they did. */
  message?: string;
  /** ISO date of the verification. */
  date: string;
}

/** Emits each result as it is remembered, so the audit's seeds item can refresh. */
const remembered = new Signal<object, RememberedVerification>({});
export const verificationRemembered: ISignal<object, RememberedVerification> = remembered;

function readAll(): RememberedVerification[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

export function rememberVerification(result: RememberedVerification): void {
  const others = readAll().filter(r => !(r.path === result.path && r.hash === result.hash));
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify([...others, result].slice(-MAX_REMEMBERED)));
  } catch {
    // Storage full or disabled: the result is still shown, only not remembered.
  }
  remembered.emit(result);
}

/** Every remembered verification, oldest first. */
export function allVerifications(): RememberedVerification[] {
  return readAll();
}

/** The remembered verification of this notebook at this code hash, if any. */
export function getVerification(path: string, hash: string): RememberedVerification | undefined {
  return readAll().find(r => r.path === path && r.hash === hash);
}
