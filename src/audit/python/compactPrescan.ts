/**
 * The prescan's kept statements as the parser gets them: dropped lines are left out instead of
 * emptied. @lezer/python pays a token for every blank line, and most of a same-shaped prescan text
 * is blank lines: leaving them out cut the benchmark repo's parse time by a quarter. Blank lines
 * carry nothing the parser reads (it places its nodes, error nodes too, at the next real token),
 * so the facts are the same once their lines are mapped back with `sourceLine`.
 */
import { LineSelection, passLine } from './prescan';

export interface CompactPrescan {
  /** The kept lines (and `pass` lines) only, joined by '\n'. */
  text: string;
  /** For each line of `text`, the 0-based line of the source it comes from (increasing). */
  sourceLine: number[];
  /** For each line of `text`, the offset where it starts in `text`. */
  textLineStarts: number[];
  /** Offsets where the source's physical lines start. */
  lineStarts: number[];
}

/** The lines `selection` keeps of `source`, and where each comes from. */
export function compactPrescan(source: string, selection: LineSelection): CompactPrescan {
  const { keep, lineStarts: starts } = selection;
  const parts: string[] = [];
  const sourceLine: number[] = [];
  const textLineStarts: number[] = [];
  let at = 0;
  const lastLine = keep.length - 1;
  for (let l = 0; l < keep.length; l++) {
    const lineFrom = starts[l];
    let part: string;
    if (keep[l] === 1) {
      // The whole run of kept lines in one slice; each of its lines starts where it did, shifted.
      let last = l;
      while (last < lastLine && keep[last + 1] === 1) {
        last++;
      }
      const runTo = last < lastLine ? starts[last + 1] - 1 : source.length;
      for (let r = l; r <= last; r++) {
        sourceLine.push(r);
        textLineStarts.push(at + starts[r] - lineFrom);
      }
      part = source.slice(lineFrom, runTo);
      l = last;
    } else if (keep[l] === 2) {
      sourceLine.push(l);
      textLineStarts.push(at);
      part = passLine(source, lineFrom);
    } else if (l === lastLine) {
      // The end of the source stays on its own last line: an error at the end of the text is reported there.
      sourceLine.push(l);
      textLineStarts.push(at);
      part = '';
    } else {
      continue;
    }
    parts.push(part);
    at += part.length + 1;
  }
  return { text: parts.join('\n'), sourceLine, textLineStarts, lineStarts: starts };
}
