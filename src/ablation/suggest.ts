/**
 * Metric candidates: module-level names assigned the result of a known scoring call
 * (`acc = accuracy_score(y_test, pred)`, `r2 = model.score(X, y)`), with which way is better.
 */
import type { ParsedNotebook } from '../audit/notebook/parse';
import { analyzePython } from '../audit/python/analyze';
import { calleeOf } from './pythonSyntax';

export type Direction = 'higher' | 'lower';

/** scikit-learn's scoring functions (and `estimator.score`), by the last part of the callee. */
export const METRIC_DIRECTIONS: Readonly<Record<string, Direction>> = {
  score: 'higher',
  accuracy_score: 'higher',
  balanced_accuracy_score: 'higher',
  f1_score: 'higher',
  fbeta_score: 'higher',
  precision_score: 'higher',
  recall_score: 'higher',
  jaccard_score: 'higher',
  roc_auc_score: 'higher',
  average_precision_score: 'higher',
  matthews_corrcoef: 'higher',
  cohen_kappa_score: 'higher',
  top_k_accuracy_score: 'higher',
  r2_score: 'higher',
  explained_variance_score: 'higher',
  d2_absolute_error_score: 'higher',
  mean_squared_error: 'lower',
  root_mean_squared_error: 'lower',
  mean_absolute_error: 'lower',
  median_absolute_error: 'lower',
  mean_absolute_percentage_error: 'lower',
  mean_squared_log_error: 'lower',
  max_error: 'lower',
  log_loss: 'lower',
  hinge_loss: 'lower',
  brier_score_loss: 'lower',
  zero_one_loss: 'lower',
  hamming_loss: 'lower'
};

export interface MetricSuggestion {
  name: string;
  direction: Direction;
  /** The callee as written ('metrics.f1_score'). */
  callee: string;
  cell: number;
  /** 1-based line within the cell. */
  line: number;
}

/** Suggested metrics, one per name (its last assignment), in notebook order. */
export function suggestMetrics(notebook: ParsedNotebook): MetricSuggestion[] {
  const byName = new Map<string, MetricSuggestion>();
  for (const cell of notebook.cells) {
    if (cell.cellType !== 'code') {
      continue;
    }
    for (const assignment of analyzePython(cell.source).assignments) {
      if (assignment.scope || assignment.op || assignment.target.includes('.')) {
        continue;
      }
      const callee = calleeOf(assignment.value);
      const direction = callee && METRIC_DIRECTIONS[callee.split('.').pop() as string];
      if (callee && direction) {
        byName.delete(assignment.target);
        byName.set(assignment.target, { name: assignment.target, direction, callee, cell: cell.index, line: assignment.line });
      }
    }
  }
  return [...byName.values()];
}
