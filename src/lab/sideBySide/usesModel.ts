/** What the "What this notebook uses" view shows, and a signal when it changes. */
import { Signal } from '@lumino/signaling';
import type { CellLine } from '../../audit/notebook/code';
import type { NotebookUses } from '../../audit/uses/notebookUses';

export type UsesState =
  | { kind: 'none' }
  | { kind: 'loading'; notebook: string }
  | { kind: 'ready'; notebook: string; uses: NotebookUses; root: string; locate: (line: number) => CellLine | undefined }
  | { kind: 'error'; notebook: string; message: string };

export class UsesModel {
  private current: UsesState = { kind: 'none' };
  private readonly changed = new Signal<UsesModel, UsesState>(this);
  /** Counts requests, so a slow answer for a notebook left behind never overwrites a newer one. */
  private generation = 0;

  get state(): UsesState {
    return this.current;
  }

  get stateChanged(): Signal<UsesModel, UsesState> {
    return this.changed;
  }

  /** Show `notebook` loading, then what `load` finds, unless a newer request came in meanwhile. */
  async show(notebook: string, load: () => Promise<Omit<Extract<UsesState, { kind: 'ready' }>, 'kind' | 'notebook'>>): Promise<void> {
    const generation = ++this.generation;
    this.set({ kind: 'loading', notebook });
    try {
      const result = await load();
      if (generation === this.generation) {
        this.set({ kind: 'ready', notebook, ...result });
      }
    } catch (err) {
      if (generation === this.generation) {
        this.set({ kind: 'error', notebook, message: err instanceof Error ? err.message : String(err) });
      }
    }
  }

  clear(): void {
    ++this.generation;
    this.set({ kind: 'none' });
  }

  private set(state: UsesState): void {
    this.current = state;
    this.changed.emit(state);
  }
}
