/**
 * The notebooks item's findings about whether a notebook runs top to bottom on Python 3: code that does
 * not parse as Python 3, a Python 2 kernel, names read above the cell that defines them.
 */
import type { Finding } from '../report';
import { cellLabel, cellLineLabel } from '../notebook/cellLabel';
import { CERTAIN_PYTHON2, NotebookRun } from './facts';

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function syntaxFindings(path: string, run: NotebookRun): Finding[] {
  const [first, ...rest] = run.syntax;
  if (!first) {
    return run.python2Kernel
      ? [
          {
            // Advice: the code runs on Python 3 as it is; only the saved kernel choice is stale.
            status: 'info',
            code: 'notebooks.python2-kernel',
            message: 'Saved with a Python 2 kernel, though its code parses as Python 3: choose a Python 3 kernel and save again',
            path
          }
        ]
      : [];
  }
  // The headline is a certain idiom (a print statement) rather than a backtick that may be SQL.
  const python2 = run.syntax.find(s => s.python2 && CERTAIN_PYTHON2.has(s.python2)) ?? run.syntax.find(s => s.python2);
  const more = rest.length ? ` (and ${rest.length} more line${rest.length === 1 ? '' : 's'})` : '';
  const evidence = rest.length ? { evidence: rest.map(s => ({ path, cell: s.cell, line: s.line })) } : {};
  if (python2) {
    // Under its own Python 2 kernel the notebook runs, on an end-of-life Python: a warning; otherwise it cannot run.
    const kernel = run.python2Kernel ? ', and it was saved with a Python 2 kernel' : '';
    return [
      {
        status: run.python2Kernel ? 'warn' : 'fail',
        code: 'notebooks.python2-syntax',
        message:
          `${capitalised(cellLineLabel(python2.cell, python2.line))} is Python 2 (${python2.python2})${more}: ` +
          `the notebook does not run on Python 3${kernel}; port it (print(), "except E as e")`,
        path,
        cell: python2.cell,
        line: python2.line,
        ...(run.syntax.length > 1 ? { evidence: run.syntax.filter(s => s !== python2).map(s => ({ path, cell: s.cell, line: s.line })) } : {})
      }
    ];
  }
  if (!run.saysPython) {
    // A notebook without language metadata that does not parse may be in another language (Julia, R).
    return [];
  }
  return [
    {
      status: 'fail',
      code: 'notebooks.syntax-error',
      message: `${capitalised(cellLineLabel(first.cell, first.line))} does not parse as Python 3${more}, so Restart & Run All stops there`,
      path,
      cell: first.cell,
      line: first.line,
      ...evidence
    }
  ];
}

function lateNameFindings(path: string, run: NotebookRun): Finding[] {
  const [first, ...rest] = run.lateNames;
  if (!first) {
    return [];
  }
  const how = first.via ? ` (through ${first.via}(), called there)` : '';
  const more = rest.length ? ` (and ${rest.length} more name${rest.length === 1 ? '' : 's'}: ${rest.slice(0, 5).map(l => l.name).join(', ')})` : '';
  return [
    {
      status: 'fail',
      code: 'notebooks.use-before-define',
      message:
        `"${first.name}" is read in ${cellLabel(first.read.cell)}${how} but first defined in ${cellLabel(first.defined.cell)}${more}: ` +
        'Restart & Run All stops with a NameError; move the definition up',
      path,
      cell: first.read.cell,
      line: first.read.line,
      ...(rest.length ? { evidence: rest.map(l => ({ path, cell: l.read.cell, line: l.read.line })) } : {})
    }
  ];
}

export function notebookRunFindings(path: string, run: NotebookRun): Finding[] {
  const syntax = syntaxFindings(path, run);
  // Code that does not parse says nothing reliable about its names.
  const broken = run.syntax.length > 0;
  return [...syntax, ...(broken ? [] : lateNameFindings(path, run))];
}
