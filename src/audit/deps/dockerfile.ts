/**
 * A Dockerfile, read as text: the packages its RUN instructions install with pip or conda (so they
 * count as declared and are judged for pins), the requirements files it installs with `pip install
 * -r` (traced back through COPY/ADD and WORKDIR to the repo's files), and its final stage's base
 * image and USER.
 */
import { condaPackage, parseCondaSpec } from './condaSpec';
import { parseRequirementLine } from './requirementsTxt';
import type { DockerfileInstall, DockerfileSummary, ParsedDeclaration } from './types';

interface Instruction {
  keyword: string;
  /** Arguments, continuation lines joined with '\n' so offsets map back to lines. */
  args: string;
  line: number;
}

function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let current: Instruction | undefined;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (current) {
      if (/^\s*#/.test(raw)) {
        // Comment lines inside a continued instruction are dropped by Docker; keep the line count.
        current.args += '\n';
        return;
      }
      const continued = /\\\s*$/.test(raw);
      current.args += '\n' + (continued ? raw.replace(/\\\s*$/, '') : raw);
      if (!continued) {
        out.push(current);
        current = undefined;
      }
      return;
    }
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(raw);
    if (!m || /^\s*#/.test(raw)) {
      return;
    }
    const continued = /\\\s*$/.test(m[2]);
    const instruction = { keyword: m[1].toUpperCase(), args: continued ? m[2].replace(/\\\s*$/, '') : m[2], line: i + 1 };
    if (continued) {
      current = instruction;
    } else {
      out.push(instruction);
    }
  });
  if (current) {
    out.push(current);
  }
  return out;
}

interface Token {
  text: string;
  /** Offset in the instruction's args. */
  at: number;
}

/** Shell words, with quotes removed; command separators become their own tokens. */
function shellWords(script: string): Token[] {
  const out: Token[] = [];
  // Continuation lines were joined with '\n': a newline here is only whitespace.
  const re = /(&&|\|\||[;|])|"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s;&|"']+)/g;
  let word: Token | undefined;
  let lastEnd = -1;
  for (const m of script.matchAll(re)) {
    if (m[1] !== undefined) {
      word = undefined;
      out.push({ text: m[1], at: m.index! });
      lastEnd = -1;
      continue;
    }
    const piece = m[2] ?? m[3] ?? m[4] ?? '';
    if (word && lastEnd === m.index) {
      // Adjacent pieces form one word: numpy"==1.2".
      word.text += piece;
    } else {
      word = { text: piece, at: m.index! };
      out.push(word);
    }
    lastEnd = m.index! + m[0].length;
  }
  return out;
}

const PIP_OPTIONS_WITH_VALUE = new Set([
  '-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-f', '--find-links',
  '-t', '--target', '--prefix', '--root', '--trusted-host', '--platform', '--python-version', '--implementation',
  '--abi', '--src', '--upgrade-strategy', '--progress-bar', '--cache-dir', '--log', '--proxy', '--retries',
  '--timeout', '--exists-action', '--cert', '--client-cert', '--global-option', '--config-settings', '-C', '--python'
]);
const CONDA_OPTIONS_WITH_VALUE = new Set([
  '-c', '--channel', '-n', '--name', '-p', '--prefix', '--file', '--repodata-fn', '--solver', '--platform', '--subdir'
]);

type Installer = 'pip' | 'conda';

/** Where the package arguments start, for `pip install`, `python -m pip install`, `uv pip install`, `conda install`. */
function installerAt(words: string[], i: number): { installer: Installer; next: number } | undefined {
  const w = words[i];
  if (/^pip(\d+(\.\d+)?)?$/.test(w) && words[i + 1] === 'install') {
    return { installer: 'pip', next: i + 2 };
  }
  if (/^(python|python\d+(\.\d+)?)$/.test(w) && words[i + 1] === '-m' && words[i + 2] === 'pip' && words[i + 3] === 'install') {
    return { installer: 'pip', next: i + 4 };
  }
  if (w === 'uv' && words[i + 1] === 'pip' && words[i + 2] === 'install') {
    return { installer: 'pip', next: i + 3 };
  }
  if (/^(conda|mamba|micromamba)$/.test(w) && (words[i + 1] === 'install' || words[i + 1] === 'create')) {
    return { installer: 'conda', next: i + 2 };
  }
  return undefined;
}

export interface ParsedDockerfile extends ParsedDeclaration {
  summary: DockerfileSummary;
}

/** A POSIX path with `.` and `..` resolved; `absolute` paths keep their leading '/'. */
function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') {
      parts.pop();
    } else if (part && part !== '.') {
      parts.push(part);
    }
  }
  return (absolute ? '/' : '') + parts.join('/');
}

/** An image path: absolute as written, else under the WORKDIR in force. */
function imagePath(path: string, workdir: string): string {
  return normalizePath(path.startsWith('/') ? path : `${workdir}/${path}`);
}

/** A COPY/ADD from the build context: repo-relative sources into an image path. */
interface Copy {
  sources: string[];
  dest: string;
  /** The destination is a folder: it ends with '/', or several sources go there. */
  intoFolder: boolean;
}

function readCopy(args: string, workdir: string): Copy | undefined {
  let words: string[];
  const exec = /^\s*\[([\s\S]*)\]\s*$/.exec(args);
  try {
    words = exec ? (JSON.parse(`[${exec[1]}]`) as unknown[]).map(String) : shellWords(args).map(t => t.text);
  } catch {
    words = shellWords(args).map(t => t.text);
  }
  // --from copies from another stage or image, not from the repo.
  if (words.some(w => w.startsWith('--from'))) {
    return undefined;
  }
  words = words.filter(w => !w.startsWith('--'));
  if (words.length < 2) {
    return undefined;
  }
  const dest = words[words.length - 1];
  const sources = words.slice(0, -1).filter(w => !/^[a-z]+:\/\//i.test(w)).map(normalizePath);
  return { sources, dest: imagePath(dest, workdir), intoFolder: dest.endsWith('/') || words.length > 2 };
}

/** Repo files an image path may come from, through the copies in force (latest first). */
function repoCandidates(target: string, copies: readonly Copy[]): string[] {
  const out: string[] = [];
  for (const copy of [...copies].reverse()) {
    for (const source of copy.sources) {
      if (target === copy.dest && !copy.intoFolder) {
        out.push(source);
      } else if (target.startsWith(copy.dest === '/' ? '/' : copy.dest + '/')) {
        const rest = target.slice(copy.dest === '/' ? 1 : copy.dest.length + 1);
        // A file copied into a folder keeps its name; a folder's contents land in the folder.
        if (source.slice(source.lastIndexOf('/') + 1) === rest) {
          out.push(source);
        }
        out.push(source ? `${source}/${rest}` : rest);
      }
    }
    if (out.length) {
      break;
    }
  }
  return [...new Set(out)];
}

export function parseDockerfile(text: string, path: string): ParsedDockerfile {
  const result: ParsedDockerfile = { packages: [], problems: [], includes: [], summary: {} };
  const installs: DockerfileInstall[] = [];
  let workdir = '/';
  let copies: Copy[] = [];
  for (const instruction of instructions(text)) {
    if (instruction.keyword === 'FROM') {
      const image = instruction.args.trim().split(/\s+/).find(w => !w.startsWith('--'));
      result.summary = { baseImage: image, baseLine: instruction.line };
      workdir = '/';
      copies = [];
    } else if (instruction.keyword === 'USER') {
      result.summary.user = { name: instruction.args.trim(), line: instruction.line };
    } else if (instruction.keyword === 'WORKDIR') {
      workdir = imagePath(instruction.args.trim(), workdir);
    } else if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
      const copy = readCopy(instruction.args, workdir);
      if (copy) {
        copies.push(copy);
      }
    } else if (instruction.keyword === 'RUN') {
      readRun(instruction);
    }
  }
  if (installs.length) {
    result.summary.requirementsInstalled = installs;
  }
  return result;

  function addInstall(written: string, line: number): void {
    installs.push({ written, line, candidates: repoCandidates(imagePath(written, workdir), copies) });
  }

  function readRun(instruction: Instruction): void {
    let script = instruction.args;
    const exec = /^\s*\[([\s\S]*)\]\s*$/.exec(script);
    if (exec) {
      try {
        const parts = JSON.parse(`[${exec[1]}]`) as unknown[];
        script = parts.map(String).join(' ');
      } catch {
        // Not valid JSON: Docker runs it as a shell command, and so do we.
      }
    }
    const tokens = shellWords(script);
    const words = tokens.map(t => t.text);
    const lineOf = (token: Token): number => instruction.line + script.slice(0, token.at).split('\n').length - 1;
    for (let i = 0; i < words.length; i++) {
      const found = installerAt(words, i);
      if (!found) {
        continue;
      }
      const withValue = found.installer === 'pip' ? PIP_OPTIONS_WITH_VALUE : CONDA_OPTIONS_WITH_VALUE;
      let j = found.next;
      for (; j < words.length && !['&&', '||', ';', '|'].includes(words[j]); j++) {
        const word = words[j];
        if (found.installer === 'pip' && (word === '-r' || word === '--requirement') && j + 1 < words.length) {
          addInstall(words[j + 1], lineOf(tokens[j + 1]));
        } else if (found.installer === 'pip' && /^(--requirement=|-r)./.test(word)) {
          addInstall(word.replace(/^(--requirement=|-r)/, ''), lineOf(tokens[j]));
        }
        if (word.startsWith('-')) {
          if (withValue.has(word)) {
            j++;
          }
          continue;
        }
        if (word.includes('$')) {
          continue;
        }
        addPackage(found.installer, word, lineOf(tokens[j]));
      }
      i = j;
    }
  }

  function addPackage(installer: Installer, word: string, line: number): void {
    if (installer === 'pip') {
      const parsed = parseRequirementLine(word, path, line);
      if (parsed.package) {
        result.packages.push(parsed.package);
      }
      return;
    }
    const spec = parseCondaSpec(word);
    if ('error' in spec) {
      return;
    }
    result.packages.push(condaPackage(spec, path, line));
  }
}
