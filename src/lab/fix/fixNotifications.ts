/**
 * What a fix tells when it is done, the same for every fix that edits files (seeds, imports, paths):
 * refusals as errors; for open documents, that the fix is not saved yet and how to undo it (a
 * notebook's fix is one step of the notebook: Edit → Undo Cell Operation, Z in command mode; a cell
 * editor's Ctrl+Z only undoes typing in that cell), with an Undo of its own; files saved; or why
 * there was nothing to fix. JupyterLab cuts a toast at 140 characters: how to undo comes first.
 */
import { Notification } from '@jupyterlab/apputils';
import type { TranslationBundle } from '@jupyterlab/translation';
import type { SeedFixOutcome } from './seedFixer';
import { statusText } from './SeedFixPreview';

/** The fix's own words, each a `trans.__` string of the caller's. */
export interface FixWords {
  /** Unsaved in a notebook (names of the edited files in %1). */
  notSavedNotebook(names: string): string;
  /** Unsaved in scripts only. */
  notSavedScript(names: string): string;
  undoCaption: string;
  undone(paths: string): string;
  saved(paths: string): string;
}

export function notifyFixOutcome(outcome: SeedFixOutcome, trans: TranslationBundle, words: FixWords): void {
  for (const r of outcome.refused) {
    Notification.error(r.message, { autoClose: false });
  }
  if (outcome.cancelled) {
    return;
  }
  if (outcome.edited.length) {
    const scripts = outcome.editedScripts ?? [];
    const names = outcome.edited.map(p => p.slice(p.lastIndexOf('/') + 1)).join(', ');
    const text = outcome.edited.some(p => !scripts.includes(p)) ? words.notSavedNotebook(names) : words.notSavedScript(names);
    const undo = outcome.undo;
    Notification.success(text, {
      autoClose: 15000,
      actions: undo
        ? [
            {
              label: trans.__('Undo'),
              caption: words.undoCaption,
              callback: () => {
                const { reverted, kept } = undo();
                if (reverted.length) {
                  Notification.info(words.undone(reverted.join(', ')), { autoClose: 5000 });
                }
                if (kept.length) {
                  Notification.warning(
                    trans.__('Not undone in %1: it was edited after the fix. Use Edit → Undo Cell Operation there.', kept.join(', ')),
                    { autoClose: false }
                  );
                }
              }
            }
          ]
        : []
    });
  }
  if (outcome.saved.length) {
    Notification.success(words.saved(outcome.saved.join(', ')), { autoClose: 8000 });
  }
  if (!outcome.edited.length && !outcome.saved.length && !outcome.refused.length) {
    const why = outcome.unchanged.map(u => {
      const notes = u.notes?.length ? ` ${u.notes.join('; ')}` : '';
      return `${u.path}: ${statusText(u.status, trans)}${u.reason ? ` (${u.reason})` : ''}${notes}`;
    });
    Notification.info(trans.__('Nothing to fix. %1', why.join('; ')), { autoClose: 8000 });
  }
}
