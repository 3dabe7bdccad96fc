/**
 * Seeds in R code (scripts, R Markdown, R notebooks and `%%R` cells): R has one global generator, seeded by
 * `set.seed(n)`. A document is seeded when a `set.seed` runs before its first draw: a sampling function
 * (`sample`, `runif`, `rnorm`...), a split or resampling (`createDataPartition`, `initial_split`, `vfold_cv`),
 * or a model fit that draws (`randomForest`, `ranger`, `kmeans`, caret's `train`). Read by a line scan, as
 * deps/rPackages.ts reads R (no R parser here): comments are already dropped, lines in document order.
 */
import { RCodePiece, rCallPattern, rLineEvidence } from '../deps/rPackages';
import { CARET_TRAIN, documentsLoadingCaret } from '../deps/rCaret';
import type { Finding } from '../report';

/** Functions that draw from R's generator: sampling, splitting and resampling, and model fits that draw. */
const R_DRAW = rCallPattern([
  'sample', 'runif', 'rnorm', 'rbinom', 'rpois', 'rexp', 'rgamma', 'rbeta', 'rmultinom', 'rt', 'rchisq',
  'sample_n', 'sample_frac', 'slice_sample', 'createDataPartition', 'createFolds', 'createResample',
  'initial_split', 'initial_time_split', 'vfold_cv', 'bootstraps', 'mc_cv', 'randomForest', 'ranger',
  'kmeans', 'xgboost', 'xgb\\.train', 'cv\\.glmnet', 'caret::train'
]);
const SET_SEED = rCallPattern(['set\\.seed']);

export interface RSeedsAssessment {
  /** Documents that draw: how many, and how many seed first. */
  total: number;
  ok: number;
  findings: Finding[];
}

/** `pieces` in document order (R_PIECES); `judged`: whether a document makes results (tests aside). */
export function assessRSeeds(pieces: readonly RCodePiece[], judged: (path: string) => boolean): RSeedsAssessment {
  const byPath = new Map<string, RCodePiece[]>();
  for (const piece of pieces.filter(p => judged(p.path))) {
    byPath.set(piece.path, [...(byPath.get(piece.path) ?? []), piece]);
  }
  const result: RSeedsAssessment = { total: 0, ok: 0, findings: [] };
  const caretIn = documentsLoadingCaret(pieces);
  for (const [path, document] of byPath) {
    const caret = caretIn.has(path);
    let seeded = false;
    for (const piece of document) {
      const draw = piece.lines.find(l => {
        seeded ||= SET_SEED.test(l.text) && !/set\.seed\s*\(\s*NULL\s*\)/.test(l.text);
        return !SET_SEED.test(l.text) && (R_DRAW.test(l.text) || (caret && CARET_TRAIN.test(l.text)));
      });
      if (!draw) {
        continue;
      }
      const fn = (R_DRAW.exec(draw.text)?.[1] ?? 'train').replace(/\\/g, '');
      result.total++;
      if (seeded) {
        result.ok++;
        result.findings.push({ status: 'pass', code: 'seeds.seeded', message: `Seeded before first use: R (set.seed before ${fn})`, path });
      } else {
        result.findings.push({
          status: 'fail',
          code: 'seeds.unseeded-before-use',
          message: `R draws random numbers at line ${draw.line} (${fn}) before any set.seed`,
          ...rLineEvidence(piece, draw.line)
        });
      }
      break;
    }
  }
  return result;
}
