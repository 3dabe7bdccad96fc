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

  async save(path: string, options: Partial<Contents.IModel> = {}): Promise<Contents.IModel> {
    this.saves.push(path);
    this.write(path, String(options.content));
    return this.get(path, { content: false });
  }
}
