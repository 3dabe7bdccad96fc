/**
 * The repo's Python, unit by unit: each `.py` file, and each Python notebook's code cells joined,
 * analysed once for every check. Evidence maps a unit's line back to the file (and the cell).
 */
import type { Evidence } from '../report';
import { RepoFacts, TextFile, defineFact } from '../facts';
import { throwIfAborted } from '../walk';
import { NOTEBOOKS, NotebookFile } from '../notebook/facts';
import { NotebookCode, isPythonNotebook, notebookCode } from '../notebook/code';
import type { ParsedNotebook } from '../notebook/parse';
import { NOTEBOOK_CELLS, NotebookCells } from '../notebook/cellTrees';
import { analyzeParsedCells } from './analyze';
import { AnalysisResult, analysisResultOf } from './analyzer';
import { relevantFactsOf } from './relevant';
import type { PyAnalysis } from './types';

export interface PythonUnit {
  path: string;
  kind: 'script' | 'notebook';
  analysis: PyAnalysis;
  /** Where a 1-based line of the analysed source is: the file's line, or the notebook's cell and cell line. */
  evidence(line: number): Evidence;
}

/** The analysis, or undefined (and a warning) should the parser ever have failed on the source. */
function checkedAnalysis(facts: RepoFacts, path: string, result: AnalysisResult): PyAnalysis | undefined {
  if (result.error !== undefined || !result.analysis) {
    facts.warn({ status: 'warn', code: 'reading.python-unanalysed', message: `Python code could not be analysed (${result.error})`, path });
    return undefined;
  }
  return result.analysis;
}

function scriptUnit(facts: RepoFacts, path: string, result: AnalysisResult): PythonUnit | undefined {
  const analysis = checkedAnalysis(facts, path, result);
  if (!analysis) {
    return undefined;
  }
  if (analysis.syntaxErrors.length) {
    facts.warn({
      status: 'warn',
      code: 'reading.python-syntax-error',
      message: `Python file has syntax errors near line ${analysis.syntaxErrors[0]}; analysis may be incomplete`,
      path,
      line: analysis.syntaxErrors[0]
    });
  }
  return { path, kind: 'script', analysis, evidence: line => ({ path, line }) };
}

function notebookUnit(facts: RepoFacts, path: string, code: NotebookCode, result: AnalysisResult): PythonUnit | undefined {
  const analysis = checkedAnalysis(facts, path, result);
  if (!analysis) {
    return undefined;
  }
  return {
    path,
    kind: 'notebook',
    analysis,
    evidence: line => {
      const at = code.locate(line);
      return at ? { path, cell: at.cell, line: at.line } : { path };
    }
  };
}

/** Parsing is long work on one thread: give the event loop (a browser's UI) a turn this often. */
const YIELD_EVERY_MS = 50;

/** Analyse in this thread, yielding now and then; stops when the audit is cancelled. */
async function analyzeHere(facts: RepoFacts, sources: readonly string[]): Promise<AnalysisResult[]> {
  const results: AnalysisResult[] = [];
  let sliceStart = Date.now();
  for (const source of sources) {
    if (Date.now() - sliceStart > YIELD_EVERY_MS) {
      await new Promise(resolve => setTimeout(resolve, 0));
      throwIfAborted(facts.signal);
      sliceStart = Date.now();
    }
    results.push(analysisResultOf(source));
  }
  return results;
}

/**
 * A notebook's facts from its cells as parsed once for the notebook-run check (notebook/cellTrees.ts),
 * those of the statements the prescan keeps: the same as the joined cells' when every cell parses.
 * Where one does not, the joined source's analysis, as before: an unclosed bracket reads on into the
 * next cell there.
 */
function notebookResult(parsed: NotebookCells | undefined, code: NotebookCode): AnalysisResult {
  if (parsed) {
    try {
      const analysis = analyzeParsedCells(parsed.cells);
      if (!analysis.syntaxErrors.length) {
        return { analysis: relevantFactsOf(analysis, code.source) };
      }
    } catch {
      // Taken below, where a parser failure becomes a result.
    }
  }
  return analysisResultOf(code.source);
}

/**
 * Every `.py` file (in walk order), then every Python notebook. Scripts go to the analyzer (worker
 * threads in the CLI) while this thread parses the notebooks' cells: each line of Python is parsed
 * once. Stops when the audit is cancelled.
 */
export const PYTHON_UNITS = defineFact<PythonUnit[]>('python-units', async facts => {
  const scripts = facts.filesWithExtension('.py');
  // Notebooks are read while the scripts are (a browser's reader sends requests side by side).
  const notebooksRead = facts.get(NOTEBOOKS);
  // Should reading the scripts fail first, this promise is not left rejecting unheard.
  notebooksRead.catch(() => undefined);
  const texts = await Promise.all(scripts.map(file => facts.text(file.path)));
  // facts.text has already warned about scripts without text: binary, not UTF-8, unreadable.
  const readable = texts.filter((t): t is TextFile & { text: string } => t.text !== undefined);
  const sources = readable.map(t => t.text);
  const scriptResults = facts.pythonAnalyzer ? facts.pythonAnalyzer.analyzeAll(sources) : analyzeHere(facts, sources);
  const [results, notebooks, cells] = await Promise.all([scriptResults, notebooksRead, facts.get(NOTEBOOK_CELLS)]);
  throwIfAborted(facts.signal);
  const python = notebooks.filter(
    (f): f is NotebookFile & { notebook: ParsedNotebook } => f.notebook !== undefined && isPythonNotebook(f.notebook)
  );
  const units: Array<PythonUnit | undefined> = [
    ...readable.map((text, k) => scriptUnit(facts, text.path, results[k])),
    ...python.map(file => {
      const parsed = cells.get(file.path);
      const code = parsed?.code ?? notebookCode(file.notebook);
      return notebookUnit(facts, file.path, code, notebookResult(parsed, code));
    })
  ];
  return units.filter((u): u is PythonUnit => u !== undefined);
});
