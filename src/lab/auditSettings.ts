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
  reader: ReaderSetting;
}

/**
 * How files were read: the package's server extension (one walk, batched reads, sees dot-files), or the
 * Contents API.
 */
export type ReaderChoice = 'server' | 'contents';

/** The 'reader' setting: 'auto' (the default) is the server extension when the server has it, else the Contents API. */
export type ReaderSetting = 'auto' | ReaderChoice;

export function readerFromSettings(composite: Partial<AuditSettings>): ReaderSetting {
  const reader = composite.reader;
  // 'kernel' (a reader since removed: the server extension is faster and runs nothing) reads as 'auto'.
  return reader === 'server' || reader === 'contents' ? reader : 'auto';
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
