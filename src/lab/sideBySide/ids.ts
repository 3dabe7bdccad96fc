/** Ids of the side-by-side view: its plugin, commands and sidebar widget. */

export const SIDE_BY_SIDE_PLUGIN_ID = 'jupyterlab-repro-audit:side-by-side';

/** Id of the "What this notebook uses" sidebar widget (also the UI tests' handle). */
export const USES_PANEL_ID = 'repro-audit-uses';

export namespace SideBySideCommandIDs {
  /** Open the active notebook's local modules in one split to its right, each at the imported name. */
  export const openWithSources = 'repro-audit:open-with-sources';
  /** Open the repo file defining the name under the cursor of a code cell, in that split. */
  export const goToDefinition = 'repro-audit:go-to-definition';
  /** Show the "What this notebook uses" sidebar. */
  export const showUses = 'repro-audit:show-notebook-uses';
}
