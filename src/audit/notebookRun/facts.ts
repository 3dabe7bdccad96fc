/**
 * Will each Python notebook run top to bottom on Python 3, as a fact computed once per notebook from a
 * full parse of its code cells: where it does not parse as Python 3 (naming Python 2 idioms), whether
 * its kernel is Python 2, and which names it reads in a cell above every definition of them.
 */
import { defineFact } from '../facts';
import { NOTEBOOKS } from '../notebook/facts';
import { NOTEBOOK_CELLS, NotebookCells, parseCells } from '../notebook/cellTrees';
import { NotebookCode, isPythonNotebook } from '../notebook/code';
import type { ParsedNotebook } from '../notebook/parse';
import { LineIndex } from '../python/lineIndex';
import type { PyAnalysis } from '../python/types';
import { PYTHON_UNITS } from '../python/units';
import { ModuleFinder } from '../uses/moduleFinder';
import { RepoIndex } from '../uses/repoIndex';
import { throwIfAborted } from '../walk';
import { nameFlowOf } from './nameFlow';
import { python3Problems, unexpectedIndents } from './python3Syntax';
import { readsBeforeDefinitions } from './useBeforeDefine';

export interface CellPlace {
  /** 0-based notebook cell index. */
  cell: number;
  /** 1-based line in the cell. */
  line: number;
}

export interface SyntaxPlace extends CellPlace {
  python2?: string;
}

export interface LateName {
  name: string;
  read: CellPlace;
  defined: CellPlace;
  via?: string;
}

export interface NotebookRun {
  /** One entry per line that does not parse as Python 3. */
  syntax: SyntaxPlace[];
  /** The notebook was saved with a Python 2 kernel. */
  python2Kernel: boolean;
  /** The notebook names its language or kernel; one that does not is only taken to be Python. */
  saysPython: boolean;
  lateNames: LateName[];
}

/** Line magics that define names the code does not show (`%run script.py`, `%store -r x`). */
const DEFINING_MAGICS = /^\s*%(run|store|load|macro)\b/;

export function isPython2Kernel(notebook: ParsedNotebook): boolean {
  const spec = (notebook.metadata as { kernelspec?: { name?: unknown; display_name?: unknown } }).kernelspec;
  const name = typeof spec?.name === 'string' ? spec.name : '';
  const display = typeof spec?.display_name === 'string' ? spec.display_name : '';
  const info = (notebook.metadata as { language_info?: { name?: unknown; version?: unknown } }).language_info;
  const version = info?.name === 'python' && typeof info.version === 'string' ? info.version : '';
  return /^python2$/i.test(name) || /^python 2(\.\d+)?$/i.test(display.trim()) || version.startsWith('2.');
}

/** Idioms that only Python 2 code has; the others (backticks, `0777`, `<>`) also appear in SQL, shell or JS pasted into a cell. */
export const CERTAIN_PYTHON2 = new Set(['print statement', '"except E, e" clause', '"raise E, message" statement', 'exec statement']);

/**
 * Python 2 is named only where the notebook shows it for certain, by a certain idiom (a Python 2 kernel is
 * not enough: its notebooks also hold Datalab `%bash` cells, whose `MONTH=07` is no octal).
 */
function withPython2Named(syntax: SyntaxPlace[]): SyntaxPlace[] {
  if (syntax.some(s => s.python2 && CERTAIN_PYTHON2.has(s.python2))) {
    return syntax;
  }
  return syntax.map(({ python2, ...place }) => place);
}

/** Module-level names a repo module defines, or undefined when it has a star import of its own. */
function moduleNames(analysis: PyAnalysis): string[] | undefined {
  const top = analysis.imports.filter(i => i.scope === undefined);
  if (top.some(i => i.name === '*')) {
    return undefined;
  }
  return [
    ...top.map(i => i.local),
    ...analysis.functions.filter(f => !f.qualifiedName.includes('.')).map(f => f.name),
    ...analysis.assignments.filter(a => a.scope === undefined && !a.target.includes('.')).map(a => a.target)
  ];
}

/** Where magics define names unseen by the parser: any name (`%run`), or names they store into. */
interface MagicDefinitions {
  barriers: number[];
  definitions: Array<{ name: string; offset: number }>;
}

/** Plain names among a cell magic's arguments (`%%bigquery df --project {P}` stores into df; option values are not). */
function cellMagicTargets(line: string): string[] {
  const words = line.trim().split(/\s+/).slice(1);
  return words.filter((w, i) => /^[A-Za-z_]\w*$/.test(w) && !(words[i - 1] ?? '').startsWith('-'));
}

function magicDefinitions(notebook: ParsedNotebook, code: NotebookCode, lines: LineIndex): MagicDefinitions {
  const found: MagicDefinitions = { barriers: [], definitions: [] };
  for (const span of code.cells) {
    const at = lines.starts[span.startLine - 1] ?? 0;
    for (const line of notebook.cells[span.cell].source.split('\n')) {
      if (DEFINING_MAGICS.test(line)) {
        found.barriers.push(at);
      } else if (line.trimStart().startsWith('%%')) {
        found.definitions.push(...cellMagicTargets(line).map(name => ({ name, offset: at })));
      } else {
        // `files = !ls`, `rows = %sql SELECT ...`: the reader blanks these lines, the names are bound all the same.
        const assigned = /^\s*([A-Za-z_][\w\s,]*?)\s*=\s*[!%]/.exec(line);
        assigned?.[1].split(',').forEach(name => found.definitions.push({ name: name.trim(), offset: at }));
      }
    }
  }
  return found;
}

export function notebookRunOf(
  notebook: ParsedNotebook,
  starNames: (module: string) => readonly string[] | undefined,
  parsed: NotebookCells = parseCells(notebook)
): NotebookRun {
  const { code, cells } = parsed;
  const lines = new LineIndex(code.source);
  const place = (offset: number): CellPlace | undefined => code.locate(lines.lineOf(offset));
  const syntax: SyntaxPlace[] = [];
  const seenLines = new Set<string>();
  for (const cell of cells) {
    const problems = [...python3Problems(cell.tree, cell.source), ...unexpectedIndents(cell.tree, cell.source, cell.indent, cell.isMagicLine)];
    for (const problem of problems.sort((a, b) => a.offset - b.offset)) {
      // An error at the very end of a cell (an unclosed bracket) is on the cell's last line.
      const at = place(cell.base + Math.min(problem.offset, Math.max(0, cell.source.length - 1)));
      const key = at && `${at.cell}:${at.line}`;
      if (at && key && !seenLines.has(key)) {
        seenLines.add(key);
        syntax.push({ ...at, ...(problem.python2 && { python2: problem.python2 }) });
      }
    }
  }
  const flow = nameFlowOf(cells);
  const magics = magicDefinitions(notebook, code, lines);
  flow.definitions.push(...magics.definitions);
  const late = readsBeforeDefinitions(flow, {
    cellOf: offset => place(offset)?.cell ?? -1,
    starNames,
    magicBarriers: magics.barriers
  });
  const lateNames: LateName[] = [];
  for (const l of late) {
    const read = place(l.readAt);
    const defined = place(l.definedAt);
    if (read && defined) {
      lateNames.push({ name: l.name, read, defined, ...(l.via && { via: l.via }) });
    }
  }
  const python2Kernel = isPython2Kernel(notebook);
  return { syntax: withPython2Named(syntax), python2Kernel, saysPython: !!(notebook.language || notebook.kernelName), lateNames };
}

/** Per notebook path, for every Python notebook that could be read. */
export const NOTEBOOK_RUNS = defineFact<Map<string, NotebookRun>>('notebook-runs', async facts => {
  const [notebooks, units, parsed] = await Promise.all([facts.get(NOTEBOOKS), facts.get(PYTHON_UNITS), facts.get(NOTEBOOK_CELLS)]);
  const analyses = new Map(units.map(u => [u.path, u] as const));
  const repo = new RepoIndex(facts.files.map(f => f.path));
  const runs = new Map<string, NotebookRun>();
  for (const file of notebooks) {
    if (!file.notebook || !isPythonNotebook(file.notebook)) {
      continue;
    }
    throwIfAborted(facts.signal);
    const finder = new ModuleFinder(repo, file.path, analyses.get(file.path)?.analysis);
    const starNames = (module: string): readonly string[] | undefined => {
      const found = finder.find(module);
      const analysis = found?.path ? analyses.get(found.path)?.analysis : undefined;
      return analysis && moduleNames(analysis);
    };
    runs.set(file.path, notebookRunOf(file.notebook, starNames, parsed.get(file.path)));
  }
  return runs;
});
