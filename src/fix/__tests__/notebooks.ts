/** Notebooks for the fixer's tests, written as nbformat writes them (sorted keys, one-space indent). */
import { splitLinesKeepEnds } from '../notebookJson';

export type TestCell = string | { md: string } | { code: string; tags: string[] };

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortedKeys);
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map(k => [k, sortedKeys(record[k])]));
  }
  return value;
}

/** json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + '\n', as nbformat writes. */
export function nbformatText(notebook: unknown): string {
  return JSON.stringify(sortedKeys(notebook), null, 1) + '\n';
}

export function notebookText(cells: TestCell[], language = 'python'): string {
  return nbformatText({
    cells: cells.map((c, i) => {
      if (typeof c === 'object' && 'md' in c) {
        return { cell_type: 'markdown', id: `c${i}`, metadata: {}, source: splitLinesKeepEnds(c.md) };
      }
      const code = typeof c === 'string' ? c : c.code;
      const tags = typeof c === 'string' ? [] : c.tags;
      return {
        cell_type: 'code',
        execution_count: null,
        id: `c${i}`,
        metadata: tags.length ? { tags } : {},
        outputs: [],
        source: splitLinesKeepEnds(code)
      };
    }),
    metadata: { kernelspec: { display_name: 'Kernel', language, name: language === 'python' ? 'python3' : language } },
    nbformat: 4,
    nbformat_minor: 5
  });
}

/** The cells of a notebook text, as sources ('# md' cells prefixed 'md:'), with their tags. */
export function cellsOf(text: string): Array<{ source: string; tags: string[]; type: string }> {
  const nb = JSON.parse(text) as { cells: Array<{ cell_type: string; source: string[] | string; metadata: { tags?: string[] } }> };
  return nb.cells.map(c => ({
    type: c.cell_type,
    source: Array.isArray(c.source) ? c.source.join('') : c.source,
    tags: c.metadata.tags ?? []
  }));
}
