/**
 * The open notebook's shared model as the ablation edits use it, typed locally (no notebook package
 * dependency). Apart from notebookEdits.ts: the commands ask whether a notebook is editable at
 * JupyterLab's start, the edits (and the ablation core they use) load on the first edit.
 */
export interface EditableCell {
  readonly cell_type: string;
  getSource(): string;
  updateSource(start: number, end: number, value: string): void;
  getMetadata(key: string): unknown;
  setMetadata(key: string, value: unknown): void;
}

export interface EditableNotebook {
  readonly cells: readonly EditableCell[];
  insertCell(index: number, cell: { cell_type: 'code'; source: string; metadata: { tags?: string[] } }): unknown;
  transact(f: () => void, undoable?: boolean): void;
  readonly undoManager?: { stopCapturing(): void } | null;
}

export function isEditableNotebook(shared: unknown): shared is EditableNotebook {
  const s = shared as Partial<EditableNotebook> | null;
  return (
    !!s &&
    Array.isArray(s.cells) &&
    typeof s.insertCell === 'function' &&
    typeof s.transact === 'function' &&
    s.cells.every(c => typeof c?.getMetadata === 'function' && typeof c.setMetadata === 'function' && typeof c.updateSource === 'function')
  );
}

