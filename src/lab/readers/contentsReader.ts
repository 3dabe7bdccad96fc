/**
 * A RepoReader over Jupyter Server's Contents API: what the audit sees in JupyterLab and Binder.
 * Jupyter Server hides dot-files unless `ContentsManager.allow_hidden = True`, so `.binder/` or
 * `.gitattributes` may be invisible here; the panel says so.
 */
import type { Contents } from '@jupyterlab/services';
import type { RepoEntry, RepoReader } from '../../audit/reader';
import { decodeBase64 } from './base64';

/** The subset of the Contents API the reader needs (a `ContentsManager` has it). */
export type ContentsGetter = Pick<Contents.IManager, 'get'>;

/**
 * Requests in flight at once. The browser opens 6 connections per server anyway; a few more keep
 * them busy, and thousands at once (the audit asks for every file it needs together) make Chromium
 * fail some with net::ERR_INSUFFICIENT_RESOURCES.
 */
export const CONTENTS_CONCURRENCY = 8;

/** At most `limit` requests in flight; the rest wait their turn in order. */
export class RequestSlots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  async run<T>(request: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) {
      this.active++;
    } else {
      await new Promise<void>(resolve => this.waiting.push(resolve));
    }
    try {
      return await request();
    } finally {
      // The slot passes straight to the next in line, so `active` only drops when nobody waits.
      const next = this.waiting.shift();
      if (next) {
        next();
      } else {
        this.active--;
      }
    }
  }
}


/**
 * What the Contents API shows of an entry beyond its name and size. It never says that a path is a
 * symbolic link, so loops are recognised by listings that repeat, stamps and all (see listingLoop.ts).
 */
function stampOf(model: Contents.IModel): string | undefined {
  return model.last_modified || model.created ? `${model.last_modified ?? ''} ${model.created ?? ''}` : undefined;
}

export class ContentsRepoReader implements RepoReader {
  readonly readerKind = 'contents';
  private readonly slots: RequestSlots;

  /**
   * @param contents the server's contents manager
   * @param rootPath the audited folder, as the server names it ('' for the server root)
   * @param concurrency requests in flight at once, listings and reads together
   */
  constructor(
    private readonly contents: ContentsGetter,
    readonly rootPath: string,
    concurrency = CONTENTS_CONCURRENCY
  ) {
    this.slots = new RequestSlots(Math.max(1, concurrency));
  }

  get root(): string {
    return this.rootPath || '/';
  }

  private serverPath(path: string): string {
    return [this.rootPath, path].filter(Boolean).join('/');
  }

  async list(dir: string): Promise<RepoEntry[]> {
    const model = await this.slots.run(() =>
      this.contents.get(this.serverPath(dir), { type: 'directory', content: true })
    );
    const items = (model.content ?? []) as Contents.IModel[];
    return items.map(item => ({
      name: item.name,
      kind: item.type === 'directory' ? 'directory' : 'file',
      size: typeof item.size === 'number' ? item.size : undefined,
      stamp: stampOf(item)
    }));
  }

  /** The audited folder as its parent lists it: the walk cuts a folder that lists it (a link above the repo). */
  async rootEntry(): Promise<{ name: string; stamp?: string }> {
    const model = await this.slots.run(() => this.contents.get(this.rootPath, { type: 'directory', content: false }));
    return { name: model.name, stamp: stampOf(model) };
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array> {
    // The Contents API has no ranged read: ask for raw bytes and keep the start.
    const model = await this.slots.run(() =>
      this.contents.get(this.serverPath(path), { type: 'file', format: 'base64', content: true })
    );
    const bytes = decodeBase64(String(model.content ?? ''));
    return bytes.length > maxBytes ? bytes.subarray(0, maxBytes) : bytes;
  }
}
