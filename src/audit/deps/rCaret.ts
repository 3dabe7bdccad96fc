/**
 * caret's `train(...)`: a model fit (with resampling draws) only where caret is loaded, `train` being a common
 * name. Loaded: `library(caret)`, `caret::`, or the name in a vector of packages loaded in a loop
 * (`Packages <- c("rpart", "caret"); lapply(Packages, library, character.only = TRUE)`).
 */
import { RCodePiece, rCallPattern } from './rPackages';

export const CARET_TRAIN = rCallPattern(['train']);
const LOADS_CARET = /\b(?:library|require)\s*\(\s*["']?caret["']?\s*\)|["']caret["']|\bcaret::/;

/** The documents (paths) whose R code loads caret. */
export function documentsLoadingCaret(pieces: readonly RCodePiece[]): Set<string> {
  return new Set(pieces.filter(p => p.lines.some(l => LOADS_CARET.test(l.text))).map(p => p.path));
}
