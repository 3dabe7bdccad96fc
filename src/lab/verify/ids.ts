/** Ids of the verify-twice feature: its plugin (and settings), command and panel. */

export const VERIFY_PLUGIN_ID = 'jupyterlab-repro-audit:verify';

export namespace VerifyCommandIDs {
  /** Run the active notebook (or `args.path`) twice in fresh kernels and compare the runs. */
  export const verify = 'repro-audit:verify-reproducibility';
  /** Cancel the verification under way. */
  export const cancel = 'repro-audit:cancel-verification';
}

/** Class of the main-area result panel (the UI tests' handle). */
export const VERIFY_PANEL_CLASS = 'jp-ReproVerify';
