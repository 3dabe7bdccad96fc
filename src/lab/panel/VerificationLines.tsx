/**
 * The seeds item's "verify twice" lines: one per notebook with a remembered result, saying in words
 * (not colour alone) whether it ran twice the same, differed, or the code changed since.
 */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import type { NotebookVerification } from '../verify/folderVerifications';

export function verificationText(v: NotebookVerification, trans: TranslationBundle): string {
  switch (v.standing) {
    case 'same':
      return trans._n('Verified: ran twice with the same results (%1 cell)', 'Verified: ran twice with the same results (%1 cells)', v.cells);
    case 'different':
      return trans._n('Verified: results differed in %1 cell', 'Verified: results differed in %1 cells', v.cells);
    case 'error':
      return v.message
        ? trans.__('Verification stopped with an error: %1', v.message)
        : trans._n('Verification stopped with an error in %1 cell', 'Verification stopped with an error in %1 cells', v.cells);
    case 'outdated':
      return trans.__('Verification is out of date: the code changed since');
  }
}

function dateLabel(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function VerificationLines(props: { verifications: NotebookVerification[]; trans: TranslationBundle }): JSX.Element | null {
  const { verifications, trans } = props;
  if (verifications.length === 0) {
    return null;
  }
  return (
    <ul className="jp-ReproAudit-verifications" aria-label={trans.__('Verified by running twice')}>
      {verifications.map(v => (
        <li key={v.path} className="jp-ReproAudit-verification" data-path={v.repoPath} data-standing={v.standing}>
          <code className="jp-ReproAudit-verificationPath">{v.repoPath}</code>{' '}
          <span className="jp-ReproAudit-verificationText">{verificationText(v, trans)}</span>{' '}
          <span className="jp-ReproAudit-verificationDate">{trans.__('(%1)', dateLabel(v.date))}</span>
        </li>
      ))}
    </ul>
  );
}
