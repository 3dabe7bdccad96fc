/**
 * The R packages a repo's R code loads: `library(pkg)`, `require("pkg")`, `requireNamespace('pkg')` and
 * `pkg::fun`, in `.R` files, in the R chunks of `.Rmd`/`.qmd` documents and in notebooks (every code cell of an
 * R-kernel notebook, the `%%R` cells of a Python one, which rpy2 runs in R), base R's own packages left
 * out; and where the code installs packages itself (`install.packages(...)`), as analyses that set up
 * their own library do. Read by a line scan (no R parser here): comments are dropped, strings kept.
 */
import { defineFact } from '../facts';
import type { ParsedNotebook } from '../notebook/parse';
import { NOTEBOOKS } from '../notebook/facts';
import type { Evidence } from '../report';
import { normalizeName } from './normalizeName';
import type { DependencyFile } from './types';

/** Packages every R installation has: they need no declaration. */
const BASE_R = new Set([
  'base', 'stats', 'utils', 'methods', 'graphics', 'grDevices', 'datasets', 'tools', 'parallel', 'grid',
  'splines', 'stats4', 'tcltk', 'compiler'
]);

export interface RPackageUse {
  name: string;
  path: string;
  /** 1-based; within the cell for a notebook. */
  line: number;
  /** For notebooks: the 0-based cell index. */
  cell?: number;
}

/** Where a use is, as evidence. */
export function rUseEvidence(use: RPackageUse): Evidence {
  return rLineEvidence(use, use.line);
}

export interface RCode {
  /** Each package at its first place, in path order. */
  uses: RPackageUse[];
  /** The first `install.packages(...)` call: the code installs what it needs at run time. */
  installs?: Evidence;
}

const LOAD_CALL = /\b(?:library|require|requireNamespace)\s*\(\s*(["']?)([A-Za-z][A-Za-z0-9.]*)\1\s*([,)])/g;
const NAMESPACE_USE = /(?:^|[^A-Za-z0-9._$@])([A-Za-z][A-Za-z0-9.]*):::?[A-Za-z._`]/g;
const CHUNK_OPEN = /^\s*```+\s*\{r\b/i;
const CHUNK_CLOSE = /^\s*```+\s*$/;

/** The line without its comment: a '#' outside quotes starts one. */
function withoutComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') {
        i++;
      } else if (c === quote) {
        quote = '';
      }
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#') {
      return line.slice(0, i);
    }
  }
  return line;
}

/** The R code lines of a file, with their 1-based numbers: all of an .R file, the R chunks of a document. */
function rLines(path: string, text: string): Array<{ text: string; line: number }> {
  const lines = text.split(/\r\n|\r|\n/);
  const isScript = /\.r$/i.test(path);
  const out: Array<{ text: string; line: number }> = [];
  let inChunk = false;
  lines.forEach((raw, i) => {
    if (!isScript) {
      if (!inChunk) {
        inChunk = CHUNK_OPEN.test(raw);
        return;
      }
      if (CHUNK_CLOSE.test(raw)) {
        inChunk = false;
        return;
      }
    }
    out.push({ text: withoutComment(raw), line: i + 1 });
  });
  return out;
}

/** What one file's R code loads and installs. */
export function rCodeOf(path: string, text: string): RCode {
  return rCodeOfLines(path, rLines(path, text));
}

/** The R of a notebook's code cells, each line with its number within its cell. */
function rCellsOf(notebook: ParsedNotebook): Array<{ cell: number; lines: Array<{ text: string; line: number }> }> {
  const rKernel = notebook.language === 'r' || (!notebook.language && /^ir$/i.test(notebook.kernelName ?? ''));
  const cells: Array<{ cell: number; lines: Array<{ text: string; line: number }> }> = [];
  for (const cell of notebook.cells) {
    if (cell.cellType !== 'code') {
      continue;
    }
    const lines = cell.source.split(/\r\n|\r|\n/);
    const first = lines.findIndex(l => l.trim() !== '');
    // `%%R -i df -w 800`: the cell's first line opens it; the rest is R.
    const rMagic = !rKernel && first >= 0 && /^%%R(\s|$)/.test(lines[first].trim());
    if (rKernel || rMagic) {
      const start = rMagic ? first + 1 : 0;
      cells.push({ cell: cell.index, lines: lines.slice(start).map((text, i) => ({ text: withoutComment(text), line: start + i + 1 })) });
    }
  }
  return cells;
}

function rCodeOfLines(path: string, lines: ReadonlyArray<{ text: string; line: number }>): RCode {
  const uses: RPackageUse[] = [];
  let installs: Evidence | undefined;
  const seen = new Set<string>();
  const add = (name: string, line: number): void => {
    if (!BASE_R.has(name) && !seen.has(name)) {
      seen.add(name);
      uses.push({ name, path, line });
    }
  };
  for (const { text: code, line } of lines) {
    for (const m of code.matchAll(LOAD_CALL)) {
      // library(p, character.only = TRUE): p is a variable holding the name.
      if (!(m[3] === ',' && /character\.only/.test(code.slice(m.index)))) {
        add(m[2], line);
      }
    }
    for (const m of code.matchAll(NAMESPACE_USE)) {
      add(m[1], line);
    }
    if (!installs && /\binstall\.packages\s*\(/.test(code)) {
      installs = { path, line };
    }
  }
  return installs ? { uses, installs } : { uses };
}

/** R code files of the repo: scripts and R Markdown / Quarto documents. */
const R_FILE = /\.(r|rmd|qmd)$/i;

/** A piece of the repo's R code: a file's R lines, or one R cell of a notebook, each line with its number. */
export interface RCodePiece {
  path: string;
  /** For a notebook's R cell: its 0-based index, and line numbers are within the cell. */
  cell?: number;
  lines: ReadonlyArray<{ text: string; line: number }>;
}

/**
 * A call of one of `names` (regex sources, `xgb\\.train`) in a line of R, the name captured: not the tail of a
 * longer name (`my_sample(`), nor a field (`x$sample(`) or slot (`x@sample(`).
 */
export function rCallPattern(names: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^\\w.$@])(${names.join('|')})\\s*\\(`);
}

/** Where a line of a piece of R code is, as evidence. */
export function rLineEvidence(piece: Pick<RCodePiece, 'path' | 'cell'>, line: number): Evidence {
  return { path: piece.path, line, ...(piece.cell !== undefined && { cell: piece.cell }) };
}

/** Every piece of R code, in path order (a notebook's cells in cell order): what every R-reading check reads. */
export const R_PIECES = defineFact<RCodePiece[]>('deps.rPieces', async facts => {
  const pieces: RCodePiece[] = [];
  const files = facts.files.filter(f => R_FILE.test(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of files) {
    const { text } = await facts.text(file.path);
    if (text !== undefined) {
      pieces.push({ path: file.path, lines: rLines(file.path, text) });
    }
  }
  for (const file of await facts.get(NOTEBOOKS)) {
    if (file.notebook) {
      pieces.push(...rCellsOf(file.notebook).map(({ cell, lines }) => ({ path: file.path, cell, lines })));
    }
  }
  return pieces;
});

export const R_CODE = defineFact<RCode>('deps.rCode', async facts => {
  const uses: RPackageUse[] = [];
  let installs: Evidence | undefined;
  const seen = new Set<string>();
  for (const piece of await facts.get(R_PIECES)) {
    const code = rCodeOfLines(piece.path, piece.lines);
    const atCell = <T extends object>(x: T): T => (piece.cell === undefined ? x : { ...x, cell: piece.cell });
    installs = installs ?? (code.installs && atCell(code.installs));
    for (const use of code.uses) {
      if (!seen.has(use.name)) {
        seen.add(use.name);
        uses.push(atCell(use));
      }
    }
  }
  return installs ? { uses, installs } : { uses };
});

/** What the R code loads that no R declaration names (install.R, renv.lock; a DESCRIPTION declares them all). */
export interface UndeclaredR {
  packages: RPackageUse[];
  /** The code installs packages itself and no R declaration exists at all. */
  selfInstall?: Evidence;
}

export function undeclaredRPackages(code: RCode, files: readonly DependencyFile[], hasDescription: boolean): UndeclaredR {
  if (hasDescription) {
    return { packages: [] };
  }
  const rFiles = files.filter(f => f.format === 'install.R' || /(^|\/)renv\.lock$/i.test(f.path));
  const declared = new Set(rFiles.flatMap(f => [...f.packages.map(p => p.normalized), ...(f.locked ?? [])].map(normalizeName)));
  const packages = code.uses.filter(u => !declared.has(normalizeName(u.name)));
  return !packages.length && !rFiles.length && code.installs ? { packages, selfInstall: code.installs } : { packages };
}
