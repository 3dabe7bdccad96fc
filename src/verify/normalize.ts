/**
 * Turns a cell's outputs into the text two runs are compared on: stream text (carriage returns
 * applied, so progress bars count once), text/plain results, errors by name and value, images by a
 * hash of their data; with what legitimately varies between runs (memory addresses, timestamps,
 * timings) masked. Pure: no JupyterLab, DOM or Node import.
 */
import type { IOutput } from '@jupyterlab/nbformat';
import { contentHash } from './hash';

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/svg+xml', 'image/webp'];

/** Patterns replaced by a placeholder: they differ from run to run without the results differing. */
const MASKS: [RegExp, string][] = [
  // ISO dates and date-times, with optional seconds, fraction and zone.
  [/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, '<timestamp>'],
  // Clock times such as 14:03:22 or 14:03:22.123.
  [/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, '<time>'],
  // Memory addresses in reprs: <object at 0x7f3a2c1d0e80>.
  [/\b0x[0-9a-fA-F]{6,}\b/g, '0x<address>']
];

/** Whole lines that only report how long something took (%time, %%time, %timeit). */
const TIMING_LINES = [
  /^\s*(?:CPU times|Wall time|user|sys|total):?\s.*\b(?:[nµu]?s|ms|min)\b.*$/,
  /^.*\bper loop \(mean ± std\. dev\. of \d+ runs?, [\d,]+ loops? each\).*$/,
  /^.*\bloops?, best of \d+: .*per loop.*$/
];

/** What a line shows after carriage returns: the text after the last `\r` (a progress bar's final state). */
function applyCarriageReturns(text: string): string {
  return text
    .split('\n')
    .map(line => {
      const parts = line.split('\r');
      return parts.length === 1 ? line : (parts.filter(p => p !== '').pop() ?? '');
    })
    .join('\n');
}

/** Masks addresses and timestamps and drops timing lines of one text. */
export function maskVolatile(text: string): string {
  const lines = applyCarriageReturns(text)
    .split('\n')
    .filter(line => !TIMING_LINES.some(pattern => pattern.test(line)));
  let masked = lines.join('\n');
  for (const [pattern, replacement] of MASKS) {
    masked = masked.replace(pattern, replacement);
  }
  return masked;
}

function joinText(value: unknown): string {
  if (Array.isArray(value)) {
    return value.map(String).join('');
  }
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
}

/** ANSI colour codes in tracebacks and coloured logs carry no meaning for the comparison. */
function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

function dataText(data: Record<string, unknown>): string {
  const image = IMAGE_TYPES.find(type => type in data);
  if (image) {
    // Base64 (or SVG text) stripped of line breaks, so a re-wrapped encoding hashes the same.
    const encoded = joinText(data[image]).replace(/\s+/g, '');
    return `<${image} ${contentHash(encoded)}>`;
  }
  if ('text/plain' in data) {
    return joinText(data['text/plain']);
  }
  const type = Object.keys(data).sort()[0];
  return type ? `<${type} ${contentHash(joinText(data[type]))}>` : '';
}

/**
 * One text for all of a cell's outputs, in order; consecutive stream chunks of one stream are joined
 * first (a kernel may split a print anywhere). Execution counts are never part of it.
 */
export function outputsText(outputs: readonly IOutput[]): string {
  const pieces: string[] = [];
  let stream: { name: string; text: string } | undefined;
  const flush = () => {
    if (stream) {
      pieces.push(stream.name === 'stderr' ? `[stderr]\n${stream.text}` : stream.text);
      stream = undefined;
    }
  };
  for (const output of outputs) {
    if (output.output_type === 'stream') {
      const name = String(output.name ?? 'stdout');
      const text = joinText(output.text);
      if (stream && stream.name === name) {
        stream.text += text;
      } else {
        flush();
        stream = { name, text };
      }
      continue;
    }
    flush();
    if (output.output_type === 'execute_result' || output.output_type === 'display_data') {
      pieces.push(dataText((output.data ?? {}) as Record<string, unknown>));
    } else if (output.output_type === 'error') {
      pieces.push(`${String(output.ename)}: ${String(output.evalue)}`);
    }
  }
  flush();
  const text = pieces.map(piece => stripAnsi(piece).replace(/\n+$/, '')).join('\n');
  return maskVolatile(text);
}
