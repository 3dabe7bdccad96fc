/**
 * What a shell command writes, as far as its words tell: the files and folders that downloads
 * (`wget`, `curl`, `gdown`, `gsutil cp`, `aws s3 cp`, `kaggle ... download`), copies and archive
 * extractions (`unzip -d`, `tar -x -C`) leave behind. Paths are relative to the command's working
 * directory; words holding a shell variable (`$name`) are unknown and skipped.
 */

export interface ShellWrite {
  path: string;
  /** The command fills a folder (`wget -P data/`, `unzip x.zip -d data`): anything under it is provided. */
  folder: boolean;
  /** Files of unknown names land directly in this folder (an archive unpacked where it is). */
  loose?: boolean;
}

/** What an archive unpacked in place may leave: its own-named folder, or loose files beside it. */
function unpackedInPlace(stem: string | undefined): ShellWrite[] {
  return [...(stem ? [{ path: stem, folder: true }] : []), { path: '.', folder: true, loose: true }];
}

/** Words of one command, quotes removed; a word with an unexpanded variable is undefined. */
function wordsOf(command: string): Array<string | undefined> {
  const words: Array<string | undefined> = [];
  for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    const word = match[1] ?? match[2] ?? match[3];
    words.push(/\$|`/.test(word) && match[2] === undefined ? undefined : word);
  }
  return words;
}

/** Commands of a line: `a && b; c | d` -> a, b, c, d. */
function commandsOf(line: string): string[] {
  return line.split(/&&|\|\||;|\|/).map(c => c.trim()).filter(Boolean);
}

const URL = /^(https?|ftp|gs|s3):\/\//i;

/** The file name a URL's path ends with ('https://h/a/b.txt?x=1' -> 'b.txt'), if it has one. */
export function urlBaseName(url: string): string | undefined {
  const path = url.replace(/[?#].*$/, '').replace(/^[a-z0-9]+:\/\/[^/]*/i, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name && name.includes('.') ? name : undefined;
}

function join(dir: string | undefined, name: string): string {
  return dir && dir !== '.' ? `${dir.replace(/\/+$/, '')}/${name}` : name;
}

/** The value of an option given as `-o v`, `-ov`, `--output v` or `--output=v`. */
function optionValue(words: Array<string | undefined>, short: string[], long: string[]): string | undefined | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined) {
      continue;
    }
    for (const name of long) {
      if (word === name) {
        // A value that is a variable is present but unknown (undefined); no value at all is absence.
        return i + 1 < words.length ? words[i + 1] : null;
      }
      if (word.startsWith(name + '=')) {
        return word.slice(name.length + 1);
      }
    }
    for (const name of short) {
      if (word === name) {
        // A value that is a variable is present but unknown (undefined); no value at all is absence.
        return i + 1 < words.length ? words[i + 1] : null;
      }
      if (word.startsWith(name) && word.length > name.length && !word.startsWith('--')) {
        return word.slice(name.length);
      }
    }
  }
  // null: absent; undefined: present but unknown (a variable).
  return null;
}

/** Positional words (not options, nor the values of the options listed). */
function operands(words: Array<string | undefined>, valued: string[]): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (word !== undefined && word.startsWith('-')) {
      if (valued.includes(word)) {
        i++;
      }
      continue;
    }
    out.push(word);
  }
  return out;
}

function wget(words: Array<string | undefined>): ShellWrite[] {
  const output = optionValue(words, ['-O'], ['--output-document']);
  if (output !== null) {
    return output && output !== '-' ? [{ path: output, folder: false }] : [];
  }
  const prefix = optionValue(words, ['-P'], ['--directory-prefix']);
  if (prefix === undefined) {
    return [];
  }
  const urls = operands(words, ['-P', '-O', '-o', '-a', '-i', '-t', '-T', '-U', '--user', '--password', '-e']);
  return urls.flatMap(url => {
    const name = url && URL.test(url) ? urlBaseName(url) : undefined;
    return name ? [{ path: join(prefix ?? undefined, name), folder: false }] : [];
  });
}

function curl(words: Array<string | undefined>): ShellWrite[] {
  const output = optionValue(words, ['-o'], ['--output']);
  if (output !== null) {
    return output ? [{ path: output, folder: false }] : [];
  }
  if (!words.some(w => w === '-O' || w === '--remote-name' || (w !== undefined && /^-[a-zA-Z]*O[a-zA-Z]*$/.test(w)))) {
    return [];
  }
  const urls = operands(words, ['-o', '-H', '-d', '-u', '-X', '-A', '-e', '--header', '--data']);
  return urls.flatMap(url => {
    const name = url && URL.test(url) ? urlBaseName(url) : undefined;
    return name ? [{ path: name, folder: false }] : [];
  });
}

/** `cp`/`mv`/`gsutil cp`/`aws s3 cp`: the last operand is the target, a folder when several sources or a trailing `/`. */
function copy(args: Array<string | undefined>): ShellWrite[] {
  const paths = args.filter(a => a === undefined || !a.startsWith('-'));
  if (paths.length < 2) {
    return [];
  }
  const target = paths[paths.length - 1];
  if (target === undefined || URL.test(target)) {
    return [];
  }
  const sources = paths.slice(0, -1);
  if (target === '.' || target.endsWith('/') || sources.length > 1) {
    return sources.flatMap((src): ShellWrite[] => {
      const name = src && (URL.test(src) ? urlBaseName(src) : src.slice(src.lastIndexOf('/') + 1));
      // An unknown name into a named folder fills that folder; into '.', it says nothing.
      if (name) {
        return [{ path: join(target, name), folder: false }];
      }
      return target === '.' ? [] : [{ path: target.replace(/\/+$/, ''), folder: true }];
    });
  }
  return [{ path: target, folder: args.includes('-r') || args.includes('-R') }];
}

/** The folder an archive may unpack to when no target is given: its own stem, as many archives hold. */
function archiveStem(archive: string | undefined): string | undefined {
  if (!archive) {
    return undefined;
  }
  const stem = archive.replace(/\.(zip|tar\.gz|tgz|tar\.bz2|tbz2|tar\.xz|txz|tar)$/i, '');
  return stem === archive ? undefined : stem;
}

function unzip(words: Array<string | undefined>): ShellWrite[] {
  const target = optionValue(words, ['-d'], []);
  if (target !== null) {
    return target ? [{ path: target, folder: true }] : [];
  }
  return unpackedInPlace(archiveStem(operands(words, ['-d', '-x'])[0]));
}

function tar(words: Array<string | undefined>): ShellWrite[] {
  const mode = words[1];
  if (!mode || !/^-?[a-zA-Z]*x/.test(mode)) {
    return [];
  }
  const target = optionValue(words, ['-C'], ['--directory']);
  if (target !== null) {
    return target ? [{ path: target, folder: true }] : [];
  }
  const file = optionValue(words, ['-f'], ['--file']) ?? words.find(w => w !== undefined && archiveStem(w) !== undefined);
  return unpackedInPlace(archiveStem(file ?? undefined));
}

function kaggle(words: Array<string | undefined>): ShellWrite[] {
  if (words[2] !== 'download') {
    return [];
  }
  const folder = optionValue(words, ['-p'], ['--path']);
  if (folder !== null) {
    return folder ? [{ path: folder, folder: true }] : [];
  }
  const name = optionValue(words, ['-d', '-c'], ['--dataset', '--competition']) ?? words[3];
  const last = name?.slice(name.lastIndexOf('/') + 1);
  return last ? [{ path: `${last}.zip`, folder: false }] : [];
}

function gdown(words: Array<string | undefined>): ShellWrite[] {
  const output = optionValue(words, ['-O'], ['--output']);
  return output ? [{ path: output.replace(/\/+$/, ''), folder: output.endsWith('/') }] : [];
}

/** The files and folders one shell line writes. */
export function shellWrites(line: string): ShellWrite[] {
  const writes: ShellWrite[] = [];
  for (const command of commandsOf(line.replace(/^\s*!+/, ''))) {
    const words = wordsOf(command).filter((w, i) => i > 0 || w !== 'sudo');
    const [tool, sub] = words;
    if (tool === 'wget') {
      writes.push(...wget(words));
    } else if (tool === 'curl') {
      writes.push(...curl(words));
    } else if (tool === 'gdown') {
      writes.push(...gdown(words));
    } else if (tool === 'cp' || tool === 'mv') {
      writes.push(...copy(words.slice(1)));
    } else if (tool === 'gsutil') {
      const at = words.indexOf('cp');
      writes.push(...(at > 0 ? copy(words.slice(at + 1)) : []));
    } else if (tool === 'aws' && sub === 's3' && (words[2] === 'cp' || words[2] === 'sync')) {
      writes.push(...copy(words.slice(3)));
    } else if (tool === 'kaggle') {
      writes.push(...kaggle(words));
    } else if (tool === 'unzip') {
      writes.push(...unzip(words));
    } else if (tool === 'tar') {
      writes.push(...tar(words));
    }
  }
  return writes.filter(w => w.path && !URL.test(w.path));
}
