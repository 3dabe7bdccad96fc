/**
 * A Python script as the seed fixer reads it: its seed block (between the marker comments) blanked
 * out of the analysed text, offsets kept, so edits of the analysed text are edits of the file.
 */
import { analyzePython } from '../audit/python/analyze';
import { LineIndex } from '../audit/python/lineIndex';
import type { FixableCode } from './fixableCode';
import { SCRIPT_BLOCK_BEGIN, SCRIPT_BLOCK_END } from './markers';
import { PythonSyntax } from './pythonSyntax';

/** Where the seed block sits in a script: from its first line's start to after its last line's break. */
export interface ScriptBlockRange {
  start: number;
  end: number;
}

export type ScriptBlockSearch = { range?: ScriptBlockRange; error?: string };

/** The fixer's block in a script, if any; an error when a begin marker has no end marker. */
export function findScriptBlock(text: string): ScriptBlockSearch {
  let at = 0;
  let start: number | undefined;
  let line = 1;
  let beginLine = 0;
  while (at <= text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline + 1;
    const content = text.slice(at, newline < 0 ? text.length : newline).trim();
    if (start === undefined && content === SCRIPT_BLOCK_BEGIN) {
      start = at;
      beginLine = line;
    } else if (start !== undefined && content === SCRIPT_BLOCK_END) {
      return { range: { start, end } };
    }
    if (newline < 0) {
      break;
    }
    at = end;
    line++;
  }
  if (start === undefined) {
    return {};
  }
  return { error: `The seed block that begins at line ${beginLine} has no end marker (${SCRIPT_BLOCK_END})` };
}

/** Spaces for every character but line breaks: same offsets, no code. */
function blanked(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** The line break a script is written with. */
export function eolOf(text: string): string {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

export function scriptCode(path: string, text: string, block?: ScriptBlockRange): FixableCode {
  const source = block
    ? text.slice(0, block.start) + blanked(text.slice(block.start, block.end)) + text.slice(block.end)
    : text;
  const analysis = analyzePython(source);
  const syntax = new PythonSyntax(source);
  const lines = new LineIndex(source);
  return {
    path,
    kind: 'script',
    source,
    analysis,
    syntax,
    unit: { path, kind: 'script', analysis, evidence: line => ({ path, line }) },
    eol: eolOf(text),
    ...(block && { existingBlock: text.slice(block.start, block.end) }),
    edit: (start, end, newText) => ({ kind: 'text', path, range: { start, end }, newText }),
    statementStart: offset => lines.starts[lines.lineOf(syntax.topLevelStatementAt(offset)?.from ?? offset) - 1]
  };
}
