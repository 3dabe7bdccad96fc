/**
 * The setup's "Stored studies" section: the latest run stored beside the notebook (when, how many
 * variants ok, whether the code is still the same) and Show Results; a broken study.json is one line.
 * Nothing shows while looking or when there is none: the section is about what is there.
 */
import * as React from 'react';
import type { TranslationBundle } from '@jupyterlab/translation';
import type { NotebookFacts } from './setupChoices';
import { CodeComparison, StoredStudyLookup, storedStudySummary } from './storedStudy';

export interface StoredStudiesViewProps {
  lookup?: StoredStudyLookup;
  facts: NotebookFacts;
  onShow: () => void;
  trans: TranslationBundle;
}

/** The recorded time in the reader's locale; the run id alone already says when, in UTC. */
function whenText(iso: string | undefined): string | undefined {
  const date = iso ? new Date(iso) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toLocaleString() : undefined;
}

function codeText(code: CodeComparison, trans: TranslationBundle): string {
  switch (code) {
    case 'same':
      return trans.__('It ran the same code as the notebook has now.');
    case 'changed':
      return trans.__('The code has changed since: a new run would not reuse its variants.');
    case 'unknown':
      return trans.__('The notebook could not be read, so its code was not compared.');
  }
}

export function StoredStudiesView(props: StoredStudiesViewProps): JSX.Element | null {
  const { lookup, facts, onShow, trans } = props;
  if (!lookup || lookup.kind === 'none') {
    return null;
  }
  if (lookup.kind === 'unreadable') {
    return (
      <section className="jp-ReproAudit-ablationStored" data-stored="unreadable">
        <h3>{trans.__('Stored studies')}</h3>
        <p className="jp-ReproAudit-ablationStoredNote">
          {lookup.runId
            ? trans.__('The latest stored study (%1) could not be read: %2', lookup.runId, lookup.problem)
            : trans.__('Stored studies could not be listed: %1', lookup.problem)}
        </p>
      </section>
    );
  }
  const summary = storedStudySummary(lookup.stored, facts);
  const when = whenText(summary.when);
  return (
    <section className="jp-ReproAudit-ablationStored" data-stored="found" data-run-id={summary.runId} data-code={summary.code}>
      <h3>{trans.__('Stored studies')}</h3>
      <p className="jp-ReproAudit-ablationStoredSummary">
        {when
          ? trans.__('Latest run %1 (%2): %3 of %4 variants ok.', summary.runId, when, summary.ok, summary.runs)
          : trans.__('Latest run %1: %2 of %3 variants ok.', summary.runId, summary.ok, summary.runs)}
      </p>
      <p className="jp-ReproAudit-ablationStoredCode" data-code={summary.code}>
        {codeText(summary.code, trans)}
      </p>
      <button className="jp-mod-styled jp-ReproAudit-ablationShowStored" onClick={onShow}>
        {trans.__('Show Results')}
      </button>
    </section>
  );
}
