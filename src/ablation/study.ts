/**
 * `study.json`, the record of an ablation run stored beside the executed copies, and which stored
 * variants a rerun may reuse (same code, same overrides, same skipped cells, same seed).
 */
import type { ParsedNotebook } from '../audit/notebook/parse';
import { codeCellsHash } from '../verify/hash';
import type { Variant } from './plan';
import type { MetricSpec } from './results';
import { stableJson } from './stableJson';
import type { ParameterValue, Toggle } from './toggles';

export const STUDY_SCHEMA_VERSION = 1;

export type RunStatus = 'ok' | 'error' | 'cancelled' | 'skipped';

export interface StudyVariant {
  id: string;
  baseId: string;
  label: string;
  off: string[];
  overrides: Record<string, ParameterValue>;
  skippedCells: number[];
  seed: number | null;
  status: RunStatus;
  errors: string[];
  metrics: Record<string, number>;
  /** Wall time of the whole variant and of each executed cell (index in the executed copy), seconds. */
  durationSeconds: number | null;
  cellDurations: Record<string, number>;
  /** The executed copy, relative to the study folder. */
  notebookPath: string;
  /** Reused from an earlier run rather than executed again. */
  reusedFrom?: string;
}

export interface Study {
  schemaVersion: number;
  notebookPath: string;
  codeHash: string;
  kernelspec: object | null;
  languageInfo: object | null;
  toggles: Toggle[];
  metrics: MetricSpec[];
  seeds: number[];
  variants: StudyVariant[];
  packageVersions: Record<string, string>;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface VariantRecord {
  status: RunStatus;
  errors?: string[];
  metrics?: Record<string, number>;
  durationSeconds?: number;
  cellDurations?: Record<string, number>;
  notebookPath?: string;
  reusedFrom?: string;
}

export interface StudyInput {
  notebookPath: string;
  notebook: ParsedNotebook;
  toggles: Toggle[];
  metrics: MetricSpec[];
  variants: Variant[];
  /** Per variant id, how it went; a planned variant without a record is 'skipped'. */
  records: Record<string, VariantRecord>;
  packageVersions?: Record<string, string>;
  startedAt?: string;
  finishedAt?: string;
}

/** The hash a study is keyed on: the notebook's code cells as written (not the injected copy). */
export function studyCodeHash(notebook: ParsedNotebook): string {
  return codeCellsHash(notebook.cells.filter(c => c.cellType === 'code').map(c => c.source));
}

function objectField(metadata: object, key: string): object | null {
  const value = (metadata as Record<string, unknown>)[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
}

export function buildStudy(input: StudyInput): Study {
  const seeds = [...new Set(input.variants.map(v => v.seed).filter((s): s is number => s !== undefined))];
  return {
    schemaVersion: STUDY_SCHEMA_VERSION,
    notebookPath: input.notebookPath,
    codeHash: studyCodeHash(input.notebook),
    kernelspec: objectField(input.notebook.metadata, 'kernelspec'),
    languageInfo: objectField(input.notebook.metadata, 'language_info'),
    toggles: input.toggles,
    metrics: input.metrics,
    seeds,
    variants: input.variants.map(v => {
      const record = input.records[v.id] ?? { status: 'skipped' };
      return {
        id: v.id,
        baseId: v.baseId,
        label: v.label,
        off: v.off,
        overrides: v.overrides,
        skippedCells: v.skippedCells,
        seed: v.seed ?? null,
        status: record.status,
        errors: record.errors ?? [],
        metrics: record.metrics ?? {},
        durationSeconds: record.durationSeconds ?? null,
        cellDurations: record.cellDurations ?? {},
        notebookPath: record.notebookPath ?? `${v.id}.ipynb`,
        ...(record.reusedFrom !== undefined && { reusedFrom: record.reusedFrom })
      };
    }),
    packageVersions: input.packageVersions ?? {},
    startedAt: input.startedAt ?? null,
    finishedAt: input.finishedAt ?? null
  };
}

/** study.json's text: sorted keys, two-space indent, final newline. */
export function studyJson(study: Study): string {
  return stableJson(study);
}

/** Read a stored study.json; anything else (bad JSON, another schema) gives an error, never a throw. */
export function parseStudy(text: string): { study?: Study; error?: string } {
  try {
    const value = JSON.parse(text) as Partial<Study>;
    if (typeof value !== 'object' || value === null || value.schemaVersion !== STUDY_SCHEMA_VERSION || !Array.isArray(value.variants)) {
      return { error: `study.json is not a schema ${STUDY_SCHEMA_VERSION} study` };
    }
    return { study: value as Study };
  } catch (err) {
    return { error: `study.json is not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** What makes two runs the same run: overrides, skipped cells and seed. */
export function variantKey(v: { overrides: Record<string, ParameterValue>; skippedCells: number[]; seed?: number | null }): string {
  return stableJson({ overrides: v.overrides, skippedCells: [...v.skippedCells].sort((a, b) => a - b), seed: v.seed ?? null }, 0);
}

/**
 * Planned variant id -> the stored variant it may reuse: only from a study of the same code (and the
 * same kernel, when both name one), and only runs that finished ok.
 */
export function reusableVariants(stored: Study | undefined, codeHash: string, planned: readonly Variant[], kernelName?: string): Map<string, StudyVariant> {
  const reuse = new Map<string, StudyVariant>();
  if (!stored || stored.codeHash !== codeHash) {
    return reuse;
  }
  const storedKernel = (stored.kernelspec as { name?: unknown } | null)?.name;
  if (kernelName && typeof storedKernel === 'string' && storedKernel !== kernelName) {
    return reuse;
  }
  const byKey = new Map(stored.variants.filter(v => v.status === 'ok').map(v => [variantKey(v), v]));
  for (const v of planned) {
    const match = byKey.get(variantKey(v));
    if (match) {
      reuse.set(v.id, match);
    }
  }
  return reuse;
}
