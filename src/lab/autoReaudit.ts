/**
 * Audit again, debounced, when a file in the audited folder is saved, created, renamed or deleted.
 * The extension's own report and badge files never trigger it (exporting would loop otherwise).
 */
import type { Contents } from '@jupyterlab/services';
import type { ISignal } from '@lumino/signaling';
import { baseName } from '../audit/reader';
import { BADGE_FILE, REPORT_JSON_FILE, REPORT_MARKDOWN_FILE } from '../tokens';
import type { AuditModel } from './auditModel';
import { isInside } from './serverPath';

const OWN_FILES = new Set([REPORT_MARKDOWN_FILE, REPORT_JSON_FILE, BADGE_FILE]);

export class AutoReaudit {
  /** Follows the `autoReaudit` setting. */
  enabled = true;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly fileChanged: ISignal<unknown, Contents.IChangedArgs>,
    private readonly model: AuditModel,
    private readonly delayMs = 1500
  ) {
    fileChanged.connect(this.onFileChanged, this);
  }

  private onFileChanged(_: unknown, change: Contents.IChangedArgs): void {
    const folder = this.model.folder;
    const path = change.newValue?.path ?? change.oldValue?.path;
    if (!this.enabled || folder === undefined || !path || OWN_FILES.has(baseName(path)) || !isInside(folder, path)) {
      return;
    }
    if (change.newValue?.path?.includes('.ipynb_checkpoints') || path.includes('.ipynb_checkpoints')) {
      return;
    }
    this.schedule(folder);
  }

  private schedule(folder: string): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      // A run already under way would be cancelled by a new one; wait for it instead.
      if (this.model.isRunning) {
        this.schedule(folder);
      } else if (this.model.folder === folder) {
        void this.model.audit(folder);
      }
    }, this.delayMs);
  }

  dispose(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
    }
    this.fileChanged.disconnect(this.onFileChanged, this);
  }
}
