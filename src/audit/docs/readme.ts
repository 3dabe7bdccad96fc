/**
 * The repo's README: found in the root (README.md, .rst, .txt, or a bare README, any case), read
 * once and outlined for the docs, hardware and model checks.
 */
import { defineFact } from '../facts';
import type { TextProblem } from '../facts';
import { docFormatOf, DocOutline, outlineOf } from './outline';

export interface Readme {
  path: string;
  /** Undefined when the file could not be read as text (see `problem`). */
  outline?: DocOutline;
  problem?: TextProblem;
}

const README_NAME = /^readme(\.(md|markdown|mdown|rst|rest|txt|text))?$/i;

/** Which README wins when several exist: the richest format first. */
const PREFERENCE = ['.md', '.markdown', '.mdown', '.rst', '.rest', '.txt', '.text', ''];

function rank(path: string): number {
  const dot = path.lastIndexOf('.');
  const ext = dot < 0 ? '' : path.slice(dot).toLowerCase();
  const i = PREFERENCE.indexOf(ext);
  return i < 0 ? PREFERENCE.length : i;
}

/** The README among root-level paths, or undefined. */
export function readmePathOf(paths: readonly string[]): string | undefined {
  const candidates = paths.filter(p => !p.includes('/') && README_NAME.test(p));
  candidates.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  return candidates[0];
}

export const README = defineFact<Readme | undefined>('readme', async facts => {
  const path = readmePathOf(facts.files.map(f => f.path));
  if (!path) {
    return undefined;
  }
  const text = await facts.text(path);
  if (text.text === undefined) {
    return { path, problem: text.problem };
  }
  return { path, outline: outlineOf(text.text, docFormatOf(path)) };
});
