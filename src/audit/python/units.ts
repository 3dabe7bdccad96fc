/**
 * The repo's Python, unit by unit: each `.py` file, and each Python notebook's code cells joined,
 * analysed once for every check. Evidence maps a unit's line back to the file (and the cell).
 */
import type { Evidence } from '../report';
import { RepoFacts, TextFile, defineFact } from '../facts';
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

function scriptUnit(facts: RepoFacts, text: TextFile): PythonUnit | undefined {
  if (text.text === undefined) {
    return undefined; // facts.text has already warned: binary, not UTF-8, unreadable.
  }
  const path = text.path;
  const analysis = analyzeRelevantPython(text.text);
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

function notebookUnit(file: NotebookFile): PythonUnit | undefined {
  if (!file.notebook) {
    return undefined;
  }
  if (!isPythonNotebook(file.notebook)) {
    return undefined;
  }
  const code = notebookCode(file.notebook);
  const path = file.path;
  return {
    path,
    kind: 'notebook',
    analysis: analyzeRelevantPython(code.source),
    evidence: line => {
      const at = code.locate(line);
      return at ? { path, cell: at.cell, line: at.line } : { path };
    }
  };
}

/** Every `.py` file (in walk order), then every Python notebook. */
export const PYTHON_UNITS = defineFact<PythonUnit[]>('python-units', async facts => {
  const scripts = facts.filesWithExtension('.py');
  const [texts, notebooks] = await Promise.all([
    Promise.all(scripts.map(file => facts.text(file.path))),
    facts.get(NOTEBOOKS)
  ]);
  const units: PythonUnit[] = [];
  for (const text of texts) {
    const unit = scriptUnit(facts, text);
    if (unit) {
      units.push(unit);
    }
  }
  for (const file of notebooks) {
    const unit = notebookUnit(file);
    if (unit) {
      units.push(unit);
    }
  }
  return units;
});
