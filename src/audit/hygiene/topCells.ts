/**
 * The first code cells of each Python notebook, parsed in full. The shared Python analysis skips
 * statements about local values (`epochs = 10`), which are exactly the settings a papermill
 * `parameters` cell should hold; parsing only the top cells again is cheap.
 */
import { defineFact } from '../facts';
import { isPythonNotebook, notebookCode } from '../notebook/code';
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
    const cells = notebook.cells.filter(c => c.cellType === 'code' && c.source.trim()).slice(0, TOP_CODE_CELLS);
    const code = notebookCode({ ...notebook, cells });
    const path = file.path;
    tops.set(path, {
      analysis: analyzePython(code.source),
      evidence: line => {
        const at = code.locate(line);
        return at ? { path, cell: at.cell, line: at.line } : { path };
      }
    });
  }
  return tops;
});
