/** The ablation plugin's settings (schema/ablation.json), read defensively. */
import { DEFAULT_MAX_VARIANTS } from '../../ablation/plan';
import { DEFAULT_VERIFY_SETTINGS } from '../verify/settings';

export interface AblationSettings {
  /** Variants run at once, each in its own kernel. */
  concurrency: number;
  cellTimeoutSeconds: number;
  /** Most variants per seed, the full model included. */
  maxVariants: number;
  /** Seeds proposed in the setup (empty: one run per variant). */
  seeds: number[];
}

export const MAX_CONCURRENCY = 8;

export const DEFAULT_ABLATION_SETTINGS: AblationSettings = {
  concurrency: 1,
  cellTimeoutSeconds: DEFAULT_VERIFY_SETTINGS.cellTimeoutSeconds,
  maxVariants: DEFAULT_MAX_VARIANTS,
  seeds: []
};

function integerIn(value: unknown, min: number, max: number, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export function ablationSettingsFrom(composite: Partial<Record<keyof AblationSettings, unknown>> | undefined): AblationSettings {
  const timeout = Number(composite?.cellTimeoutSeconds);
  const seeds = Array.isArray(composite?.seeds) ? composite.seeds.filter((s): s is number => Number.isSafeInteger(s)) : [];
  return {
    concurrency: integerIn(composite?.concurrency, 1, MAX_CONCURRENCY, DEFAULT_ABLATION_SETTINGS.concurrency),
    cellTimeoutSeconds: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_ABLATION_SETTINGS.cellTimeoutSeconds,
    maxVariants: integerIn(composite?.maxVariants, 1, 1024, DEFAULT_ABLATION_SETTINGS.maxVariants),
    seeds: [...new Set(seeds)]
  };
}
