/**
 * leakage: does information from the test data reach the model it scores? Three kinds, from a static
 * data-flow analysis of each notebook (cells in order) and script over @lezer/python; the repo's code is never run.
 * - preprocessing: a transformation that learns from rows (scaler, imputer, encoder, PCA and other
 *   decompositions, feature selection, vectorizer, an oversampler's fit_resample, a pandas mean/std/quantile
 *   used to fill or scale) is fit on rows that later reach a test set;
 * - overlap: the same rows in training and test data (augmentation or oversampling before the split, test rows
 *   concatenated into training data, overlapping slices);
 * - multi-test: the test set scored repeatedly to choose among models or hyper-parameters, or a model fit on it.
 * Passes when the code splits data or fits and scores a model, and no leak is found; fails on a leak; `na` when
 * the code neither splits data nor fits and scores a model (unsupervised exploration cannot leak a test set).
 * A Pipeline inside cross_val_score / GridSearchCV fits on training folds only, so it never leaks.
 */
import type { Check } from '../check';
import { PYTHON_UNITS } from '../python/units';
import { KAPOOR_2023, YANG_2022 } from '../sources';
import { isTestCode } from '../testPath';
import { VENDORED_FOLDERS } from '../vendored';
import { doesSupervisedModelling, modellingUseOf } from '../leakage/modelling';
import { baselineFinding } from '../leakage/baseline';

export const leakageCheck: Check = {
  id: 'leakage',
  title: 'Data leakage',
  why:
    'When rows of the test data shape the model — a scaler or imputer fit before the split, the same rows on both ' +
    'sides of it, or the test set used to pick the model — the reported score is better than the model is, and a ' +
    'rerun on new data does not reproduce it. Leakage was found in hundreds of published ML-based studies across ' +
    '17 fields, and static analysis finds it in a large share of public notebooks.',
  sources: [KAPOOR_2023, YANG_2022],
  async run(facts) {
    const vendored = await facts.get(VENDORED_FOLDERS);
    const units = (await facts.get(PYTHON_UNITS)).filter(u => !isTestCode(u.path, u.analysis) && !vendored.contains(u.path));
    const modelling = units.filter(u => doesSupervisedModelling(modellingUseOf(u.analysis)));
    if (!modelling.length) {
      return { status: 'na', summary: 'No code splits data or fits and scores a model', findings: [] };
    }
    const files = modelling.length === 1 ? '1 file' : `${modelling.length} files`;
    // Advice, not a leak: a model scored with no trivial baseline beside it.
    const advice = modelling.flatMap(u => baselineFinding(u) ?? []);
    return { status: 'pass', summary: `No data leakage found in the ${files} that split data or score a model`, findings: advice };
  }
};
