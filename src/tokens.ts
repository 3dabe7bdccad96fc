/** Ids shared by the plugins: one place, so commands, settings and tests agree. */

export const PLUGIN_ID = 'jupyterlab-repro-audit:plugin';

/** Palette category for every command of the extension. */
export const COMMAND_CATEGORY = 'Reproducibility';

/** Id of the sidebar panel (also its restorer key and the UI tests' handle). */
export const PANEL_ID = 'repro-audit-panel';

/** Files the extension writes into the audited folder; edits to them never trigger a re-audit. */
export const REPORT_MARKDOWN_FILE = 'repro-audit-report.md';
export const REPORT_JSON_FILE = 'repro-audit-report.json';
export const BADGE_FILE = 'repro-audit-badge.svg';

export namespace CommandIDs {
  /** Audit the server root (in Binder: the repository). */
  export const audit = 'repro-audit:audit';
  /** Audit the file browser's current folder. */
  export const auditCurrentFolder = 'repro-audit:audit-current-folder';
  /** Audit the folder selected in the file browser (its context menu). */
  export const auditSelectedFolder = 'repro-audit:audit-selected-folder';
  export const openPanel = 'repro-audit:open-panel';
  export const exportReport = 'repro-audit:export-report';
  export const copyBadge = 'repro-audit:copy-badge';
  /** Cancel the running audit. */
  export const cancel = 'repro-audit:cancel';
}
