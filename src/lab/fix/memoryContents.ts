/**
 * The Contents API's file calls over memory: text files whose last_modified moves on every write. The fix's
 * unit tests run on it as the engine's run on MemoryRepoReader; ui-tests/tests/fixSeeds.spec.ts runs the same
 * paths against a real Jupyter Server.
 */
import type { Contents } from '@jupyterlab/services';
import type { FileContents } from './closedFile';

export class MemoryContents implements FileContents {
  readonly files = new Map<string, { text: string; modified: number }>();
  readonly saves: string[] = [];
  private clock = 0;

  write(path: string, text: string): void {
    this.files.set(path, { text, modified: ++this.clock });
  }

  async get(path: string, options?: Contents.IFetchOptions): Promise<Contents.IModel> {
    const file = this.files.get(path);
    if (!file) {
      const listing = this.folder(path, options?.content !== false);
      if (listing) {
        return listing;
      }
      throw new Error(`No such file: ${path}`);
    }
    const withContent = options?.content !== false;
    return {
      name: path.split('/').pop() ?? path,
      path,
      type: 'file',
      writable: true,
      created: '',
      last_modified: `2026-01-01T00:00:${String(file.modified).padStart(2, '0')}Z`,
      mimetype: 'text/plain',
      content: withContent ? file.text : null,
      format: withContent ? 'text' : null
    } as Contents.IModel;
  }

  /** A folder is any prefix of a stored file's path (the root '' always); its listing names its children. */
  private folder(path: string, withContent: boolean): Contents.IModel | undefined {
    const prefix = path ? `${path}/` : '';
    const children = new Map<string, Contents.IModel>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) {
        continue;
      }
      const [name, ...rest] = file.slice(prefix.length).split('/');
      const child = `${prefix}${name}`;
      children.set(name, { name, path: child, type: rest.length ? 'directory' : 'file', content: null } as unknown as Contents.IModel);
    }
    if (path && !children.size) {
      return undefined;
    }
    const content = withContent ? [...children.values()] : null;
    return { name: path.split('/').pop() ?? '', path, type: 'directory', writable: true, content, format: withContent ? 'json' : null } as unknown as Contents.IModel;
  }

  async save(path: string, options: Partial<Contents.IModel> = {}): Promise<Contents.IModel> {
    this.saves.push(path);
    this.write(path, String(options.content));
    return this.get(path, { content: false });
  }
}
