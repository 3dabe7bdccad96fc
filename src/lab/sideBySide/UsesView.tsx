/**
 * "What this notebook uses": its local modules, the data files and models it reads or writes (missing
 * ones flagged in words), and the third-party and standard-library packages it imports. Text only.
 */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import type { FileAccess } from '../../audit/uses/fileAccess';
import type { NotebookUses } from '../../audit/uses/notebookUses';
import type { CellLine } from '../../audit/notebook/code';
import { cellNumber } from '../../audit/notebook/cellLabel';
import { modulesToOpen } from './modulesToOpen';
import type { UsesState } from './usesModel';

export interface UsesActions {
  /** Open a local module (repo path) at a line in the sources area. */
  openModule(path: string, line?: number, name?: string): void;
  /** Open a data file or model (repo path) in its viewer. */
  openFile(path: string): void;
  /** Lay out the notebook beside its sources. */
  openAll(): void;
  refresh(): void;
}

interface Props {
  state: UsesState;
  actions: UsesActions;
  trans: TranslationBundle;
}

function where(locate: (line: number) => CellLine | undefined, line: number, trans: TranslationBundle): string {
  const at = locate(line);
  return at ? trans.__('cell %1, line %2', cellNumber(at.cell), at.line) : trans.__('line %1', line);
}

/** What an import brings, in words: `from m import *` is every public name of the module, not a name "*". */
function importedName(name: string, trans: TranslationBundle): string {
  return name === '*' ? trans.__('every public name (import *)') : name;
}

function Section(props: { title: string; count: number; children: React.ReactNode; name: string }): JSX.Element {
  return (
    <section className="jp-ReproAudit-usesSection" data-section={props.name}>
      <h3 className="jp-ReproAudit-usesHeading">
        {props.title} <span className="jp-ReproAudit-usesCount">({props.count})</span>
      </h3>
      {props.children}
    </section>
  );
}

function FileList(props: {
  files: FileAccess[];
  locate: (line: number) => CellLine | undefined;
  actions: UsesActions;
  trans: TranslationBundle;
  empty: string;
}): JSX.Element {
  const { files, trans } = props;
  if (!files.length) {
    return <p className="jp-ReproAudit-usesEmpty">{props.empty}</p>;
  }
  return (
    <ul className="jp-ReproAudit-usesList">
      {files.map(f => {
        const state = f.exists ? '' : f.outside ? trans.__('outside the repo') : f.access === 'read' ? trans.__('missing: not in the repo') : trans.__('not in the repo yet');
        return (
          <li
            key={`${f.access}:${f.path}`}
            className={`jp-ReproAudit-usesFile${f.exists ? '' : ' jp-ReproAudit-usesMissing'}`}
            data-path={f.path}
            data-exists={String(f.exists)}
          >
            {f.exists ? (
              <button className="jp-ReproAudit-usesLink" title={trans.__('Open %1', f.path)} onClick={() => props.actions.openFile(f.path)}>
                {f.path}
              </button>
            ) : (
              <span className="jp-ReproAudit-usesPath">{f.path}</span>
            )}
            <span className="jp-ReproAudit-usesDetail">
              {f.access === 'read' ? trans.__('read by %1', f.call) : trans.__('written by %1', f.call)}
              {', '}
              {where(props.locate, f.line, trans)}
            </span>
            {state && <span className="jp-ReproAudit-usesFlag">{state}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function ReadyView(props: { uses: NotebookUses; locate: (line: number) => CellLine | undefined; actions: UsesActions; trans: TranslationBundle }): JSX.Element {
  const { uses, trans, actions } = props;
  const modules = modulesToOpen(uses);
  const namesByPath = new Map<string, string[]>();
  for (const m of uses.modules) {
    if (m.path) {
      namesByPath.set(m.path, [...(namesByPath.get(m.path) ?? []), m.import.name ?? m.import.local]);
    }
  }
  const missing = [...uses.data, ...uses.models].filter(f => !f.exists && f.access === 'read').length;
  return (
    <>
      {missing > 0 && (
        <p className="jp-ReproAudit-usesWarning" role="status">
          {trans._n('%1 file the notebook reads is not in the repository.', '%1 files the notebook reads are not in the repository.', missing)}
        </p>
      )}
      <Section name="modules" title={trans.__('Local modules')} count={modules.length + uses.modules.filter(m => !m.path).length}>
        {modules.length || uses.modules.some(m => m.folder) ? (
          <ul className="jp-ReproAudit-usesList">
            {modules.map(m => (
              <li key={m.path} className="jp-ReproAudit-usesModule" data-path={m.path}>
                <button className="jp-ReproAudit-usesLink" onClick={() => actions.openModule(m.path, m.line, m.name)}>
                  {m.path}
                  {m.line !== undefined ? `:${m.line}` : ''}
                </button>
                <span className="jp-ReproAudit-usesDetail">{(namesByPath.get(m.path) ?? []).map(n => importedName(n, trans)).join(', ')}</span>
              </li>
            ))}
            {uses.modules
              .filter(m => m.folder)
              .map(m => (
                <li key={m.folder} className="jp-ReproAudit-usesModule" data-path={m.folder}>
                  <span className="jp-ReproAudit-usesPath">{m.folder}/</span>
                  <span className="jp-ReproAudit-usesDetail">{trans.__('namespace package')}</span>
                </li>
              ))}
          </ul>
        ) : (
          <p className="jp-ReproAudit-usesEmpty">{trans.__('No imports of the repository’s own code.')}</p>
        )}
        {uses.unresolved.length > 0 && (
          <p className="jp-ReproAudit-usesFlag">
            {trans.__('Not found in the repository: %1', uses.unresolved.map(u => u.import.module).join(', '))}
          </p>
        )}
      </Section>
      <Section name="data" title={trans.__('Data files')} count={uses.data.length}>
        <FileList files={uses.data} locate={props.locate} actions={actions} trans={trans} empty={trans.__('No data file paths found in the code.')} />
      </Section>
      <Section name="models" title={trans.__('Models')} count={uses.models.length}>
        <FileList files={uses.models} locate={props.locate} actions={actions} trans={trans} empty={trans.__('No models loaded or saved.')} />
      </Section>
      <Section name="third-party" title={trans.__('Third-party packages')} count={uses.thirdParty.length}>
        <p className="jp-ReproAudit-usesNames">{uses.thirdParty.join(', ') || trans.__('None')}</p>
      </Section>
      <Section name="stdlib" title={trans.__('Standard library')} count={uses.stdlib.length}>
        <p className="jp-ReproAudit-usesNames">{uses.stdlib.join(', ') || trans.__('None')}</p>
      </Section>
    </>
  );
}

export function UsesView(props: Props): JSX.Element {
  const { state, actions, trans } = props;
  return (
    <div className="jp-ReproAudit-uses">
      <div className="jp-ReproAudit-usesHeader">
        <h2 className="jp-ReproAudit-usesTitle">{trans.__('What this notebook uses')}</h2>
        {state.kind !== 'none' && <div className="jp-ReproAudit-usesNotebook">{state.notebook}</div>}
        <div className="jp-ReproAudit-usesButtons">
          <button
            className="jp-mod-styled jp-mod-accept"
            disabled={state.kind === 'none'}
            title={trans.__('Open the notebook beside its sources: the repository modules it imports, in one split')}
            onClick={() => actions.openAll()}
          >
            {trans.__('Open with Its Sources')}
          </button>
          <button className="jp-mod-styled" onClick={() => actions.refresh()}>
            {trans.__('Refresh')}
          </button>
        </div>
      </div>
      {state.kind === 'none' && <p className="jp-ReproAudit-usesEmpty">{trans.__('Open a notebook to see the code and data it uses.')}</p>}
      {state.kind === 'loading' && <p className="jp-ReproAudit-usesLoading">{trans.__('Reading the repository…')}</p>}
      {state.kind === 'error' && <p className="jp-ReproAudit-usesWarning">{trans.__('Could not read the repository: %1', state.message)}</p>}
      {state.kind === 'ready' && <ReadyView uses={state.uses} locate={state.locate} actions={actions} trans={trans} />}
    </div>
  );
}
