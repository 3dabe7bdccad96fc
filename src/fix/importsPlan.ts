/**
 * The imports fix of a notebook: the module-level imports the notebooks check calls late (after other
 * code, `notebooks.late-import`) moved into the first code cell that holds Python, in the order they
 * had, each whole statement with its lines as written. Left where they are, with the reason in the
 * plan's notes: imports inside `if`/`try`/`with`/loops (conditional: the author meant them there),
 * imports sharing a line with other code, and imports whose meaning depends on code that runs before
 * them: code that changes where or what Python imports (`sys.path.insert(...)`, `os.chdir`,
 * `os.environ[...]`, `matplotlib.use`, a `%pip install`, `%cd`, `!git clone`, `%%writefile`), or a
 * name the import binds that other code binds first (moving it up would change which one wins).
 * A second run finds nothing to move.
 */
import { cellLabel, cellLineLabel } from '../audit/notebook/cellLabel';
import { lateImportFacts } from '../audit/hygiene/lateImports';
import { notebookRunOf } from '../audit/notebookRun/facts';
import type { PyImport } from '../audit/python/types';
import type { SyntaxNode } from '@lezer/common';
import type { TextEdit } from './edits';
import { ImportPlace, importPlaceIn, importTargetCell, insertLines, isFutureImport, isImportStatement, removeLines } from './importPlacement';
import { SEED_CELL_TAG } from './markers';
import { NotebookPython, notebookPythonOf } from './notebookPython';
import type { NotebookFixPlan } from './notebookFixPlan';

/** Callees and assignment targets (resolved through imports) that change what a later import finds. */
const IMPORT_STATE = ['sys.path', 'sys.modules', 'sys.meta_path', 'sys.path_hooks', 'os.chdir', 'os.environ', 'os.putenv', 'site.', 'importlib.', 'matplotlib.use', 'pyximport.install'];

/** IPython lines that cannot change what an import finds; any other magic or shell line might. */
const HARMLESS_MAGICS = new Set([
  'matplotlib', 'config', 'load_ext', 'reload_ext', 'autoreload', 'aimport', 'precision', 'time', 'timeit', 'prun',
  'who', 'whos', 'who_ls', 'html', 'javascript', 'js', 'latex', 'markdown', 'svg', 'capture', 'debug', 'memit',
  'mprun', 'pdb', 'xmode', 'history', 'pwd', 'ls', 'll', 'cat', 'lsmagic', 'magic', 'pinfo', 'pinfo2', 'psearch'
]);

function affectsImports(name: string | undefined): boolean {
  return !!name && IMPORT_STATE.some(p => (p.endsWith('.') ? name.startsWith(p) : name === p || name.startsWith(p + '.') || name.startsWith(p + '[')));
}

/** The magic's or shell command's name of an IPython line ('pip' for `%pip install x`, `!pip ...` and `pip install x`). */
function ipythonCommand(line: string): { name: string; shell: boolean } {
  const trimmed = line.trim();
  if (trimmed.startsWith('!')) {
    return { name: trimmed.slice(1).trim().split(/\s/)[0], shell: true };
  }
  const body = trimmed.replace(/^%{1,2}/, '');
  const assigned = body.indexOf('=');
  const command = assigned >= 0 && /^[\w\s,.]+$/.test(body.slice(0, assigned)) ? body.slice(assigned + 1).trim() : body;
  if (command.startsWith('!')) {
    return { name: command.slice(1).trim().split(/\s/)[0], shell: true };
  }
  return { name: command.replace(/^%{1,2}/, '').split(/\s/)[0], shell: false };
}

interface LateStatement {
  node: SyntaxNode;
  imports: PyImport[];
  cell: number;
  /** 0-based first and last line in the cell. */
  fromLine: number;
  toLine: number;
}

function describe(python: NotebookPython, statement: LateStatement): string {
  const first = python.cellLines(statement.cell)[statement.fromLine].trim();
  return `"${first}" (${cellLineLabel(statement.cell, statement.fromLine + 1)})`;
}

/** Why the statement must stay below code that runs between `from` and it (the nearest such code), or undefined. */
function blockerOf(python: NotebookPython, statement: LateStatement, from: number): string | undefined {
  const to = statement.node.from;
  const { analysis } = python;
  const where = (offset: number): string => {
    const line = python.lineOf(offset);
    const at = python.code.locate(line);
    return at ? cellLineLabel(at.cell, at.line) : `line ${line}`;
  };
  const found: Array<{ offset: number; why: string }> = [];
  for (const call of analysis.calls) {
    if (call.offset >= from && call.offset < to && affectsImports(call.qualified ?? call.text)) {
      found.push({ offset: call.offset, why: `${call.text}(...) at ${where(call.offset)} runs before it and may change what it imports` });
    }
  }
  for (const a of analysis.assignments) {
    if (a.offset >= from && a.offset < to && a.scope === undefined && affectsImports(a.qualified ?? a.target)) {
      found.push({ offset: a.offset, why: `${a.target} is set at ${where(a.offset)} before it and may change what it imports` });
    }
  }
  for (let line = python.lineOf(from); line < python.lineOf(to); line++) {
    const at = python.code.locate(line);
    const text = at && !python.isPythonLine(line) ? python.cellLines(at.cell)[at.line - 1] : '';
    const command = text.trim() ? ipythonCommand(text) : undefined;
    if (at && command && (command.shell || !HARMLESS_MAGICS.has(command.name))) {
      const why = `"${text.trim()}" at ${cellLineLabel(at.cell, at.line)} runs before it (it may install, fetch or write what it imports)`;
      found.push({ offset: python.lineStart(line), why });
    }
  }
  if (found.length) {
    return found.reduce((a, b) => (b.offset > a.offset ? b : a)).why;
  }
  for (const imported of statement.imports) {
    const local = imported.local;
    // `import a.b` after `import a` binds the same package `a`: no other binding in that.
    const packageOf = (i: PyImport) => (i.name === undefined && i.local === i.module.split('.')[0] ? i.local : undefined);
    const same = (i: PyImport) =>
      (i.module === imported.module && i.name === imported.name && i.local === local) || (!!packageOf(i) && packageOf(i) === packageOf(imported));
    const bound =
      analysis.assignments.find(a => a.scope === undefined && a.offset < to && a.target === local) ??
      analysis.functions.find(f => f.qualifiedName === f.name && f.name === local && python.lineOf(to) > f.line) ??
      analysis.imports.find(i => i.scope === undefined && i.offset < to && i.local === local && !same(i));
    if (bound) {
      const offset = 'offset' in bound ? bound.offset : python.lineStart(bound.line);
      return `"${local}" is also bound at ${where(offset)}: moved above it, the import would no longer be the one that counts`;
    }
  }
  return undefined;
}

function statementText(python: NotebookPython, statement: LateStatement): string[] {
  return python.cellLines(statement.cell).slice(statement.fromLine, statement.toLine + 1);
}

/** The late imports of a notebook, each as its whole top-level statement; and those that are not top-level. */
function lateStatements(python: NotebookPython): { movable: LateStatement[]; nested: PyImport[]; shared: PyImport[] } {
  const late = lateImportFacts(python.analysis, line => python.code.locate(line)?.cell ?? 0);
  const byNode = new Map<number, LateStatement>();
  const nested: PyImport[] = [];
  const shared: PyImport[] = [];
  for (const imported of late) {
    const cell = python.code.locate(imported.line)?.cell;
    if (cell !== undefined && python.notebook.cells[cell].tags.includes(SEED_CELL_TAG)) {
      continue; // The seed fix's own cell: it keeps what it imports, or a rerun would rewrite it.
    }
    const node = python.topLevelStatement(imported.offset);
    if (!node || (node.name !== 'ImportStatement' && node.name !== 'StatementGroup')) {
      nested.push(imported);
      continue;
    }
    if (!isImportStatement(node)) {
      shared.push(imported);
      continue;
    }
    const existing = byNode.get(node.from);
    if (existing) {
      existing.imports.push(imported);
      continue;
    }
    const start = python.placeOf(node.from);
    const endLine = python.lineOf(Math.max(node.from, node.to - 1));
    const end = python.code.locate(endLine);
    if (!start || !end || end.cell !== start.cell) {
      shared.push(imported);
      continue;
    }
    byNode.set(node.from, { node, imports: [imported], cell: start.cell, fromLine: start.line, toLine: end.line - 1 });
  }
  return { movable: [...byNode.values()].sort((a, b) => a.node.from - b.node.from), nested, shared };
}

export function planImportsFix(file: { path: string; text: string }): NotebookFixPlan {
  const base = { path: file.path, kind: 'notebook' as const, fix: 'imports' as const };
  if (!file.path.toLowerCase().endsWith('.ipynb')) {
    return { ...base, status: 'unsupported', edits: [], changes: [], notes: [], reason: 'the imports fix edits notebooks only' };
  }
  const parsed = notebookPythonOf(file.path, file.text);
  if ('reason' in parsed) {
    return { ...base, status: 'unsupported', edits: [], changes: [], notes: [], reason: parsed.reason };
  }
  const python = parsed.python;
  // Statements cannot be told apart reliably in code that does not parse (Python 2, a cut-off cell): the
  // notebooks check's own per-cell judgement (notebooks.python2-syntax, notebooks.syntax-error) decides.
  const problem = notebookRunOf(python.notebook, () => undefined).syntax[0];
  if (problem) {
    const why = problem.python2 ? ` (${problem.python2}: Python 2)` : '';
    const reason = `${cellLineLabel(problem.cell, problem.line)} does not parse as Python 3${why}: fix that first`;
    return { ...base, status: 'unsupported', edits: [], changes: [], notes: [], reason };
  }
  const { movable, nested, shared } = lateStatements(python);
  const notes: string[] = [
    ...nested.map(i => `import of ${i.module} at ${where(python, i)} is conditional or nested (in if/try/with/a loop): left where it is`),
    ...shared.map(i => `import of ${i.module} at ${where(python, i)} shares its line with other code: left where it is`)
  ];
  const target = importTargetCell(python);
  if (target === undefined || !movable.length) {
    return { ...base, status: 'nothing-to-fix', edits: [], changes: [], notes, ...(!movable.length && { reason: 'no late import to move' }) };
  }
  const place: ImportPlace = importPlaceIn(python, target);
  const edits: TextEdit[] = [];
  const changes: string[] = [];
  const futures: string[] = [];
  const ordinary: string[] = [];
  const removals: LateStatement[] = [];
  // Identical imports already above (or moved just before) are dropped instead of written twice.
  const written = new Set(
    python.analysis.imports.filter(i => i.scope === undefined && i.offset < place.joinedOffset).map(i => `${i.module}|${i.name}|${i.local}`)
  );
  for (const statement of movable) {
    if (statement.cell <= target) {
      notes.push(`${describe(python, statement)} has no code cell above it that holds Python: left where it is`);
      continue;
    }
    const future = statement.node.name === 'ImportStatement' && isFutureImport(python, statement.node);
    const from = future ? python.lineStart(python.code.cells.find(s => s.cell === target)!.startLine + place.futureLine) : place.joinedOffset;
    const blocker = future ? undefined : blockerOf(python, statement, from);
    if (blocker) {
      notes.push(`${describe(python, statement)} not moved: ${blocker}`);
      continue;
    }
    removals.push(statement);
    const keys = statement.imports.map(i => `${i.module}|${i.name}|${i.local}`);
    if (keys.every(k => written.has(k))) {
      changes.push(`${describe(python, statement)} removed: ${cellLabel(target)} already imports it`);
      continue;
    }
    keys.forEach(k => written.add(k));
    (future ? futures : ordinary).push(...statementText(python, statement));
    changes.push(`${describe(python, statement)} moved to ${cellLabel(target)}`);
  }
  // Statements on adjacent lines of one cell go in one removal: a cell's last line takes the line break before it.
  for (let i = 0; i < removals.length; ) {
    let j = i;
    while (j + 1 < removals.length && removals[j + 1].cell === removals[i].cell && removals[j + 1].fromLine === removals[j].toLine + 1) {
      j++;
    }
    edits.push(removeLines(python, removals[i].cell, removals[i].fromLine, removals[j].toLine));
    i = j + 1;
  }
  if (futures.length) {
    edits.push(insertLines(python, target, place.futureLine, futures, false));
  }
  if (ordinary.length) {
    edits.push(insertLines(python, target, place.line, ordinary, place.codeFollows));
  }
  return { ...base, status: edits.length ? 'changes' : 'nothing-to-fix', edits, changes, notes };
}

function where(python: NotebookPython, imported: PyImport): string {
  const at = python.code.locate(imported.line);
  return at ? cellLineLabel(at.cell, at.line) : `line ${imported.line}`;
}
