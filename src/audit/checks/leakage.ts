/**
 * leakage: does information from the test data reach the model it scores? Three kinds, from a static
 * data-flow analysis of each notebook (cells in order) and script over @lezer/python; the repo's code is never run.
 * - preprocessing: a transformation that learns from rows (scaler, imputer, encoder, PCA and other
 *   decompositions, feature selection, vectorizer, a pandas mean/std/quantile used to fill or scale) is fit on
 *   rows that later reach a test set (a split's test side, cross-validation folds, test data it scores);
 * - overlap: the same rows in training and test data (over-sampling or copies before the split, test rows
 *   concatenated into training data, overlapping slices);
 * - multi-test: the test set scored repeatedly to choose among models or hyper-parameters, or a model fit on it.
 * Passes when the code splits data or fits and scores a model and no leak is found; fails on a leak; `na` when
 * no code splits data or fits and scores a model (unsupervised exploration cannot leak a test set). A Pipeline
 * inside cross_val_score / GridSearchCV fits on training folds only, so it never leaks. The analysis is in
 * ../leakage/ (values, vocabulary, the interpreter).
 */
import type { Check } from '../check';
import type { Finding } from '../report';
import { LEAKAGE } from '../leakage/facts';
import { KAPOOR_2023, YANG_2022 } from '../sources';
import { PYTHON_UNITS } from '../python/units';
import { baselineFinding } from '../leakage/baseline';

const WHAT: Record<Finding['kind'] & string, string> = {
  preprocessing: 'preprocessing fit on test rows',
  overlap: 'rows in both training and test data',
  'multi-test': 'test set used to choose or fit a model'
};

export const leakageCheck: Check = {
  id: 'leakage',
  title: 'Data leakage',
  why:
    'When rows of the test data shape the model — a scaler or imputer fit before the split, the same rows on both ' +
    'sides of it, or the test set used to pick the model — the reported score is better than the model is, and a ' +
    'rerun on new data does not reproduce it. Kapoor & Narayanan found leakage behind the results of hundreds of ' +
    'published ML-based studies in 17 fields; Yang et al. found it by static analysis in a large share of public notebooks.',
  sources: [KAPOOR_2023, YANG_2022],
  async run(facts) {
    const { modelling } = await facts.get(LEAKAGE);
    if (!modelling.length) {
      return { status: 'na', summary: 'No code splits data or fits and scores a model', findings: [] };
    }
    const findings: Finding[] = modelling.flatMap(unit =>
      unit.leaks.map(leak => ({
        status: 'fail' as const,
        code: `leakage.${leak.kind}` as const,
        kind: leak.kind,
        message: `${leak.message}`,
        ...leak.evidence,
        // The fix rewrites a fit and a split that are both top-level statements (see src/fix/leakageFix.ts).
        ...(leak.kind === 'preprocessing' &&
          leak.fit?.node?.parent?.name === 'Script' &&
          (leak.split?.node?.parent?.name === 'Script' || (leak.onlyTest && leak.fit.refit)) && { fix: 'leakage' })
      }))
    );
    const files = modelling.length === 1 ? '1 file' : `${modelling.length} files`;
    // Advice, not a leak: a model scored with no trivial baseline beside it.
    const modellingPaths = new Set(modelling.map(u => u.path));
    const units = (await facts.get(PYTHON_UNITS)).filter(u => modellingPaths.has(u.path));
    const advice = units.flatMap(u => baselineFinding(u) ?? []);
    if (!findings.length) {
      return { status: 'pass', summary: `No data leakage found in the ${files} that split data or score a model`, findings: advice };
    }
    const kinds = [...new Set(findings.map(f => WHAT[f.kind!]))].join('; ');
    const leaking = new Set(findings.map(f => f.path)).size;
    return { status: 'fail', summary: `Data leakage in ${leaking} of ${files}: ${kinds}`, findings: [...findings, ...advice] };
  }
};
