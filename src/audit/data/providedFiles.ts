/**
 * Files and folders the repo's own code provides before anything reads them: what its shell steps
 * download or unpack (a notebook's `!wget`, a `download.sh`, `os.system("wget ...")`), and the
 * folders Python downloaders fill (`torchvision.datasets.MNIST(root, download=True)`, `extractall(dir)`,
 * `kaggle ... dataset_download_files(path=dir)`, `hf_hub_download(local_dir=dir)`, `gdown.download(url, out)`,
 * `wget.download(url)` into the URL's file name).
 * A read of such a path is not a missing file. Exact Python writes (`urlretrieve`, `open(p, 'w')`) are
 * fileAccess.ts's.
 */
import { defineFact } from '../facts';
import { baseName, dirName } from '../reader';
import { NOTEBOOKS } from '../notebook/facts';
import { PYTHON_UNITS, PythonUnit } from '../python/units';
import type { PyCall } from '../python/types';
import { moduleNamesBefore } from '../uses/bindings';
import { evaluatePathExpression, NameLookup, resolveAgainst } from '../uses/pathExpression';
import { commandTemplate } from './commandTemplate';
import { ShellWrite, shellWrites, urlBaseName } from './shellWrites';

export interface ProvidedFiles {
  /** Whether the repo's code writes this repo-relative path, or a folder holding it. */
  provides(path: string): boolean;
}

class ProvidedPaths implements ProvidedFiles {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly looseFolders = new Set<string>();

  /** Record a write made from any of the working directories (a notebook's folder, the root...). */
  add(write: ShellWrite, workingDirs: readonly string[]): void {
    // Files of unknown names are credited to the likeliest working directory only.
    for (const dir of write.loose ? workingDirs.slice(0, 1) : workingDirs) {
      const resolved = resolveAgainst(dir, write.path);
      if (resolved.outside) {
        continue;
      }
      const path = resolved.path === '.' ? '' : resolved.path;
      (write.loose ? this.looseFolders : write.folder ? this.folders : this.files).add(path);
    }
  }

  provides(path: string): boolean {
    if (this.files.has(path) || this.looseFolders.has(dirName(path))) {
      return true;
    }
    for (let dir = dirName(path); ; dir = dirName(dir)) {
      if (this.folders.has(dir) && dir !== '') {
        return true;
      }
      if (!dir) {
        return false;
      }
    }
  }
}

/** Shell lines of a notebook's code cells: `!cmd` lines, and the bodies of `%%bash`/`%%sh` cells. */
export function notebookShellLines(cellSources: readonly string[]): string[] {
  const lines: string[] = [];
  for (const source of cellSources) {
    const cellLines = source.split('\n');
    if (/^%%(bash|sh|script\s+(ba)?sh)\b/.test(cellLines[0]?.trim() ?? '')) {
      lines.push(...joinContinuations(cellLines.slice(1)));
      continue;
    }
    lines.push(...cellLines.filter(l => l.trimStart().startsWith('!')).map(l => l.trimStart().slice(1)));
  }
  return lines;
}

/** A shell script's commands: comments dropped, `\`-continued lines joined. */
function joinContinuations(lines: readonly string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const raw of lines) {
    const line = raw.replace(/(^|\s)#.*$/, '');
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' ';
      continue;
    }
    out.push(pending + line);
    pending = '';
  }
  if (pending) {
    out.push(pending);
  }
  return out;
}

function isShellScript(path: string): boolean {
  return /\.(sh|bash)$/i.test(path) || baseName(path) === 'Makefile';
}

/**
 * The shell text a Python call runs: `os.system("wget ...")`, `subprocess.run(["wget", url, "-O", p])`; a
 * command built at run time (`'unzip {}'.format(name)`) with its names' values where the code assigned them
 * literally, else with those parts unknown.
 */
function shellOfCall(call: PyCall, names: () => NameLookup): string | undefined {
  const q = call.qualified ?? '';
  if (q !== 'os.system' && !q.startsWith('subprocess.')) {
    return undefined;
  }
  const arg = call.positional[0]?.trim();
  if (!arg) {
    return undefined;
  }
  if (arg.startsWith('[')) {
    const words = [...arg.matchAll(/(["'])(.*?)\1|([A-Za-z_]\w*)/g)].map(m => (m[2] !== undefined ? m[2] : '$' + m[3]));
    return words.join(' ');
  }
  return evaluatePathExpression(arg) ?? evaluatePathExpression(arg, names()) ?? commandTemplate(arg);
}

/** The folder (or file) a Python downloader or extractor fills, as the code names it. */
function pythonWrite(call: PyCall): { text: string; folder: boolean; loose?: boolean; urlName?: boolean } | undefined {
  const name = call.qualified ?? call.text;
  const last = name.slice(name.lastIndexOf('.') + 1);
  const k = call.keywords;
  if (k.download === 'True') {
    // torchvision/torchaudio/torchtext datasets: the root folder.
    const root = k.root ?? call.positional[0];
    return root === undefined ? undefined : { text: root, folder: true };
  }
  if (last === 'extractall') {
    const target = k.path ?? call.positional[0];
    // No target: the archive's members, unnamed in the code, land in the working directory.
    return target === undefined ? { text: "'.'", folder: true, loose: true } : { text: target, folder: true };
  }
  if (last === 'unpack_archive') {
    const target = k.extract_dir ?? call.positional[1];
    return target === undefined ? undefined : { text: target, folder: true };
  }
  if (last === 'dataset_download_files' || last === 'competition_download_files') {
    return k.path === undefined ? undefined : { text: k.path, folder: true };
  }
  if (last === 'hf_hub_download' || last === 'snapshot_download') {
    return k.local_dir === undefined ? undefined : { text: k.local_dir, folder: true };
  }
  if (name === 'gdown.download') {
    const output = k.output ?? call.positional[1];
    return output === undefined ? undefined : { text: output, folder: false };
  }
  if (name === 'wget.download' && (k.out ?? call.positional[1]) === undefined && call.positional[0] !== undefined) {
    // Without `out`, the wget module saves under the URL's own file name.
    return { text: call.positional[0], folder: false, urlName: true };
  }
  return undefined;
}

/** A notebook runs in its folder, a script usually from the root (either may hold). */
function workingDirsOf(path: string, kind: 'notebook' | 'script'): string[] {
  const own = dirName(path);
  return kind === 'notebook' ? [own, ''] : ['', own];
}

function addPythonWrites(provided: ProvidedPaths, unit: PythonUnit): void {
  const dirs = workingDirsOf(unit.path, unit.kind);
  for (const call of unit.analysis.calls) {
    const shell = shellOfCall(call, () => moduleNamesBefore(unit.analysis, call.offset));
    if (shell !== undefined) {
      shellWrites(shell).forEach(w => provided.add(w, dirs));
    }
    const write = pythonWrite(call);
    const value = write && evaluatePathExpression(write.text, moduleNamesBefore(unit.analysis, call.offset));
    const path = write?.urlName && value !== undefined ? urlBaseName(value) : value;
    if (write && path !== undefined) {
      provided.add({ path: path.replace(/\/+$/, '') || '.', folder: write.folder || path.endsWith('/'), loose: write.loose }, dirs);
    }
  }
}

export const PROVIDED_FILES = defineFact<ProvidedFiles>('provided-files', async facts => {
  const provided = new ProvidedPaths();
  for (const file of await facts.get(NOTEBOOKS)) {
    const sources = file.notebook?.cells.filter(c => c.cellType === 'code').map(c => c.source) ?? [];
    const dirs = workingDirsOf(file.path, 'notebook');
    notebookShellLines(sources).forEach(line => shellWrites(line).forEach(w => provided.add(w, dirs)));
  }
  for (const file of facts.files.filter(f => isShellScript(f.path))) {
    const text = (await facts.text(file.path)).text;
    const dirs = workingDirsOf(file.path, 'script');
    joinContinuations(text?.split(/\r?\n/) ?? []).forEach(line => shellWrites(line).forEach(w => provided.add(w, dirs)));
  }
  for (const unit of await facts.get(PYTHON_UNITS)) {
    addPythonWrites(provided, unit);
  }
  return provided;
});
