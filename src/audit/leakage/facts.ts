/**
 * The leakage analysis as a fact, computed once per audit: for each notebook and script of the code that makes
 * results (tests and vendored libraries aside) that does supervised modelling, the leaks found, placed at their
 * file, cell and line. Repo modules the code imports are read (never run) so that their functions are followed.
 */
import { defineFact } from '../facts';
import type { Evidence } from '../report';
import { NOTEBOOK_CELLS } from '../notebook/cellTrees';
import { PYTHON_UNITS, PythonUnit } from '../python/units';
import { isTestCode } from '../testPath';
import { ModuleFinder } from '../uses/moduleFinder';
import { RepoIndex } from '../uses/repoIndex';
import { VENDORED_FOLDERS } from '../vendored';
import { throwIfAborted } from '../walk';
import { LeakageUnit, ModuleSource, PlacedLeak, leaksOf } from './analyse';
import { doesSupervisedModelling, modellingUseOf } from './modelling';

export interface UnitLeakage {
  path: string;
  kind: PythonUnit['kind'];
  leaks: Array<PlacedLeak & { evidence: Evidence }>;
}

export interface Leakage {
  /** Units that split data or fit and score a model: where the item applies. */
  modelling: UnitLeakage[];
}

export const LEAKAGE = defineFact<Leakage>('leakage', async facts => {
  const [units, vendored] = await Promise.all([facts.get(PYTHON_UNITS), facts.get(VENDORED_FOLDERS)]);
  const judged = units.filter(u => !isTestCode(u.path, u.analysis) && !vendored.contains(u.path));
  const modelling = judged.filter(u => doesSupervisedModelling(modellingUseOf(u.analysis)));
  if (!modelling.length) {
    return { modelling: [] };
  }
  const scripts = units.filter(u => u.kind === 'script');
  const texts = new Map<string, string>();
  for (const unit of scripts) {
    const text = (await facts.text(unit.path)).text;
    if (text !== undefined) {
      texts.set(unit.path, text);
    }
  }
  const repo = new RepoIndex(facts.files.map(f => f.path));
  const analyses = new Map(units.map(u => [u.path, u.analysis] as const));
  const finders = new Map<string, ModuleFinder>();
  const modules: ModuleSource = (fromPath, dotted) => {
    let finder = finders.get(fromPath);
    if (!finder) {
      finder = new ModuleFinder(repo, fromPath, analyses.get(fromPath));
      finders.set(fromPath, finder);
    }
    const path = finder.find(dotted)?.path;
    const source = path && texts.get(path);
    return path && source !== undefined ? { path, source } : undefined;
  };
  // The cells the audit parsed once already (the notebook-run check and the Python facts read them too).
  const notebookCells = await facts.get(NOTEBOOK_CELLS);
  const out: UnitLeakage[] = [];
  for (const unit of modelling) {
    throwIfAborted(facts.signal);
    let source: LeakageUnit | undefined;
    if (unit.kind === 'script') {
      const text = texts.get(unit.path);
      source = text === undefined ? undefined : { path: unit.path, source: text };
    } else {
      const parsed = notebookCells.get(unit.path);
      source = parsed && { path: unit.path, source: parsed.code.source, notebook: parsed.code, cellTrees: parsed.cells.map(c => c.tree) };
    }
    let leaks: PlacedLeak[] = [];
    try {
      leaks = source ? leaksOf(source, modules) : [];
    } catch (err) {
      // One unit the analysis trips on leaves the others' leaks standing.
      const why = err instanceof Error ? err.message : String(err);
      facts.warn({ status: 'warn', code: 'reading.python-unanalysed', message: `Python code could not be analysed for data leakage (${why})`, path: unit.path });
    }
    out.push({ path: unit.path, kind: unit.kind, leaks: leaks.map(leak => ({ ...leak, evidence: unit.evidence(leak.line) })) });
  }
  return { modelling: out };
});
