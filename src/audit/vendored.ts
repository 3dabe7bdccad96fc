/**
 * Vendored libraries: a copy of someone else's package kept inside the repo (a folder with its own
 * packaging file and licence). Its tests, docstrings, downloads and random draws are that library's,
 * not the study's, so the tests, docs, data and seeds items leave it out. One fact, shared by them all.
 */
import { defineFact } from './facts';
import { baseName, dirName } from './reader';

/** What makes a folder a package of its own. */
const PACKAGING_FILE = /^(setup\.py|setup\.cfg|pyproject\.toml)$/;
/** A licence file: LICENSE, LICENCE.txt, COPYING, LICENSE-MIT... */
const LICENCE_FILE = /^(licen[cs]e|copying)([-._][\w.-]*)?$/i;
/** Code the study itself may hold outside a vendored folder. */
const CODE_FILE = /\.(py|ipynb|r|jl)$/i;

export interface VendoredFolders {
  /** The outermost vendored folders, repo-relative, sorted. */
  readonly folders: readonly string[];
  /** Whether a repo-relative path lies inside a vendored folder. */
  contains(path: string): boolean;
}

export function vendoredFolders(folders: readonly string[]): VendoredFolders {
  const sorted = [...folders].sort();
  return {
    folders: sorted,
    contains: path => sorted.some(folder => path.startsWith(folder + '/'))
  };
}

/** Licence texts compare equal when only their white space differs. */
function normalisedLicence(text: string | undefined): string | undefined {
  return text === undefined ? undefined : text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Folders below the root holding both a packaging file and a licence file. Not vendored: a folder
 * whose licence is the root's own (the repo's package in a sub-folder), or one holding all of the
 * repo's code (nothing would be left to judge: it is the study's own package).
 */
export const VENDORED_FOLDERS = defineFact<VendoredFolders>('vendored-folders', async facts => {
  const packaged = new Set(facts.files.map(f => f.path).filter(p => PACKAGING_FILE.test(baseName(p))).map(dirName));
  packaged.delete('');
  const licences = new Map<string, string>();
  for (const file of facts.files) {
    const dir = dirName(file.path);
    if (LICENCE_FILE.test(baseName(file.path)) && (dir === '' || packaged.has(dir)) && !licences.has(dir)) {
      licences.set(dir, file.path);
    }
  }
  const rootLicence = licences.has('')
    ? normalisedLicence((await facts.text(licences.get('')!)).text)
    : undefined;
  const candidates: string[] = [];
  for (const dir of [...packaged].sort()) {
    const licence = licences.get(dir);
    if (!licence) {
      continue;
    }
    const own = rootLicence !== undefined && normalisedLicence((await facts.text(licence)).text) === rootLicence;
    if (!own) {
      candidates.push(dir);
    }
  }
  // Only the outermost folder of nested candidates.
  const outermost = candidates.filter(dir => !candidates.some(other => other !== dir && dir.startsWith(other + '/')));
  const inside = vendoredFolders(outermost);
  const codeOutside = facts.files.some(f => CODE_FILE.test(f.path) && !inside.contains(f.path));
  return codeOutside ? inside : vendoredFolders([]);
});
