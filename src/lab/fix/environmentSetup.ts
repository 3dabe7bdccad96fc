/**
 * The environment fixes in JupyterLab: Fix buttons on the `hardware` and `pinned` items and the
 * palette commands "Write Hardware Notes" and "Pin Dependencies", on the audited folder.
 */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import { Dialog, ICommandPalette, Notification, showDialog } from '@jupyterlab/apputils';
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import type { Finding } from '../../audit/report';
import { COMMAND_CATEGORY } from '../../tokens';
import type { AuditModel } from '../auditModel';
// Types only: the fixer, its planners and the Python parser load on the first fix, not at JupyterLab's start.
import type { EnvironmentFixKind, EnvironmentFixOutcome, EnvironmentFixer, PinsRow } from './environmentFixer';
import { probeInKernel } from './environmentProbe';
import type { NotebookToTime } from '../../fix/runTimes';
import { ReportPreview } from './ReportPreview';
import { SeedFixPreview } from './SeedFixPreview';

export namespace EnvironmentFixCommandIDs {
  export const writeHardwareNotes = 'repro-audit:write-hardware-notes';
  export const pinDependencies = 'repro-audit:pin-dependencies';
}

/** The finding fix ids handled here, and the fix each runs. */
export const ENVIRONMENT_FIXES: Record<string, EnvironmentFixKind> = { hardware: 'hardware', pins: 'pins' };

export interface EnvironmentFixActions {
  /** The finding names an environment fix (a whole-repo fix exists for it). */
  canFix(finding: Finding): boolean;
  /** The finding's own row can be fixed alone: a declared package's pin. Hardware notes are whole-repo only. */
  canFixRow(finding: Finding): boolean;
  /** Runs the whole-repo fix the finding names, on the audited folder. */
  fix(folder: string, finding: Finding): Promise<EnvironmentFixOutcome | undefined>;
  /** Fixes only the finding's row (pins that one package). */
  fixRow(folder: string, finding: Finding): Promise<EnvironmentFixOutcome | undefined>;
}

export function setUpEnvironmentFixing(ctx: {
  app: JupyterFrontEnd;
  model: AuditModel;
  trans: TranslationBundle;
  palette: ICommandPalette | null;
}): EnvironmentFixActions {
  const { app, model, trans } = ctx;
  const { serviceManager } = app;

  /** Ask once, naming each notebook that would run; true to time them. */
  const confirmTiming = async (notebooks: readonly NotebookToTime[]): Promise<boolean> => {
    const result = await showDialog({
      title: trans.__('Time the notebooks too?'),
      body: React.createElement(
        'div',
        { className: 'jp-ReproAudit-timingQuestion' },
        React.createElement(
          'p',
          null,
          trans.__(
            'A measured run time completes the hardware notes. Run each of these notebooks once, top to bottom, in a fresh kernel started in its folder (not your kernel)? Their code can read and write files there.'
          )
        ),
        React.createElement(
          'ul',
          null,
          notebooks.map(n =>
            React.createElement('li', { key: n.path }, trans.__('%1 (%2 code cells, "%3" kernel)', n.path, n.cells.length, n.kernelName))
          )
        )
      ),
      buttons: [Dialog.cancelButton({ label: trans.__('Skip Timing') }), Dialog.okButton({ label: trans.__('Time Notebooks') })]
    });
    return result.button.accept;
  };

  const measureRunTimes = async (folder: string) => {
    await serviceManager.kernelspecs.ready;
    const { repoNotebooksToTime, timeNotebooks } = await import('./notebookTiming');
    const notebooks = await repoNotebooksToTime(serviceManager.contents, folder, serviceManager.kernelspecs.specs?.default ?? 'python3');
    if (!notebooks.length || !(await confirmTiming(notebooks))) {
      return undefined;
    }
    const controller = new AbortController();
    const busy = Notification.emit(trans.__('Timing %1 notebook(s) in fresh kernels…', notebooks.length), 'in-progress', {
      autoClose: false,
      actions: [{ label: trans.__('Cancel'), callback: () => controller.abort() }]
    });
    try {
      return await timeNotebooks(serviceManager, folder, notebooks, controller.signal);
    } finally {
      Notification.dismiss(busy);
    }
  };

  let fixer: Promise<EnvironmentFixer> | undefined;
  const environmentFixer = async (): Promise<EnvironmentFixer> => {
    const { EnvironmentFixer, repoPinsViewOfFolder } = await import('./environmentFixer');
    return new EnvironmentFixer({
      contents: serviceManager.contents,
      readRepo: folder => repoPinsViewOfFolder(serviceManager.contents, folder),
      probe: (folder, input) => probeInKernel(serviceManager, folder, input),
      measureRunTimes,
      confirm: async (kind, files, notes) => {
        const result = await showDialog({
          title: kind === 'hardware' ? trans.__('Write hardware notes?') : trans.__('Pin dependencies?'),
          body: React.createElement(SeedFixPreview, { files, notes, trans }),
          buttons: [Dialog.cancelButton({ label: trans.__('Cancel') }), Dialog.okButton({ label: trans.__('Apply') })]
        });
        return result.button.accept;
      },
      reaudit: folder => void model.audit(folder)
    });
  };

  const run = async (folder: string, kind: EnvironmentFixKind, row?: PinsRow): Promise<EnvironmentFixOutcome | undefined> => {
    const busy = Notification.emit(trans.__('Probing the environment in a fresh kernel…'), 'in-progress', { autoClose: false });
    try {
      const outcome = await (await (fixer ??= environmentFixer())).fix(folder, kind, row);
      Notification.dismiss(busy);
      for (const r of outcome.refused) {
        Notification.error(r.message, { autoClose: false });
      }
      if (outcome.saved.length) {
        Notification.success(trans.__('Written: %1. %2', outcome.saved.join(', '), outcome.notes.join(' ')), { autoClose: 8000 });
      } else if (!outcome.cancelled && !outcome.refused.length && outcome.unchanged.length) {
        Notification.info(trans.__('Already up to date: %1.', outcome.unchanged.join(', ')), { autoClose: 8000 });
      } else if (!outcome.cancelled && !outcome.refused.length && outcome.report) {
        // Nothing to write (pins for pyproject.toml are a report): the report is the result, shown whole.
        await showDialog({
          title: trans.__('Pins for %1', outcome.report.path),
          body: React.createElement(ReportPreview, { ...outcome.report, trans }),
          buttons: [Dialog.okButton({ label: trans.__('Close') })]
        });
      } else if (!outcome.cancelled && !outcome.refused.length) {
        Notification.info(outcome.notes.join(' '), { autoClose: false });
      }
      return outcome;
    } catch (err) {
      Notification.dismiss(busy);
      Notification.error(trans.__('The fix failed: %1', err instanceof Error ? err.message : String(err)), { autoClose: false });
      return undefined;
    }
  };

  const command = (id: string, label: string, caption: string, kind: EnvironmentFixKind) => {
    app.commands.addCommand(id, {
      label,
      caption,
      isEnabled: () => model.folder !== undefined,
      execute: () => (model.folder !== undefined ? run(model.folder, kind) : undefined)
    });
    ctx.palette?.addItem({ command: id, category: trans.__(COMMAND_CATEGORY) });
  };
  command(
    EnvironmentFixCommandIDs.writeHardwareNotes,
    trans.__('Write Hardware Notes'),
    trans.__('Probe the environment in a fresh kernel, time the notebooks if you agree, and write HARDWARE.md and hardware.json, after a preview'),
    'hardware'
  );
  command(
    EnvironmentFixCommandIDs.pinDependencies,
    trans.__('Pin Dependencies'),
    trans.__('Pin what the audited folder imports at the installed versions in requirements.txt or environment.yml (binder/ first), after a preview; for pyproject.toml, say which pins and lock command'),
    'pins'
  );

  const rowOf = (finding: Finding): PinsRow | undefined =>
    finding.fix === 'pins' && finding.path && finding.line !== undefined ? { path: finding.path, line: finding.line } : undefined;
  return {
    canFix: finding => !!finding.fix && finding.fix in ENVIRONMENT_FIXES,
    canFixRow: finding => rowOf(finding) !== undefined,
    fix: (folder, finding) => run(folder, ENVIRONMENT_FIXES[finding.fix!]),
    fixRow: (folder, finding) => run(folder, ENVIRONMENT_FIXES[finding.fix!], rowOf(finding))
  };
}
