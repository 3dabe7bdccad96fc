/** Ids of the ablation feature: its plugin (and settings), commands and panel classes. */

export const ABLATION_PLUGIN_ID = 'jupyterlab-repro-audit:ablation';

export namespace AblationCommandIDs {
  /** Open the ablation study panel for the active notebook (or `args.path`). */
  export const study = 'repro-audit:ablation-study';
  /** The same, for the notebook selected in the file browser (its context menu). */
  export const studySelected = 'repro-audit:ablation-study-selected';
  /** Cancel every ablation study under way. */
  export const cancel = 'repro-audit:cancel-ablation-study';
  /** Tag the selected cells `ablation:<name>`. */
  export const tagComponent = 'repro-audit:ablation-tag-component';
  /** Append `NAME = True  # label` to the parameters cell (creating it if needed). */
  export const addToggle = 'repro-audit:ablation-add-toggle';
  /** Insert the scrapbook-style `glue(name, value)` helper cell. */
  export const insertGlueHelper = 'repro-audit:ablation-insert-glue-helper';
}

/** The panels' tracker namespace: the restorer's key prefix, `<namespace>:<notebook path>`. */
export const ABLATION_TRACKER_NAMESPACE = 'repro-audit-ablation';

/** Class of the main-area panel (the UI tests' handle). */
export const ABLATION_PANEL_CLASS = 'jp-ReproAudit-ablation';
/** Class of the results chart's <svg>. */
export const ABLATION_CHART_CLASS = 'jp-ReproAudit-ablationChart';
