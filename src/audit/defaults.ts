/**
 * Default settings of an audit. schema/plugin.json repeats these for the Settings Editor;
 * a unit test keeps the two equal.
 */
import type { CheckId } from './report';

/** How much each item weighs in the score. Seeds and dependencies weigh most: they break runs most often. */
export const DEFAULT_WEIGHTS: Record<CheckId, number> = {
  dependencies: 15,
  pinned: 10,
  binder: 10,
  model: 10,
  docs: 10,
  hardware: 5,
  seeds: 15,
  notebooks: 10,
  data: 5,
  tests: 10,
  leakage: 10
};
