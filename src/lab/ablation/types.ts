/**
 * What the ablation view asks the study runner for, and what it hears back: the contract between
 * `studyRunner.ts` (kernels, files) and the views (toggles, progress, table, chart).
 */
import type { AblationPlan, MetricSpec, PlanOptions, ResultsTable, Study, Variant } from '../../ablation';

export interface AblationRequest {
  /** Server path of the notebook; executed copies go to `<its folder>/ablations/<its stem>/<run>/`. */
  notebookPath: string;
  /** The notebook's JSON text as it is now (the open document's model, else the saved file). */
  notebookText: string;
  /** Kernelspec to run every variant with (the notebook's). */
  kernelName: string;
  /** The metrics shown in the table, in order. */
  metrics: MetricSpec[];
  /** Of those, the ones read as variables with `user_expressions` after the last cell; the rest are glued values. */
  variables: string[];
  /** Toggle names the user left out of the study (their variants are not planned). */
  excludedToggles?: string[];
  plan: PlanOptions;
  /** Variants run at once, each in its own kernel (at least 1). */
  concurrency: number;
  cellTimeoutMs: number;
  /** Reuse ok variants of the latest stored study of the same code (default true). */
  reuse?: boolean;
}

export type VariantState = 'queued' | 'running' | 'reused' | 'ok' | 'error' | 'cancelled';

export interface VariantProgress {
  variant: Variant;
  state: VariantState;
  /** While running: the code cell being run (0-based) and how many there are. */
  cell?: number;
  total?: number;
  /** Why a run stopped (error, timeout, cancel), in one plain sentence. */
  message?: string;
  durationSeconds?: number;
  metrics?: Record<string, number>;
}

export interface AblationResult {
  study: Study;
  table: ResultsTable;
  /** Server path of the run's folder and of its study.json. */
  folder: string;
  studyPath: string;
  /** The plan's notes and anything else worth telling (a metric never produced, a file not written). */
  notes: string[];
}

export type { AblationPlan };
