/** Ids shared by the plugins: one place, so commands, settings and tests agree. */

export const PLUGIN_ID = 'jupyterlab-repro-audit:plugin';

/** Palette category for every command of the extension. */
export const COMMAND_CATEGORY = 'Reproducibility';

export namespace CommandIDs {
  export const audit = 'repro-audit:audit';
}
