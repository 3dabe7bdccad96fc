/**
 * A RepoReader over the package's own Jupyter Server extension (jupyterlab_repro_audit/handlers.py):
 * one request walks the whole folder, then the files the engine asks for come in batches, so
 * thousands of Contents API round trips become a few. It sees dot-files (.binder/, .dvc/) without
 * the file browser showing them, and runs nothing in the repo. A server without the extension
 * (JupyterLite, an older install) answers 404: then everything goes through the fallback reader
 * (the Contents API), and the server is not asked again.
 */
import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services';
import type { RepoEntry, RepoReader } from '../../audit/reader';
import { RequestSlots } from './contentsReader';
import { ignoredFolders } from './ignoredFolders';
import { decodeBase64 } from './base64';

/** The API's path under the server's base URL, and the answer version this reader understands. */
export const SERVER_READER_API = 'repro-audit';
const API_VERSION = 1;

export interface ServerReaderOptions {
  /** Bytes the engine reads at most per file (its maxBytesPerFile). */
  maxBytes: number;
  /** Files the walk lists at most (the engine's maxFiles): the server stops there too. */
  maxFiles: number;
  /** Files asked for in one read request. */
  batchFiles?: number;
  /** Bytes one read answer holds at most; the server defers the rest to the next request. */
  batchBytes?: number;
  /** Read requests in flight at once. */
  concurrency?: number;
}

interface WalkAnswer {
  version: number;
  root: { name: string; path: string };
  dirs: Record<string, RepoEntry[]>;
  errors: Record<string, string>;
  truncated: boolean;
}

type FileAnswer = { encoding: 'text' | 'base64'; content: string } | { error: string };

interface ReadAnswer {
  version: number;
  files: Record<string, FileAnswer>;
  pending: string[];
}

interface WaitingRead {
  path: string;
  maxBytes: number;
  resolve: (bytes: Uint8Array) => void;
  reject: (err: Error) => void;
}

/** Servers (by base URL) that answered 404: they have no extension, and are not asked again. */
const serversWithoutReader = new Set<string>();

/** Forget which servers lacked the extension (tests; a server restarted with it installed). */
export function forgetServersWithoutReader(): void {
  serversWithoutReader.clear();
}

class ServerReaderMissing extends Error {}


export class ServerRepoReader implements RepoReader {
  private walk: Promise<WalkAnswer | undefined> | undefined;
  private usedServer = false;
  private waiting: WaitingRead[] = [];
  private flushScheduled = false;
  private readonly slots: RequestSlots;

  /**
   * @param settings the server connection (its base URL carries any JupyterHub or Binder prefix)
   * @param fallback reads everything when the server has no extension, and what its walk did not reach
   * @param rootPath the audited folder, as the server names it ('' for the server root)
   */
  constructor(
    private readonly settings: ServerConnection.ISettings,
    private readonly fallback: RepoReader,
    readonly rootPath: string,
    private readonly options: ServerReaderOptions
  ) {
    this.slots = new RequestSlots(Math.max(1, options.concurrency ?? 4));
  }

  get root(): string {
    return this.rootPath || '/';
  }

  /** What the panel says read the files: the server's extension, or the Contents API it fell back to. */
  get readerKind(): 'server' | 'contents' {
    return this.usedServer ? 'server' : 'contents';
  }

  async list(dir: string): Promise<RepoEntry[]> {
    const walk = await this.walked();
    if (!walk) {
      return this.fallback.list(dir);
    }
    const error = walk.errors[dir];
    if (error !== undefined) {
      throw new Error(error);
    }
    const entries = walk.dirs[dir];
    // A folder the server did not enter (its walk stopped at the file limit) is listed the slow way.
    return entries ? entries.map(e => ({ ...e })) : this.fallback.list(dir);
  }

  /** The server's entries carry real paths, which cut loops; only the fallback needs the root's stamp. */
  async rootEntry(): Promise<{ name: string; stamp?: string } | undefined> {
    const walk = await this.walked();
    return walk ? { name: walk.root.name } : this.fallback.rootEntry?.();
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array> {
    if (!(await this.walked())) {
      return this.fallback.read(path, maxBytes);
    }
    return new Promise<Uint8Array>((resolve, reject) => {
      this.waiting.push({ path, maxBytes, resolve, reject });
      // Reads asked for in the same turn (the checks start together) go in one request.
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setTimeout(() => this.flush(), 0);
      }
    });
  }

  private walked(): Promise<WalkAnswer | undefined> {
    this.walk ??= this.fetchWalk().then(
      walk => {
        this.usedServer = true;
        return walk;
      },
      err => {
        if (!(err instanceof ServerReaderMissing)) {
          console.warn('jupyterlab-repro-audit: the server reader failed; reading through the Contents API', err);
        }
        return undefined;
      }
    );
    return this.walk;
  }

  private async fetchWalk(): Promise<WalkAnswer> {
    if (serversWithoutReader.has(this.settings.baseUrl)) {
      throw new ServerReaderMissing();
    }
    const answer = await this.post<WalkAnswer>('walk', {
      path: this.rootPath,
      ...ignoredFolders(),
      maxFiles: this.options.maxFiles
    });
    if (answer.version !== API_VERSION) {
      throw new Error(`the server reader speaks version ${answer.version}, not ${API_VERSION}`);
    }
    return answer;
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.options.batchFiles ?? 500;
    // One request holds one per-file limit; the engine uses one, so this is one group in practice.
    const groups = new Map<number, WaitingRead[]>();
    for (const read of this.waiting.splice(0)) {
      groups.set(read.maxBytes, [...(groups.get(read.maxBytes) ?? []), read]);
    }
    for (const [maxBytes, reads] of groups) {
      for (let i = 0; i < reads.length; i += batch) {
        void this.readBatch(reads.slice(i, i + batch), maxBytes);
      }
    }
  }

  private async readBatch(reads: WaitingRead[], maxBytes: number): Promise<void> {
    let left = reads;
    try {
      while (left.length) {
        const answer = await this.slots.run(() =>
          this.post<ReadAnswer>('read', {
            path: this.rootPath,
            files: left.map(r => r.path),
            maxBytes,
            budgetBytes: this.options.batchBytes ?? 8 * 1024 * 1024
          })
        );
        const pending = new Set(answer.pending);
        const next: WaitingRead[] = [];
        for (const read of left) {
          const file = answer.files[read.path];
          if (pending.has(read.path) || !file) {
            next.push(read);
          } else if ('error' in file) {
            read.reject(new Error(file.error));
          } else {
            read.resolve(file.encoding === 'text' ? new TextEncoder().encode(file.content) : decodeBase64(file.content));
          }
        }
        if (next.length === left.length) {
          throw new Error('the server reader answered none of the files asked for');
        }
        left = next;
      }
    } catch (err) {
      // The server failed mid-audit: what is left is read the slow way rather than lost.
      console.warn('jupyterlab-repro-audit: the server reader failed to read; reading through the Contents API', err);
      for (const read of left) {
        this.fallback.read(read.path, read.maxBytes).then(read.resolve, read.reject);
      }
    }
  }

  private async post<T>(endpoint: string, body: unknown): Promise<T> {
    const url = URLExt.join(this.settings.baseUrl, SERVER_READER_API, endpoint);
    const response = await ServerConnection.makeRequest(
      url,
      { method: 'POST', body: JSON.stringify(body) },
      this.settings
    );
    // No such route: an HTML page (Jupyter Server), or a static host's 404 or refusal of POST (JupyterLite).
    // The extension's own 404 (the audited folder is missing) is JSON, and says nothing about the server.
    const json = (response.headers.get('Content-Type') ?? '').includes('application/json');
    if ([404, 405, 501].includes(response.status) && endpoint === 'walk' && !json) {
      serversWithoutReader.add(this.settings.baseUrl);
      throw new ServerReaderMissing(`no server reader at ${url}`);
    }
    if (!response.ok) {
      throw new ServerConnection.ResponseError(response);
    }
    return (await response.json()) as T;
  }
}
