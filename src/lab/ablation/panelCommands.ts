/**
 * "Ablation Study…" opens the study panel of the active notebook (or `args.path`); the panel asks
 * once, saying what will run, before any variant starts. The panels are tracked by notebook path,
 * so the layout restorer reopens them after a reload with the same command. "Cancel Ablation
 * Study" stops every study under way (their kernels are shut down by the runner).
 */
import type { JupyterFrontEnd } from '@jupyterlab/application';
import type { WidgetTracker } from '@jupyterlab/apputils';
import type { TranslationBundle } from '@jupyterlab/translation';
// Types only: the model, the panel and the ablation core load when a panel first opens (studyPanel.ts).
import type { AblationModel, RunStudy } from './ablationModel';
import type { AblationPanel } from './AblationPanel';
import { ablationIcon } from './icons';
import { AblationCommandIDs } from './ids';
import { asAblationNotebook, openNotebookOf } from './notebookTarget';
import type { AblationSettings } from './settings';

export interface PanelCommandsContext {
  app: JupyterFrontEnd;
  trans: TranslationBundle;
  settings: () => AblationSettings;
  runStudy: RunStudy;
  /** The .ipynb selected in the file browser, for its context menu. */
  selectedNotebookPath: () => string | undefined;
  /** The open panels; one per notebook path (the restorer's key). */
  tracker: WidgetTracker<AblationPanel>;
}

export function addPanelCommands(ctx: PanelCommandsContext): void {
  const { app, trans, settings, runStudy, tracker } = ctx;
  const { commands } = app;
  const models = new Set<AblationModel>();
  const activeNotebook = () => asAblationNotebook(app.shell.currentWidget);
  const mainWidgets = () => app.shell.widgets('main');

  /** `activate` is false when the restorer reopens a panel: the restored layout decides what shows. */
  const openPanel = async (path: string, activate = true): Promise<string> => {
    const current = activeNotebook();
    const widget = current?.context.path === path ? current : openNotebookOf(mainWidgets(), path);
    const existing = tracker.find(panel => panel.model.path === path);
    if (existing) {
      // One panel per notebook: show it again, with the notebook as it is now.
      if (activate) {
        app.shell.activateById(existing.id);
      }
      await existing.model.reload();
      return existing.id;
    }
    const { createStudyPanel } = await import('./studyPanel');
    const panel = await createStudyPanel(app, trans, path, widget, settings, model => async (request, options) => {
      models.add(model);
      commands.notifyCommandChanged(AblationCommandIDs.cancel);
      try {
        return await runStudy(request, options);
      } finally {
        models.delete(model);
        commands.notifyCommandChanged(AblationCommandIDs.cancel);
      }
    });
    const { model } = panel;
    app.shell.add(panel, 'main', widget ? { mode: 'split-right', ref: widget.id } : undefined);
    // Tracked (and so saved for the restorer) once in the shell, as JupyterLab's own panels are.
    await tracker.add(panel);
    void model.refreshStored();
    if (activate) {
      app.shell.activateById(panel.id);
    }
    return panel.id;
  };

  commands.addCommand(AblationCommandIDs.study, {
    label: trans.__('Ablation Study…'),
    caption: trans.__('Run this notebook with each component switched off, each variant in a fresh kernel, and compare the metrics'),
    icon: args => (args.isPalette ? undefined : ablationIcon),
    isEnabled: args => typeof args.path === 'string' || !!activeNotebook(),
    execute: args => {
      const path = typeof args.path === 'string' ? args.path : activeNotebook()?.context.path;
      return path ? openPanel(path, args.activate !== false) : undefined;
    }
  });

  commands.addCommand(AblationCommandIDs.studySelected, {
    label: trans.__('Ablation Study…'),
    caption: trans.__('Open the ablation study of the notebook selected in the file browser'),
    icon: ablationIcon,
    isVisible: () => !!ctx.selectedNotebookPath(),
    execute: () => {
      const path = ctx.selectedNotebookPath();
      return path ? openPanel(path) : undefined;
    }
  });

  commands.addCommand(AblationCommandIDs.cancel, {
    label: trans.__('Cancel Ablation Study'),
    isEnabled: () => models.size > 0,
    execute: () => models.forEach(m => m.cancel())
  });
}
