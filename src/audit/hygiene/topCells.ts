/**
 * The first code cells of each Python notebook, parsed in full. The shared Python analysis skips
 * statements about local values (`epochs = 10`), which are exactly the settings a papermill
 * `parameters` cell should hold; parsing only the top cells again is cheap. Cheaper still: each
 * notebook's top cells are parsed on first use, and a notebook with a `parameters` cell never asks.
 */
import { defineFact } from '../facts';
import { NotebookCode, isPythonNotebook, notebookCode } from '../notebook/code';
import { NOTEBOOKS } from '../notebook/facts';
import { analyzePython } from '../python/analyze';
import type { PyAnalysis } from '../python/types';
import type { Evidence } from '../report';
import { TOP_CODE_CELLS } from './parameters';

export interface TopCells {
  analysis: PyAnalysis;
  evidence(line: number): Evidence;
}

/** Notebook path -> analysis of its first TOP_CODE_CELLS non-empty code cells. */
export const NOTEBOOK_TOP_CELLS = defineFact<Map<string, TopCells>>('notebookTopCells', async facts => {
  const tops = new Map<string, TopCells>();
  for (const file of await facts.get(NOTEBOOKS)) {
    const notebook = file.notebook;
    if (!notebook || !isPythonNotebook(notebook)) {
      continue;
    }
    let code: NotebookCode | undefined;
    const topCode = (): NotebookCode => {
      const cells = notebook.cells.filter(c => c.cellType === 'code' && c.source.trim()).slice(0, TOP_CODE_CELLS);
      return (code ??= notebookCode({ ...notebook, cells }));
    };
    let analysis: PyAnalysis | undefined;
    const path = file.path;
    tops.set(path, {
      get analysis() {
        return (analysis ??= analyzePython(topCode().source));
      },
      evidence: line => {
        const at = topCode().locate(line);
        return at ? { path, cell: at.cell, line: at.line } : { path };
      }
    });
  }
  return tops;
});
