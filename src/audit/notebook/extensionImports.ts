/**
 * IPython extensions a notebook loads: `%load_ext rpy2.ipython`, `%reload_ext tensorboard`, `load_ext sql`
 * (automagic). IPython imports the named module to load it, so the package that provides it is a dependency
 * like any import — while the Python parser sees the line as the `pass` it stands in for (magics.ts).
 */
import type { PyImport } from '../python/types';
import { pythonLinesOfCell } from './magics';
import type { ParsedNotebook } from './parse';
import { isPythonNotebook } from './code';

/** Extensions IPython ships (`IPython.extensions.*`): they need no package of their own. */
const IPYTHON_EXTENSIONS = new Set(['autoreload', 'storemagic']);

const LOAD_EXT = /^%{0,1}(?:re)?load_ext\s+([A-Za-z_][\w.]*)\s*$/;

/**
 * The modules a Python notebook's code cells load as extensions, as imports at their line of the joined
 * source `notebookCode` builds (cells one after the other, line for line), so that `evidence` maps them back.
 */
export function extensionImports(notebook: ParsedNotebook): PyImport[] {
  // Most notebooks load none: they are not scanned line by line.
  if (!isPythonNotebook(notebook) || !notebook.cells.some(c => c.cellType === 'code' && c.source.includes('load_ext'))) {
    return [];
  }
  const imports: PyImport[] = [];
  let line = 0;
  let offset = 0;
  for (const cell of notebook.cells) {
    if (cell.cellType !== 'code') {
      continue;
    }
    const lines = cell.source.split('\n');
    if (lines[lines.length - 1] === '') {
      lines.pop();
    }
    const python = pythonLinesOfCell(lines);
    lines.forEach((text, i) => {
      // Only a line IPython takes as the magic (a logical line's start, outside another cell magic's body).
      const match = python[i].trim() === 'pass' ? LOAD_EXT.exec(text.trim()) : null;
      const module = match?.[1];
      if (module && !IPYTHON_EXTENSIONS.has(module)) {
        imports.push({ module, local: module.split('.')[0], line: line + i + 1, offset: offset + python[i].indexOf('pass') });
      }
      offset += python[i].length + 1;
    });
    line += lines.length;
  }
  return imports;
}
