/**
 * The repo's Python, unit by unit: each `.py` file, and each Python notebook's code cells joined,
 * analysed once for every check. Evidence maps a unit's line back to the file (and the cell).
 */
import type { Evidence } from '../report';
import { RepoFacts, TextFile, defineFact } from '../facts';
import { throwIfAborted } from '../walk';
import { NOTEBOOKS, NotebookFile } from '../notebook/facts';
import { isPythonNotebook, notebookCode } from '../notebook/code';
import { analyzeRelevantPython } from './relevant';
import type { PyAnalysis } from './types';

export interface PythonUnit {
  path: string;
  kind: 'script' | 'notebook';
  analysis: PyAnalysis;
  /** Where a 1-based line of the analysed source is: the file's line, or the notebook's cell and cell line. */
  evidence(line: number): Evidence;
}

/** The analysis, or undefined (and a warning) should the parser ever fail on some input. */
function safeAnalysis(facts: RepoFacts, path: string, source: string): PyAnalysis | undefined {
  try {
    return analyzeRelevantPython(source);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    facts.warn({ status: 'warn', message: `Python code could not be analysed (${detail})`, path });
    return undefined;
  }
}

function scriptUnit(facts: RepoFacts, text: TextFile): PythonUnit | undefined {
  if (text.text === undefined) {
    return undefined; // facts.text has already warned: binary, not UTF-8, unreadable.
  }
  const path = text.path;
  const analysis = safeAnalysis(facts, path, text.text);
  if (!analysis) {
    return undefined;
  }
  if (analysis.syntaxErrors.length) {
    facts.warn({
      status: 'warn',
      message: `Python file has syntax errors near line ${analysis.syntaxErrors[0]}; analysis may be incomplete`,
      path,
      line: analysis.syntaxErrors[0]
    });
  }
  return { path, kind: 'script', analysis, evidence: line => ({ path, line }) };
}

function notebookUnit(facts: RepoFacts, file: NotebookFile): PythonUnit | undefined {
  if (!file.notebook || !isPythonNotebook(file.notebook)) {
    return undefined;
  }
  const code = notebookCode(file.notebook);
  const path = file.path;
  const analysis = safeAnalysis(facts, path, code.source);
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

/** Every `.py` file (in walk order), then every Python notebook. Stops when the audit is cancelled. */
export const PYTHON_UNITS = defineFact<PythonUnit[]>('python-units', async facts => {
  const scripts = facts.filesWithExtension('.py');
  const [texts, notebooks] = await Promise.all([
    Promise.all(scripts.map(file => facts.text(file.path))),
    facts.get(NOTEBOOKS)
  ]);
  const work: Array<() => PythonUnit | undefined> = [
    ...texts.map(text => () => scriptUnit(facts, text)),
    ...notebooks.map(file => () => notebookUnit(facts, file))
  ];
  const units: PythonUnit[] = [];
  let sliceStart = Date.now();
  for (const next of work) {
    if (Date.now() - sliceStart > YIELD_EVERY_MS) {
      await new Promise(resolve => setTimeout(resolve, 0));
      throwIfAborted(facts.signal);
      sliceStart = Date.now();
    }
    const unit = next();
    if (unit) {
      units.push(unit);
    }
  }
  return units;
});
