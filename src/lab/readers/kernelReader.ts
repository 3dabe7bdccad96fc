/**
 * A RepoReader that walks the tree in a fresh Python kernel: one execute request of our own fixed
 * code lists every folder and sends the small text files the audit may read, so thousands of Contents
 * API round trips become one. It sees hidden files too. The kernel is shut down as soon as the code
 * has run; anything it did not send is read through the fallback reader (the Contents API).
 */
import type { KernelMessage, Session } from '@jupyterlab/services';
import type { RepoEntry, RepoReader } from '../../audit/reader';
import { MAX_DEPTH } from '../../audit/walk';
import { ignoredFolders } from './ignoredFolders';
import { decodeBase64 } from './base64';

/** The subset of the session manager the reader needs (a `SessionManager` has it). */
export type SessionStarter = Pick<Session.IManager, 'startNew'>;

export interface KernelReaderOptions {
  /** Bytes read at most per file: the audit's per-file limit. */
  maxBytes: number;
  /** Kernel spec to start; 'python3' by default. */
  kernelName?: string;
  /** Bytes the kernel sends at most, all files together; the rest is read through the fallback. */
  budgetBytes?: number;
  /** Give up on the kernel (and read everything through the fallback) after this long. */
  timeoutMs?: number;
}

/** Our own output type: JupyterLab has no renderer for it, and nothing else emits it. */
const MIME = 'application/x.repro-audit-walk+json';

/** Never worth sending: images, arrays, archives, models, media, tabular data, documents. */
const SKIP_EXTENSIONS = [
  '.png', '.jpg', '.jpeg', '.gif', '.bmp', '.tif', '.tiff', '.webp', '.ico', '.svg', '.eps',
  '.npy', '.npz', '.pkl', '.pickle', '.joblib', '.h5', '.hdf5', '.nc', '.mat', '.parquet', '.feather',
  '.arrow', '.csv', '.tsv', '.xls', '.xlsx', '.sqlite', '.db', '.zip', '.gz', '.tgz', '.bz2', '.xz',
  '.7z', '.tar', '.whl', '.pt', '.pth', '.ckpt', '.onnx', '.safetensors', '.bin', '.pb', '.tflite',
  '.mp3', '.mp4', '.wav', '.avi', '.mov', '.pdf', '.ttf', '.woff', '.woff2', '.so', '.dll', '.pyc',
  '.o', '.a', '.exe', '.class', '.jar'
];

/**
 * The code the kernel runs: fixed, ours, never from the repo; its parameters arrive as one JSON
 * string literal. It lists folders breadth first without leaving the root (symlinked folders are
 * reported with their real path, as the walk expects, and only followed inside the root), skips
 * the default-ignored folders, then sends file starts in chunks so the browser can use them early.
 */
const WALK_CODE = String.raw`
def _repro_audit_walk(params):
    import sys
    # The kernel runs in the repo: a base64.py there must never stand in for the real module.
    sys.path[:] = [p for p in sys.path if p not in ("", ".")]
    import base64, collections, os
    from IPython.display import display
    mime = params["mime"]
    root = os.path.realpath(".")
    ignore_names = set(params["ignoreNames"])
    ignore_suffixes = tuple(params["ignoreSuffixes"])
    skip_ext = set(params["skipExtensions"])
    max_bytes, budget, chunk = params["maxBytes"], params["budgetBytes"], params["chunkBytes"]
    dirs, errors, send = {}, {}, []
    visited, queue = {root}, collections.deque([""])
    while queue:
        rel = queue.popleft()
        try:
            with os.scandir(os.path.join(root, rel)) as it:
                entries = list(it)
        except OSError as e:
            errors[rel] = e.strerror or str(e)
            continue
        venv = bool(rel) and any(e.name == "pyvenv.cfg" for e in entries)
        listing = []
        for e in entries:
            path = rel + "/" + e.name if rel else e.name
            try:
                link = e.is_symlink()
                if e.is_dir():
                    real = os.path.realpath(e.path)
                    target = os.path.relpath(real, root).replace(os.sep, "/")
                    target = "" if target == "." else target
                    listing.append([e.name, "d", None, target, link])
                    outside = target == ".." or target.startswith("../") or os.path.isabs(target)
                    ignored = e.name in ignore_names or e.name.endswith(ignore_suffixes)
                    deep = path.count("/") + 1 >= params["maxDepth"]
                    if not (venv or outside or ignored or deep or real in visited):
                        visited.add(real)
                        queue.append(path)
                elif e.is_file():
                    size = e.stat().st_size
                    listing.append([e.name, "f", size, None, link])
                    take = min(size, max_bytes)
                    if not venv and os.path.splitext(e.name)[1].lower() not in skip_ext and take <= budget:
                        budget -= take
                        send.append((path, take))
                else:
                    listing.append([e.name, "o", None, None, link])
            except OSError:
                listing.append([e.name, "o", None, None, False])
        dirs[rel] = listing
    display({mime: {"kind": "listing", "dirs": dirs, "errors": errors, "sending": [p for p, _ in send]}}, raw=True)
    files, size = {}, 0
    for path, take in send:
        try:
            with open(os.path.join(root, path), "rb") as f:
                data = f.read(take)
            files[path] = base64.b64encode(data).decode("ascii")
            size += len(data)
        except OSError as e:
            files[path] = {"error": e.strerror or str(e)}
        if size >= chunk:
            display({mime: {"kind": "files", "files": files}}, raw=True)
            files, size = {}, 0
    display({mime: {"kind": "files", "files": files}}, raw=True)

try:
    import json as _repro_audit_json
    _repro_audit_walk(_repro_audit_json.loads(PARAMS))
finally:
    del _repro_audit_walk, _repro_audit_json
`;

type ListedEntry = [name: string, kind: 'd' | 'f' | 'o', size: number | null, target: string | null, link: boolean];

type WalkMessage =
  | { kind: 'listing'; dirs: Record<string, ListedEntry[]>; errors: Record<string, string>; sending: string[] }
  | { kind: 'files'; files: Record<string, string | { error: string }> };

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: Error) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Callers may never ask for a file the kernel was to send: that is no unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}


/** The Python code with its parameters, as a JSON string that is also a valid Python string literal. */
export function walkCode(options: { maxBytes: number; budgetBytes: number; chunkBytes: number }): string {
  const params = {
    mime: MIME,
    ...ignoredFolders(),
    skipExtensions: SKIP_EXTENSIONS,
    maxDepth: MAX_DEPTH,
    ...options
  };
  return WALK_CODE.replace('PARAMS', () => JSON.stringify(JSON.stringify(params)));
}

export class KernelRepoReader implements RepoReader {
  /** Set once the kernel's listing arrived: then the audit ran on it (else on the fallback alone). */
  usedKernel = false;

  /** What the panel says read the files. */
  get readerKind(): 'kernel' | 'contents' {
    return this.usedKernel ? 'kernel' : 'contents';
  }
  private run: Promise<Map<string, RepoEntry[]> | undefined> | undefined;
  private readonly files = new Map<string, Deferred<Uint8Array>>();

  /**
   * @param sessions starts the kernel, in the audited folder
   * @param fallback reads what the kernel did not send (and everything if no kernel starts)
   * @param rootPath the audited folder, as the server names it ('' for the server root)
   */
  constructor(
    private readonly sessions: SessionStarter,
    private readonly fallback: RepoReader,
    readonly rootPath: string,
    private readonly options: KernelReaderOptions
  ) {}

  get root(): string {
    return this.rootPath || '/';
  }

  async list(dir: string): Promise<RepoEntry[]> {
    const listing = await this.started();
    const entries = listing?.get(dir);
    return entries ? entries.map(e => ({ ...e })) : this.fallback.list(dir);
  }

  /** The fallback's (the Contents API's): it stamps the listings the kernel did not send. */
  async rootEntry(): Promise<{ name: string; stamp?: string } | undefined> {
    return this.fallback.rootEntry?.();
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array> {
    await this.started();
    const file = this.files.get(path);
    if (file) {
      try {
        const bytes = await file.promise;
        // The kernel sent at most options.maxBytes; a caller wanting more of a file that long reads it itself.
        if (bytes.length < this.options.maxBytes || bytes.length >= maxBytes) {
          return bytes.length > maxBytes ? bytes.subarray(0, maxBytes) : bytes;
        }
      } catch (err) {
        if ((err as { fromKernel?: boolean }).fromKernel) {
          throw err;
        }
      }
    }
    return this.fallback.read(path, maxBytes);
  }

  private started(): Promise<Map<string, RepoEntry[]> | undefined> {
    this.run ??= this.walkInKernel();
    return this.run;
  }

  /** Resolves to every folder's entries once the listing arrives, or undefined if the kernel failed. */
  private walkInKernel(): Promise<Map<string, RepoEntry[]> | undefined> {
    const listing = deferred<Map<string, RepoEntry[]> | undefined>();
    const budgetBytes = this.options.budgetBytes ?? 256 * 1024 * 1024;
    const code = walkCode({ maxBytes: this.options.maxBytes, budgetBytes, chunkBytes: 4 * 1024 * 1024 });
    const onMessage = (msg: KernelMessage.IIOPubMessage) => {
      if (msg.header.msg_type !== 'display_data') {
        return;
      }
      const data = (msg as KernelMessage.IDisplayDataMsg).content.data[MIME] as WalkMessage | undefined;
      if (data?.kind === 'listing') {
        listing.resolve(this.acceptListing(data));
      } else if (data?.kind === 'files') {
        this.acceptFiles(data.files);
      }
    };
    void this.execute(code, onMessage).then(
      () => this.finish(listing),
      err => {
        console.warn('jupyterlab-repro-audit: the kernel reader failed; reading through the Contents API', err);
        this.finish(listing);
      }
    );
    return listing.promise;
  }

  private async execute(code: string, onMessage: (msg: KernelMessage.IIOPubMessage) => void): Promise<void> {
    const folder = this.rootPath;
    let session: Session.ISessionConnection | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      session = await this.sessions.startNew({
        // The kernel starts in the folder of this (never created) path: the audited folder.
        path: [folder, '.repro-audit-walk'].filter(Boolean).join('/'),
        type: 'repro-audit',
        name: 'Reproducibility audit walk',
        kernel: { name: this.options.kernelName ?? 'python3' }
      });
      const kernel = session.kernel;
      if (!kernel) {
        throw new Error('the session has no kernel');
      }
      const future = kernel.requestExecute({ code, silent: false, store_history: false, allow_stdin: false });
      future.onIOPub = onMessage;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the kernel walk timed out')), this.options.timeoutMs ?? 60000);
      });
      const reply = await Promise.race([future.done, timeout]);
      if (reply.content.status !== 'ok') {
        const error = reply.content as KernelMessage.IReplyErrorContent;
        throw new Error(`${error.ename ?? 'error'}: ${error.evalue ?? ''}`);
      }
    } finally {
      clearTimeout(timer);
      // Never left running: the kernel was only ever for this walk.
      session?.shutdown().catch(err => console.warn('jupyterlab-repro-audit: kernel shutdown failed', err));
    }
  }

  private acceptListing(data: Extract<WalkMessage, { kind: 'listing' }>): Map<string, RepoEntry[]> {
    const listing = new Map<string, RepoEntry[]>();
    for (const [dir, entries] of Object.entries(data.dirs)) {
      listing.set(
        dir,
        entries.map(([name, kind, size, target, link]) => ({
          name,
          kind: kind === 'd' ? 'directory' : kind === 'f' ? 'file' : 'other',
          ...(size === null ? {} : { size }),
          ...(target === null ? {} : { target }),
          ...(link ? { symlink: true } : {})
        }))
      );
    }
    for (const path of data.sending) {
      this.files.set(path, deferred<Uint8Array>());
    }
    this.usedKernel = true;
    return listing;
  }

  private acceptFiles(files: Record<string, string | { error: string }>): void {
    for (const [path, content] of Object.entries(files)) {
      const file = this.files.get(path);
      if (!file) {
        continue;
      }
      if (typeof content === 'string') {
        file.resolve(decodeBase64(content));
      } else {
        file.reject(Object.assign(new Error(content.error), { fromKernel: true }));
      }
    }
  }

  /** After the run, whatever did not arrive is read through the fallback. */
  private finish(listing: Deferred<Map<string, RepoEntry[]> | undefined>): void {
    listing.resolve(undefined);
    for (const file of this.files.values()) {
      file.reject(new Error('not sent by the kernel'));
    }
  }
}
