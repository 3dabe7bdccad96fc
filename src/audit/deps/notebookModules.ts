/**
 * Python modules that notebooks write themselves: a cell opening with `%%file helpers.py` or
 * `%%writefile -a helpers.py` creates the module in the notebook's folder, and so does a shell line
 * fetching one (`!wget -q https://.../framebuffer.py`, `!curl -o utils.py URL`), as course notebooks
 * made for Colab do. Once the notebook has run they are files of the repo like any other, never
 * packages to declare.
 */
import type { NotebookFile } from '../notebook/facts';
import { dirName } from '../reader';
import { resolveAgainst } from '../uses/pathExpression';
import type { RepoTree } from '../uses/repoIndex';

const WRITE_FILE_MAGIC = /^%%(?:file|writefile)\s+(?:(?:-a|--append)\s+)?(["']?)([^"'\s]+\.py)\1\s*$/;

/** A shell line running wget or curl (`!wget`, `!curl`, `%system wget`), anywhere in a cell. */
const FETCH_LINE = /^\s*(?:!|%system\s+|%sx\s+)\s*(?:wget|curl)\s/;

/** The `.py` file a wget/curl line saves: its -O/-o/--output(-document) name, else the URL's last segment. */
function fetchedPythonFile(line: string): string | undefined {
  // curl's -O takes no value (it keeps the remote name): a URL after it is no file name.
  const named = /\s(?:-O|-o|--output-document|--output)[\s=](["']?)([^"'\s|;&]+)\1/.exec(line)?.[2];
  if (named !== undefined && !named.includes('://')) {
    return named.endsWith('.py') ? named : undefined;
  }
  const url = /\bhttps?:\/\/[^\s"'|;&]+\/([A-Za-z_][A-Za-z0-9_]*\.py)(?=[\s"'|;&?#]|$)/.exec(line);
  return url?.[1];
}

/** `%run [-i] path/to/script.py [args]` at the start of a line. */
const RUN_MAGIC = /^\s*%run\s+(?:-[a-z]\s+)*(["']?)([^"'\s]+\.py)\1(\s|$)/;

/** Repo paths of the scripts a notebook runs in its namespace with `%run`. */
export function scriptsRunBy(file: NotebookFile): string[] {
  const runs = new Set<string>();
  for (const cell of file.notebook?.cells ?? []) {
    for (const line of cell.cellType === 'code' ? cell.source.split('\n') : []) {
      const target = RUN_MAGIC.exec(line)?.[2];
      const place = target === undefined ? undefined : resolveAgainst(dirName(file.path), target);
      if (place && !place.outside) {
        runs.add(place.path);
      }
    }
  }
  return [...runs];
}

/** The `.py` paths, relative to the notebook, that one code cell writes. */
function writtenByCell(source: string): string[] {
  const lines = source.split('\n');
  const first = lines.find(line => line.trim());
  const magic = first === undefined ? undefined : WRITE_FILE_MAGIC.exec(first.trim())?.[2];
  if (magic !== undefined) {
    return [magic];
  }
  return lines.filter(line => FETCH_LINE.test(line)).flatMap(line => fetchedPythonFile(line) ?? []);
}

/** Repo paths of the `.py` files the notebooks' `%%file`/`%%writefile` cells write. */
export function modulesWrittenByNotebooks(notebooks: readonly NotebookFile[]): Set<string> {
  const written = new Set<string>();
  for (const file of notebooks) {
    for (const cell of file.notebook?.cells ?? []) {
      for (const target of cell.cellType === 'code' ? writtenByCell(cell.source) : []) {
        const place = resolveAgainst(dirName(file.path), target);
        if (!place.outside) {
          written.add(place.path);
        }
      }
    }
  }
  return written;
}

/** The repo with the notebooks' written modules added, as import resolution should see it. */
export function withWrittenModules(tree: RepoTree, written: ReadonlySet<string>): RepoTree {
  if (!written.size) {
    return tree;
  }
  const dirs = new Set(tree.dirs);
  for (const path of written) {
    for (let dir = dirName(path); dir && !dirs.has(dir); dir = dirName(dir)) {
      dirs.add(dir);
    }
  }
  return { has: path => tree.has(path) || written.has(path), dirs };
}
