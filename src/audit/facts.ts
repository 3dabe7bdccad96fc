/**
 * Shared, lazily computed facts about the repo ("fixtures" in repo-review's words): the file list,
 * file texts, parsed notebooks, the Python analysis, the dependency specs. Each is computed once, on
 * first request, and reused by every check that asks for it, so checks never parse files themselves.
 */
import type { PythonAnalyzer } from './python/analyzer';
import type { Finding } from './report';
import { RepoReader, baseName } from './reader';
import type { RepoFile, WalkResult } from './walk';
import { errorText } from './walk';

/** A fact: a named computation over the repo, memoised per audit. */
export interface Fact<T> {
  /** Unique name; also what a memo is stored under. */
  readonly key: string;
  compute(facts: RepoFacts): Promise<T>;
}

export function defineFact<T>(key: string, compute: (facts: RepoFacts) => Promise<T>): Fact<T> {
  return { key, compute };
}

/** Why a file's text is not (wholly) available. */
export type TextProblem = 'binary' | 'not-utf8' | 'unreadable' | 'missing';

export interface TextFile {
  path: string;
  /** The decoded text; undefined when `problem` is set. Possibly cut at `maxBytesPerFile` (see `truncated`). */
  text?: string;
  problem?: TextProblem;
  /** True when the file is larger than the per-file byte limit and only its start was read. */
  truncated: boolean;
}

export const DEFAULT_MAX_BYTES_PER_FILE = 8 * 1024 * 1024;

export interface FactsOptions {
  maxBytesPerFile?: number;
  signal?: AbortSignal;
  /** Runs the Python analysis elsewhere (worker threads); in this thread when absent. */
  pythonAnalyzer?: PythonAnalyzer;
}

export class RepoFacts {
  readonly files: readonly RepoFile[];
  readonly dirs: ReadonlySet<string>;
  readonly maxBytesPerFile: number;
  readonly signal?: AbortSignal;
  readonly pythonAnalyzer?: PythonAnalyzer;
  /** Problems met while reading files; the report lists them after the walk's own. */
  readonly warnings: Finding[] = [];
  /** Limits reached while reading; the walk's are in its own result. */
  readonly limitsHit = new Set<string>();
  bytesRead = 0;

  private readonly byPath = new Map<string, RepoFile>();
  private readonly texts = new Map<string, Promise<TextFile>>();
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly reader: RepoReader,
    walk: Pick<WalkResult, 'files' | 'dirs'>,
    options: FactsOptions = {}
  ) {
    this.files = walk.files;
    this.dirs = new Set(walk.dirs);
    this.maxBytesPerFile = options.maxBytesPerFile ?? DEFAULT_MAX_BYTES_PER_FILE;
    this.signal = options.signal;
    this.pythonAnalyzer = options.pythonAnalyzer;
    for (const f of walk.files) {
      this.byPath.set(f.path, f);
    }
  }

  /** The computed value of a fact, computing it on first request. */
  get<T>(fact: Fact<T>): Promise<T> {
    let value = this.memo.get(fact.key) as Promise<T> | undefined;
    if (!value) {
      value = fact.compute(this);
      this.memo.set(fact.key, value);
    }
    return value;
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  file(path: string): RepoFile | undefined {
    return this.byPath.get(path);
  }

  /** Files whose base name matches, e.g. `/^readme(\.|$)/i`. */
  filesNamed(name: RegExp): RepoFile[] {
    return this.files.filter(f => name.test(baseName(f.path)));
  }

  /** Files with one of the given extensions (lower-case, with the dot). */
  filesWithExtension(...extensions: string[]): RepoFile[] {
    return this.files.filter(f => {
      const lower = f.path.toLowerCase();
      return extensions.some(ext => lower.endsWith(ext));
    });
  }

  /** Record a problem once per path and message. */
  warn(finding: Finding): void {
    if (!this.warnings.some(w => w.path === finding.path && w.message === finding.message)) {
      this.warnings.push(finding);
    }
  }

  /**
   * A file's text, decoded as UTF-8 (a BOM is dropped). Binary and non-UTF-8 files, and files larger
   * than the limit, are reported once as warnings; callers get the problem and carry on.
   */
  text(path: string): Promise<TextFile> {
    let text = this.texts.get(path);
    if (!text) {
      text = this.readText(path);
      this.texts.set(path, text);
    }
    return text;
  }

  private async readText(path: string): Promise<TextFile> {
    const file = this.byPath.get(path);
    if (!file) {
      return { path, problem: 'missing', truncated: false };
    }
    let bytes: Uint8Array;
    try {
      bytes = await this.reader.read(path, this.maxBytesPerFile);
    } catch (err) {
      this.warn({ status: 'warn', code: 'reading.unreadable-file', message: `File could not be read: ${errorText(err)}`, path });
      return { path, problem: 'unreadable', truncated: false };
    }
    this.bytesRead += bytes.length;
    const truncated = file.size > this.maxBytesPerFile || bytes.length >= this.maxBytesPerFile;
    if (truncated) {
      this.limitsHit.add('maxBytesPerFile');
      this.warn({
        status: 'warn',
        code: 'reading.file-truncated',
        message: `File is larger than the per-file limit (${this.maxBytesPerFile} bytes); only its start was read`,
        path
      });
    }
    if (bytes.subarray(0, 8000).includes(0)) {
      this.warn({ status: 'warn', code: 'reading.binary-file', message: 'Binary file where text was expected; not analysed', path });
      return { path, problem: 'binary', truncated };
    }
    try {
      // A cut may split a multi-byte character at the end: decode the cut text leniently.
      const decoder = new TextDecoder('utf-8', { fatal: !truncated, ignoreBOM: false });
      return { path, text: decoder.decode(bytes), truncated };
    } catch {
      this.warn({ status: 'warn', code: 'reading.not-utf8', message: 'File is not valid UTF-8 text; not analysed', path });
      return { path, problem: 'not-utf8', truncated };
    }
  }
}
