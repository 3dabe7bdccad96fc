/**
 * Model training and saving in R code (scripts, R Markdown, R notebooks and `%%R` cells): a fit of a learning
 * method (`randomForest`, `ranger`, `xgboost`, `glmnet`, `svm`, `gbm`, `rpart`, caret's `train` where caret is
 * loaded...) trains a model; `saveRDS`/`save` of a name such a fit was assigned to, or `xgb.save`, saves it.
 * Statistical fits (`lm`, `glm`, `coxph`) estimate an analysis's coefficients and are not trained models here.
 * Read by a line scan, as deps/rPackages.ts reads R (no R parser here).
 */
import { RCodePiece, rCallPattern, rLineEvidence } from '../deps/rPackages';
import { CARET_TRAIN, documentsLoadingCaret } from '../deps/rCaret';
import type { Evidence } from '../report';

const R_TRAINING = rCallPattern([
  'randomForest', 'ranger', 'xgboost', 'xgb\\.train', 'lgb\\.train', 'glmnet', 'cv\\.glmnet', 'svm', 'ksvm', 'gbm',
  'nnet', 'rpart', 'C5\\.0', 'naiveBayes', 'knn3', 'caret::train', 'fit_resamples'
]);
/** `fit <- randomForest(...)`, `fit = train(...)`: the name a fit is kept under. */
const ASSIGNED = /^\s*([A-Za-z.][\w.]*)\s*(?:<-|=)/;
const SAVE_CALL = /(?:^|[^\w.$@])(saveRDS|save|xgb\.save|lgb\.save)\s*\(([^)]*)/;

export interface RModelMention {
  kind: 'train' | 'save';
  call: string;
  evidence: Evidence;
}

export function rModelMentions(pieces: readonly RCodePiece[]): RModelMention[] {
  const mentions: RModelMention[] = [];
  const caretIn = documentsLoadingCaret(pieces);
  const fitNames = new Map<string, Set<string>>();
  for (const piece of pieces) {
    const names = fitNames.get(piece.path) ?? new Set<string>();
    fitNames.set(piece.path, names);
    for (const { text, line } of piece.lines) {
      const evidence = rLineEvidence(piece, line);
      const trained = R_TRAINING.exec(text)?.[1] ?? (caretIn.has(piece.path) && CARET_TRAIN.test(text) ? 'train' : undefined);
      if (trained) {
        mentions.push({ kind: 'train', call: trained.replace(/\\/g, ''), evidence });
        const name = ASSIGNED.exec(text)?.[1];
        if (name) {
          names.add(name);
        }
        continue;
      }
      const save = SAVE_CALL.exec(text);
      if (save) {
        const args = save[2].split(',').map(a => a.trim());
        const savesFit = save[1].startsWith('xgb') || save[1].startsWith('lgb') || args.some(a => names.has(a));
        if (savesFit) {
          mentions.push({ kind: 'save', call: save[1], evidence });
        }
      }
    }
  }
  return mentions;
}
