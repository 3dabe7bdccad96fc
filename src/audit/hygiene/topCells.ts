/**
 * The first code cells of each Python notebook, read in full. The shared Python analysis skips
 * statements about local values (`epochs = 10`), which are exactly the settings a papermill
 * `parameters` cell should hold: the top cells' facts are read again, on first use (a notebook with
 * a `parameters` cell never asks), from the cells' trees as parsed for the notebook-run check.
 */
import { defineFact } from '../facts';
import { NotebookCode, isPythonNotebook, notebookCode } from '../notebook/code';
import { NOTEBOOK_CELLS, ParsedCell } from '../notebook/cellTrees';
import { NOTEBOOKS } from '../notebook/facts';
import { analyzeParsedCells, analyzePython } from '../python/analyze';
import type { PyAnalysis } from '../python/types';
import type { Evidence } from '../report';
import { TOP_CODE_CELLS } from './parameters';

export interface TopCells {
  analysis: PyAnalysis;
  evidence(line: number): Evidence;
}

/**
 * The facts of parsed cells as if they alone were joined (their offsets and lines counted from the
 * first), or undefined where a cell does not parse: there the joined source is parsed, as before.
 */
function analysisOfCells(cells: readonly ParsedCell[]): PyAnalysis | undefined {
  let base = 0;
  let startLine = 1;
  const rebased = cells.map(cell => {
    const at = { text: cell.text, tree: cell.tree, base, startLine };
    base += cell.text.length;
    startLine += cell.text.split('\n').length - 1;
    return at;
  });
  const analysis = analyzeParsedCells(rebased);
  return analysis.syntaxErrors.length ? undefined : analysis;
}

/** Notebook path -> analysis of its first TOP_CODE_CELLS non-empty code cells. */
export const NOTEBOOK_TOP_CELLS = defineFact<Map<string, TopCells>>('notebookTopCells', async facts => {
  const tops = new Map<string, TopCells>();
  const [notebooks, parsed] = await Promise.all([facts.get(NOTEBOOKS), facts.get(NOTEBOOK_CELLS)]);
  for (const file of notebooks) {
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
    const cells = parsed.get(path)?.cells;
    const topParsed = (): ParsedCell[] | undefined =>
      cells?.filter(c => notebook.cells[c.cell]?.source.trim()).slice(0, TOP_CODE_CELLS);
    tops.set(path, {
      get analysis() {
        const top = topParsed();
        return (analysis ??= (top && analysisOfCells(top)) || analyzePython(topCode().source));
      },
      evidence: line => {
        const at = topCode().locate(line);
        return at ? { path, cell: at.cell, line: at.line } : { path };
      }
    });
  }
  return tops;
});
