/**
 * The audit plugin: the sidebar panel, its commands, live settings and re-audit on save.
 * Thin glue only: the checks live in src/audit. Every token but the application is optional, so the
 * same plugin loads in JupyterLab and in Jupyter Notebook 7.
 */
import { ILayoutRestorer, JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { IDocumentManager } from '@jupyterlab/docmanager';
import { IDefaultFileBrowser, IFileBrowserFactory } from '@jupyterlab/filebrowser';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { ITranslator, nullTranslator } from '@jupyterlab/translation';
import { PLUGIN_ID } from '../tokens';
import {
  AuditSettings,
  ReaderSetting,
  auditOptionsFromSettings,
  readerFromSettings,
  repositoryFolderFromSettings
} from './auditSettings';
import { DEFAULT_MAX_BYTES_PER_FILE } from '../audit/facts';
import { DEFAULT_MAX_FILES } from '../audit/walk';
import { AuditModel } from './auditModel';
import { AutoReaudit } from './autoReaudit';
import { addCommands } from './commands';
import { ContentsRepoReader } from './readers/contentsReader';
import { EvidenceOpener } from './evidenceOpener';
import { ServerRepoReader } from './readers/serverReader';
import { AuditPanel } from './panel/AuditPanel';
import { setUpSeedFixing } from './fix/setup';
import { readFolderVerifications } from './verify/folderVerifications';
import { verificationRemembered } from './verify/store';
import { inPageEngine } from './worker/auditEngine';
import { createAuditWorker } from './worker/createAuditWorker';
import { WorkerAuditEngine } from './worker/workerEngine';

export const auditPlugin: JupyterFrontEndPlugin<void> = {
  id: PLUGIN_ID,
  description: 'Audits how reproducible the repository open in JupyterLab is.',
  autoStart: true,
  optional: [
    ICommandPalette,
    ISettingRegistry,
    ITranslator,
    ILayoutRestorer,
    IDocumentManager,
    IDefaultFileBrowser,
    IFileBrowserFactory
  ],
  activate: async (
    app: JupyterFrontEnd,
    palette: ICommandPalette | null,
    settingRegistry: ISettingRegistry | null,
    translator: ITranslator | null,
    restorer: ILayoutRestorer | null,
    docManager: IDocumentManager | null,
    defaultBrowser: IDefaultFileBrowser | null,
    browserFactory: IFileBrowserFactory | null
  ) => {
    const trans = (translator ?? nullTranslator).load('jupyterlab_repro_audit');
    const contents = app.serviceManager.contents;
    let readerChoice: ReaderSetting = 'auto';
    let maxBytesPerFile: number | undefined;
    let maxFiles: number | undefined;
    const model = new AuditModel(
      folder => {
        const viaContents = new ContentsRepoReader(contents, folder);
        const maxBytes = maxBytesPerFile ?? DEFAULT_MAX_BYTES_PER_FILE;
        switch (readerChoice) {
          case 'contents':
            return viaContents;
          default:
            // The server extension when the server has it (a 404 falls back to the Contents API).
            return new ServerRepoReader(app.serviceManager.serverSettings, viaContents, folder, {
              maxBytes,
              maxFiles: maxFiles ?? DEFAULT_MAX_FILES
            });
        }
      },
      folder => readFolderVerifications(contents, folder),
      // The checks run in a Web Worker (the page stays responsive); on the page if the browser refuses one.
      new WorkerAuditEngine(createAuditWorker, inPageEngine)
    );
    // A verification just finished: the seeds item on screen shows it without a new audit.
    verificationRemembered.connect(() => void model.refreshVerifications());
    const opener = docManager ? new EvidenceOpener(app, docManager) : null;
    const autoReaudit = new AutoReaudit(contents.fileChanged, model);
    let repositoryFolder = '';
    let auditOnOpen = true;
    const auditRepository = () => void model.audit(repositoryFolder);

    // Settings first: the restorer may show the panel at once, and it must audit the right folder.
    if (settingRegistry) {
      try {
        const settings = await settingRegistry.load(PLUGIN_ID);
        let auditInputs = '';
        const apply = () => {
          const composite = settings.composite as Partial<AuditSettings>;
          const options = auditOptionsFromSettings(composite);
          repositoryFolder = repositoryFolderFromSettings(composite);
          readerChoice = readerFromSettings(composite);
          maxBytesPerFile = options.maxBytesPerFile;
          maxFiles = options.maxFiles;
          auditOnOpen = composite.auditOnOpen !== false;
          autoReaudit.enabled = composite.autoReaudit !== false;
          model.setOptions(options);
          // Weights only rescore; what is walked and read changed, so the report on screen is stale.
          const inputs = JSON.stringify([options.ignore, options.maxFiles, options.maxBytesPerFile]);
          if (auditInputs && inputs !== auditInputs && model.folder !== undefined && !model.isRunning) {
            void model.audit(model.folder);
          }
          auditInputs = inputs;
        };
        apply();
        settings.changed.connect(apply);
      } catch (err) {
        console.warn('jupyterlab-repro-audit: settings could not be loaded, using defaults', err);
      }
    }

    const seedFixing = setUpSeedFixing({ app, model, trans, palette, docManager, settingRegistry });
    const panel = new AuditPanel(
      model,
      {
        applyFix: seedFixing.applyFix,
        canFix: seedFixing.canFix,
        fixAll: seedFixing.fixAll,
        fixAllLabel: seedFixing.fixAllLabel,
        audit: folder => void model.audit(folder),
        auditAside: folder => model.auditAside(folder),
        openEvidence: (folder, evidence) => {
          if (!opener) {
            return;
          }
          opener.open(folder, evidence).catch(err => {
            console.warn('jupyterlab-repro-audit: could not open', evidence.path, err);
          });
        },
        auditRepository,
        // The score should be there the moment the sidebar opens: audit once, on first sight.
        shown: () => {
          if (auditOnOpen && model.state.kind === 'empty') {
            auditRepository();
          }
        },
        openSettings: () => {
          if (app.commands.hasCommand('settingeditor:open')) {
            void app.commands.execute('settingeditor:open', { query: trans.__('Reproducibility audit') });
          }
        }
      },
      trans
    );
    app.shell.add(panel, 'left', { rank: 600 });
    restorer?.add(panel, panel.id);

    addCommands({
      app,
      model,
      panel,
      trans,
      palette,
      docManager,
      defaultBrowser,
      browserFactory,
      repositoryFolder: () => repositoryFolder
    });

  }
};
