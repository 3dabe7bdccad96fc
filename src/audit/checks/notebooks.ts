/**
 * notebooks: does each notebook run top to bottom as saved (counts 1..n, no saved errors), with its
 * imports first, no paths into the author's machine, and a papermill `parameters` cell for its settings?
 */
import type { Check } from '../check';
import type { FindingCode } from '../codes';
import { CheckOutcome, Evidence, Finding, Status, worstStatus } from '../report';
import { PAPERMILL_DOCS, PIMENTEL_2019 } from '../sources';
import { NOTEBOOKS, NotebookFile } from '../notebook/facts';
import { cellLabel } from '../notebook/cellLabel';
import type { ParsedNotebook } from '../notebook/parse';
import { PYTHON_UNITS } from '../python/units';
import { absolutePathsOf } from '../hygiene/absolutePaths';
import { executionOrderOf, runOrderProblemsOf, runOrderSummary } from '../hygiene/executionOrder';
import { NOTEBOOK_RUNS, NotebookRun } from '../notebookRun/facts';
import { notebookRunFindings } from '../notebookRun/findings';
import { lateImportsOf } from '../hygiene/lateImports';
import { IMPORTS_FIX, PATHS_FIX } from '../hygiene/notebookFixIds';
import { SettingAssignment, settingsOf } from '../hygiene/parameters';
import { NOTEBOOK_TOP_CELLS } from '../hygiene/topCells';
import { savedErrorsOf } from '../hygiene/savedErrors';
import type { PyAnalysis } from '../python/types';

/** Saved errors listed per notebook; the rest are counted. */
const MAX_ERRORS_LISTED = 5;

interface PythonCode {
  analysis: PyAnalysis;
  evidence(line: number): Evidence;
}

/** Notebooks whose run order is fine, gathered into one note each rather than one per notebook. */
interface OrderNotes {
  inOrder: string[];
  neverRun: string[];
}

/**
 * Restart & Run All's verdict in one line, the first problem named and every run-order problem counted:
 * cells run out of order change what later cells saw (would not reproduce); gaps alone may not matter.
 */
function rerunVerdict(notebook: ParsedNotebook, firstProblem: string, outOfOrder: boolean): string {
  const summary = runOrderSummary(runOrderProblemsOf(notebook.cells));
  const verdict = `Restart & Run All ${outOfOrder ? 'would not' : 'may not'} reproduce the saved outputs (${firstProblem})`;
  return `${verdict}${summary ? `; in all: ${summary}` : ''}; restart and run all before saving`;
}

function orderFindings(path: string, notebook: ParsedNotebook, notes: OrderNotes): Finding[] {
  const order = executionOrderOf(notebook.cells);
  switch (order.kind) {
    case 'out-of-order':
      return [
        {
          status: 'fail',
          code: 'notebooks.out-of-order',
          message: rerunVerdict(notebook, `count ${order.count} after ${order.previous}`, true),
          path,
          cell: order.cell,
          line: 1
        }
      ];
    case 'gap':
      return [
        {
          status: 'warn',
          code: 'notebooks.not-one-run',
          message: rerunVerdict(notebook, order.detail, false),
          path,
          cell: order.cell,
          line: 1
        }
      ];
    case 'never-run':
      notes.neverRun.push(path);
      return [];
    case 'in-order':
      notes.inOrder.push(path);
      return [];
    case 'no-code':
      return [];
  }
}

function noteOf(paths: string[], code: FindingCode, message: string): Finding[] {
  if (!paths.length) {
    return [];
  }
  const [first, ...rest] = paths;
  return [{ status: 'pass', code, message, path: first, ...(rest.length ? { evidence: rest.map(path => ({ path })) } : {}) }];
}

function errorFindings(path: string, notebook: ParsedNotebook): Finding[] {
  const errors = savedErrorsOf(notebook.cells);
  const findings: Finding[] = errors.slice(0, MAX_ERRORS_LISTED).map(e => ({
    status: 'fail',
    code: 'notebooks.saved-error',
    message: `${cellLabel(e.cell, true)} saved an error (${e.text})`,
    path,
    cell: e.cell,
    line: 1
  }));
  if (errors.length > MAX_ERRORS_LISTED) {
    findings.push({
      status: 'fail',
      code: 'notebooks.saved-error',
      message: `${errors.length - MAX_ERRORS_LISTED} more saved errors`,
      path,
      evidence: errors.slice(MAX_ERRORS_LISTED).map(e => ({ path, cell: e.cell, line: 1 }))
    });
  }
  return findings;
}

/** Settings from the fully parsed top cells and UPPER_CASE constants anywhere, in notebook order. */
function settingsIn(notebook: ParsedNotebook, code: PythonCode, top: PythonCode | undefined): SettingAssignment[] {
  const codeCells = notebook.cells.filter(c => c.cellType === 'code' && c.source.trim()).map(c => c.index);
  const all = [
    ...(top ? settingsOf(top.analysis, top.evidence, codeCells) : []),
    ...settingsOf(code.analysis, code.evidence, codeCells)
  ];
  const byName = new Map(all.map(s => [s.name, s] as const));
  return [...byName.values()].sort(
    (a, b) => (a.evidence.cell ?? 0) - (b.evidence.cell ?? 0) || (a.evidence.line ?? 0) - (b.evidence.line ?? 0)
  );
}

function pythonFindings(path: string, notebook: ParsedNotebook, code: PythonCode, top: PythonCode | undefined): Finding[] {
  const findings: Finding[] = [];
  const late = lateImportsOf(code.analysis, code.evidence);
  if (late.length) {
    const more = late.length > 1 ? ` (and ${late.length - 1} more)` : '';
    findings.push({
      status: 'warn',
      code: 'notebooks.late-import',
      message: `"${late[0].module}" is imported after other code${more}; move imports to the first cell`,
      fix: IMPORTS_FIX,
      ...late[0].evidence,
      ...(late.length > 1 ? { evidence: late.slice(1).map(l => l.evidence) } : {})
    });
  }
  const absolute = absolutePathsOf(code.analysis);
  if (absolute.length) {
    const more = absolute.length > 1 ? ` (and ${absolute.length - 1} more)` : '';
    findings.push({
      status: 'warn',
      code: 'notebooks.absolute-path',
      message: `Absolute path "${absolute[0].value}"${more} will not exist on another machine; use a path relative to the repo`,
      fix: PATHS_FIX,
      ...code.evidence(absolute[0].line),
      ...(absolute.length > 1 ? { evidence: absolute.slice(1).map(a => code.evidence(a.line)) } : {})
    });
  }
  const parameters = notebook.cells.find(c => c.tags.includes('parameters'));
  // Settings only matter without a parameters cell: not reading them spares parsing the top cells again.
  const settings = parameters ? [] : settingsIn(notebook, code, top);
  if (parameters) {
    findings.push({
      status: 'pass',
      code: 'notebooks.parameters-cell',
      message: `${cellLabel(parameters.index, true)} is tagged "parameters" for papermill`,
      path,
      cell: parameters.index,
      line: 1
    });
  } else if (settings.length) {
    // Advice (CHECKLIST.md): a parameters cell helps reruns but its absence never lowers the item.
    findings.push({
      status: 'info',
      code: 'notebooks.no-parameters-cell',
      message:
        `Settings such as ${settings[0].name} are not in a cell tagged "parameters", ` +
        'so papermill cannot rerun it with other values',
      ...settings[0].evidence
    });
  }
  return findings;
}

function notebookFindings(
  file: NotebookFile,
  code: PythonCode | undefined,
  top: PythonCode | undefined,
  run: NotebookRun | undefined,
  notes: OrderNotes
): Finding[] {
  if (!file.notebook) {
    return [{ status: 'warn', code: 'notebooks.unreadable', message: file.error ?? 'Notebook could not be read', path: file.path }];
  }
  return [
    ...orderFindings(file.path, file.notebook, notes),
    ...errorFindings(file.path, file.notebook),
    ...(run ? notebookRunFindings(file.path, run) : []),
    ...(code ? pythonFindings(file.path, file.notebook, code, top) : [])
  ];
}

/**
 * The repo's status follows the share of notebooks (CHECKLIST.md): fail when half or more are out of
 * order or hold saved errors; warn when fewer do, or for minor issues; pass when all are clean.
 */
export function repoStatusOf(statuses: readonly Status[]): Status {
  const failing = statuses.filter(s => s === 'fail').length;
  if (failing && failing * 2 >= statuses.length) {
    return 'fail';
  }
  return failing ? 'warn' : worstStatus([...statuses]);
}

function summaryOf(count: number, statuses: Status[]): string {
  const failing = statuses.filter(s => s === 'fail').length;
  const warning = statuses.filter(s => s === 'warn').length;
  const parts = [
    failing && `${failing} out of order or with saved errors`,
    warning && `${warning} with minor issues`
  ].filter(Boolean);
  return `${count} notebook(s)` + (parts.length ? `: ${parts.join(', ')}` : ', all run cleanly in order');
}

export const notebooksCheck: Check = {
  id: 'notebooks',
  title: 'Notebooks run top to bottom',
  why:
    'A notebook saved after cells were run out of order, or with errors, may not give its shown results when ' +
    'rerun: in a study of notebooks on GitHub only a quarter ran without errors. Imports first, relative paths ' +
    'and a papermill parameters cell make a clean rerun possible.',
  sources: [PIMENTEL_2019, PAPERMILL_DOCS],
  async run(facts): Promise<CheckOutcome> {
    const notebooks = await facts.get(NOTEBOOKS);
    if (!notebooks.length) {
      return { status: 'na', summary: 'No notebooks', findings: [] };
    }
    const units = new Map(
      (await facts.get(PYTHON_UNITS)).filter(u => u.kind === 'notebook').map(u => [u.path, u] as const)
    );
    const tops = await facts.get(NOTEBOOK_TOP_CELLS);
    const runs = await facts.get(NOTEBOOK_RUNS);
    const findings: Finding[] = [];
    const statuses: Status[] = [];
    const notes: OrderNotes = { inOrder: [], neverRun: [] };
    for (const file of notebooks) {
      const own = notebookFindings(file, units.get(file.path), tops.get(file.path), runs.get(file.path), notes);
      findings.push(...own);
      // A notebook with nothing to report (in order, or never run) counts as passing.
      statuses.push(own.length ? worstStatus(own.map(f => f.status)) : 'pass');
    }
    findings.push(
      ...noteOf(notes.inOrder, 'notebooks.in-order', `${notes.inOrder.length} notebook(s) run top to bottom, counts 1..n in order`),
      ...noteOf(
        notes.neverRun,
        'notebooks.never-run',
        `${notes.neverRun.length} notebook(s) saved without outputs, so their run order cannot be checked`
      )
    );
    return { status: repoStatusOf(statuses), summary: summaryOf(notebooks.length, statuses), findings };
  }
};
