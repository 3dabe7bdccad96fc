/** Words the panel puts beside colours and places, translated: status is never shown by colour alone. */
import type { TranslationBundle } from '@jupyterlab/translation';
import type { Evidence, Status } from '../../audit/report';
import { cellNumber } from '../../audit/notebook/cellLabel';

/** A glyph per status, for sighted users scanning the list; the text label is always beside it. */
export const STATUS_GLYPH: Record<Status, string> = { pass: '✓', warn: '!', fail: '✗', na: '–', info: 'i' };

export function statusLabel(status: Status, trans: TranslationBundle): string {
  switch (status) {
    case 'pass':
      return trans.__('Pass');
    case 'warn':
      return trans.__('Warning');
    case 'fail':
      return trans.__('Fail');
    case 'info':
      return trans.__('Advice');
    default:
      return trans.__('Not applicable');
  }
}

/** `path:line`, or for notebooks `path, cell 3, line 2` (cells counted from 1, all of them: cellLabel.ts). */
export function placeLabel(evidence: Evidence, trans: TranslationBundle): string {
  if (evidence.cell !== undefined) {
    return evidence.line !== undefined
      ? trans.__('%1, cell %2, line %3', evidence.path, cellNumber(evidence.cell), evidence.line)
      : trans.__('%1, cell %2', evidence.path, cellNumber(evidence.cell));
  }
  return evidence.line !== undefined ? `${evidence.path}:${evidence.line}` : evidence.path;
}

export function limitLabel(limit: string, trans: TranslationBundle): string {
  switch (limit) {
    case 'maxFiles':
      return trans.__('The file limit ("Maximum files") was reached: only part of the folder was audited.');
    case 'maxBytesPerFile':
      return trans.__('Some files were larger than "Maximum bytes read per file" and were analysed from their start only.');
    default:
      return trans.__('A limit was reached: %1', limit);
  }
}

/** Only our own http(s) sources become links; anything else stays text. */
export function isWebAddress(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
