/**
 * Models compared on the test set (multi-test leakage across cells): several fitted models — different
 * estimators, or one estimator with other hyper-parameters or fit on another feature set — each scored on the
 * same test rows. Whatever the notebook then does with the scores (prints them side by side, picks the best,
 * tabulates them), the test set has been used to choose, so the chosen model's test score is optimistic.
 *
 * A model is known by its identity (values.ts `ModelIdentity`): how it was made (class and arguments as written,
 * Keras layers added, and the helper call that made it), what it was fit on (the name, and the transformers that
 * shaped it), and how often its hyper-parameters were changed. The
 * same identity scored twice (several metrics, one model scored again in a later cell, train and test scores)
 * is one model. Validation data, trivial baselines (`DummyClassifier`) and transformers are not counted.
 */
import type { EstimatorValue, ModelIdentity, TestMark } from './values';
import { rowsOverlap } from './values';

/** One scoring of test rows by a model, at a statement of the unit. */
export interface TestScoring {
  model: ModelIdentity;
  rows: readonly string[];
  test: TestMark;
  at: number;
}

/** The scorings of one test set (rows that overlap), the first of each model in order. */
export interface ScoredTestSet {
  rows: readonly string[];
  test: TestMark;
  scorings: TestScoring[];
  /** Already reported as chosen on (a loop that refits and scores, or this rule): one finding per test set. */
  reported: boolean;
}

/** Roles whose scores choose a model (a transformer's `score` is a likelihood, not a model's quality). */
const SCORED_ROLES = new Set(['model', 'search', 'unknown']);

/** The identity of an estimator as it stands (after its last fit and hyper-parameter change). */
export function identityOf(est: EstimatorValue): ModelIdentity | undefined {
  if (!SCORED_ROLES.has(est.role) || est.cls.startsWith('Dummy')) {
    return undefined;
  }
  const fit = est.learnt ? `${est.learnt.what}:${est.learnt.data}:${est.fitFeatures ?? ''}` : '';
  return {
    key: `${est.made ?? est.cls}|${fit}|${est.tuned ?? 0}`,
    cls: est.cls,
    ...(est.learnt && { fitOn: est.learnt.data })
  };
}

export class ModelComparisons {
  private readonly sets: ScoredTestSet[] = [];

  private setOf(rows: readonly string[], test: TestMark): ScoredTestSet {
    // The same test set: rows of the same split side; two splits whose rows meet only by value are different sets.
    let set = this.sets.find(s => rowsOverlap(s.rows, rows, false));
    if (!set) {
      set = { rows, test, scorings: [], reported: false };
      this.sets.push(set);
    }
    return set;
  }

  /** A test set already reported as chosen on by another rule (a loop that refits and scores). */
  markReported(rows: readonly string[], test: TestMark): void {
    this.setOf(rows, test).reported = true;
  }

  /**
   * Records a scoring. Returns its test set when the scoring is of another model than the ones scored on it
   * before (the set then holds two or more), so the caller reports (first time) or updates its finding.
   */
  add(scoring: TestScoring): ScoredTestSet | undefined {
    if (scoring.test.validation) {
      return undefined;
    }
    const set = this.setOf(scoring.rows, scoring.test);
    if (set.scorings.some(s => s.model.key === scoring.model.key)) {
      return undefined;
    }
    set.scorings.push(scoring);
    return set.scorings.length >= 2 ? set : undefined;
  }
}
