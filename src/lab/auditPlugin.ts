/**
 * The audit plugin: runs the engine over the server's files and reports the score.
 * Thin glue only: the checks live in src/audit.
 */
import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ICommandPalette, Notification } from '@jupyterlab/apputils';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { runAudit } from '../audit/engine';
import { gradeOf } from '../audit/report';
import { CommandIDs, COMMAND_CATEGORY, PLUGIN_ID } from '../tokens';
import { AuditSettings, auditOptionsFromSettings } from './auditSettings';
import { ContentsRepoReader } from './contentsReader';

export const auditPlugin: JupyterFrontEndPlugin<void> = {
  id: PLUGIN_ID,
  description: 'Audits how reproducible the repository open in JupyterLab is.',
  autoStart: true,
  optional: [ICommandPalette, ISettingRegistry, ITranslator],
  activate: async (
    app: JupyterFrontEnd,
    palette: ICommandPalette | null,
    settingRegistry: ISettingRegistry | null,
    translator: ITranslator | null
  ) => {
    const trans = (translator ?? nullTranslator).load('jupyterlab_repro_audit');
    let settings: Partial<AuditSettings> = {};
    if (settingRegistry) {
      try {
        const loaded = await settingRegistry.load(PLUGIN_ID);
        const update = () => (settings = loaded.composite as Partial<AuditSettings>);
        update();
        loaded.changed.connect(update);
      } catch (err) {
        console.warn('jupyterlab-repro-audit: settings could not be loaded, using defaults', err);
      }
    }

    app.commands.addCommand(CommandIDs.audit, {
      label: trans.__('Audit Repository Reproducibility'),
      caption: trans.__('Score the repository open in JupyterLab against the reproducibility checklist'),
      execute: async () => {
        const reader = new ContentsRepoReader(app.serviceManager.contents, '');
        const report = await runAudit(reader, auditOptionsFromSettings(settings));
        const failing = report.checks.filter(c => c.status === 'fail').map(c => c.title);
        Notification.info(
          trans.__('Reproducibility score: %1/100 (%2). %3', report.score, gradeOf(report.score),
            failing.length ? trans.__('Missing: %1', failing.join(', ')) : trans.__('No item fails.')),
          { autoClose: 10000 }
        );
        return report;
      }
    });
    palette?.addItem({ command: CommandIDs.audit, category: trans.__(COMMAND_CATEGORY) });
    console.log('jupyterlab-repro-audit is activated');
  }
};
