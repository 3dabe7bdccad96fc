/**
 * Which local modules "Open with Its Sources" opens. Apart from notebookSources.ts, which parses Python:
 * the view needs this at JupyterLab's start, the parser only when a notebook is analysed.
 */
import type { NotebookUses } from '../../audit/uses/notebookUses';

/** Local modules to open, each file once, at the first imported name it defines. */
export function modulesToOpen(uses: NotebookUses): { path: string; line?: number; name?: string }[] {
  const byPath = new Map<string, { path: string; line?: number; name?: string }>();
  for (const m of uses.modules) {
    if (!m.path) {
      continue;
    }
    const known = byPath.get(m.path);
    if (!known) {
      byPath.set(m.path, { path: m.path, line: m.line, name: m.line ? m.import.name : undefined });
    } else if (known.line === undefined && m.line !== undefined) {
      known.line = m.line;
      known.name = m.import.name;
    }
  }
  return [...byPath.values()];
}
