/** From the settings the user edits in the Settings Editor to the engine's audit options. */
import { DEFAULT_WEIGHTS } from '../audit/defaults';
import type { AuditOptions } from '../audit/engine';
import { CHECK_IDS, CheckId } from '../audit/report';

export interface AuditSettings {
  /** What 'Audit Repository' audits, relative to the server root ('' for the root). */
  repositoryFolder: string;
  auditOnOpen: boolean;
  weights: Partial<Record<CheckId, number>>;
  ignore: string[];
  maxFiles: number;
  maxBytesPerFile: number;
  seed: number;
  autoReaudit: boolean;
  reader: ReaderChoice;
}

/** How files are read: the Contents API, or one walk in a fresh Python kernel (sees hidden files). */
export type ReaderChoice = 'contents' | 'kernel';

export function readerFromSettings(composite: Partial<AuditSettings>): ReaderChoice {
  return composite.reader === 'kernel' ? 'kernel' : 'contents';
}

/**
 * Settings as JSON from the registry; anything malformed falls back to the engine's defaults.
 * Only weights the user changed from the defaults are passed: they win over the repo's config file, and the
 * defaults (which the settings always hold) must not hide the weights a repo sets for itself.
 */
export function auditOptionsFromSettings(composite: Partial<AuditSettings>): AuditOptions {
  const weights: Partial<Record<CheckId, number>> = {};
  for (const id of CHECK_IDS) {
    const w = composite.weights?.[id];
    if (typeof w === 'number' && Number.isFinite(w) && w >= 0 && w !== DEFAULT_WEIGHTS[id]) {
      weights[id] = w;
    }
  }
  return {
    weights,
    ignore: Array.isArray(composite.ignore) ? composite.ignore.filter(g => typeof g === 'string') : [],
    maxFiles: positiveOrUndefined(composite.maxFiles),
    maxBytesPerFile: positiveOrUndefined(composite.maxBytesPerFile)
  };
}

function positiveOrUndefined(n: unknown): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** The repository folder from settings, as a server path without leading or trailing slashes. */
export function repositoryFolderFromSettings(composite: Partial<AuditSettings>): string {
  const folder = typeof composite.repositoryFolder === 'string' ? composite.repositoryFolder : '';
  return folder.replace(/^\/+|\/+$/g, '');
}
