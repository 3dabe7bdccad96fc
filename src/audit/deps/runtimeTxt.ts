/**
 * repo2docker's runtime.txt: `python-3.11` (or x.y.z) picks the Python version; `r-4.3-2024-01-15`
 * or `r-2024-01-15` picks R and the date of the CRAN snapshot packages come from.
 */
export type Runtime =
  | { kind: 'python'; version: string }
  | { kind: 'r'; version?: string; date?: string }
  | { kind: 'unknown'; value: string };

export function parseRuntimeTxt(text: string): Runtime {
  const value = text
    .split(/\r\n|\r|\n/)
    .map(l => l.trim())
    .find(l => l && !l.startsWith('#')) ?? '';
  const python = /^python-(\d+\.\d+(?:\.\d+)?)$/.exec(value);
  if (python) {
    return { kind: 'python', version: python[1] };
  }
  const r = /^r-(?:(\d+\.\d+(?:\.\d+)?)-)?(\d{4}-\d{2}-\d{2})$/.exec(value) ?? /^r-(\d+\.\d+(?:\.\d+)?)()$/.exec(value);
  if (r) {
    const runtime: Runtime = { kind: 'r' };
    if (r[1]) {
      runtime.version = r[1];
    }
    if (r[2]) {
      runtime.date = r[2];
    }
    return runtime;
  }
  return { kind: 'unknown', value };
}
