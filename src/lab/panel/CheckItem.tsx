/**
 * One checklist item: status (glyph and word), title and summary; expanded, its findings with links to
 * their places, and why the item matters with its sources. Every repo-derived string is a React text
 * child, so file names and messages are escaped, never parsed as HTML.
 */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import type { CheckResult, Evidence, Finding, Status } from '../../audit/report';
import type { NotebookVerification } from '../verify/folderVerifications';
import { STATUS_GLYPH, isWebAddress, placeLabel, statusLabel } from './labels';
import { VerificationLines } from './VerificationLines';

/** Further places shown under a finding before "and N more". */
const FURTHER_PLACES = 10;

export interface FindingActions {
  openEvidence(evidence: Evidence): void;
  /** Present once fixes exist (the fix issues): a button appears on findings that name one. */
  applyFix?: (checkId: string, finding: Finding) => void;
  /** Whether `applyFix` handles this finding's fix; without it, every finding naming a fix gets a button. */
  canFix?: (finding: Finding) => boolean;
  /** The item-level fix: every file or the whole repo at once. */
  fixAll?: (checkId: string, findings: Finding[]) => void;
  /**
   * What the item-level button says it covers ('Fix Seeds in 3 Files', 'Pin All Dependencies');
   * undefined: no item-level fix for these findings. Without it, "Fix All Files" where a row is fixable.
   */
  fixAllLabel?: (findings: Finding[]) => string | undefined;
}

export function StatusBadge(props: { status: Status; trans: TranslationBundle }): JSX.Element {
  return (
    <span className={`jp-ReproAudit-status jp-ReproAudit-status-${props.status}`}>
      <span className="jp-ReproAudit-statusGlyph" aria-hidden="true">
        {STATUS_GLYPH[props.status]}
      </span>
      <span className="jp-ReproAudit-statusText">{statusLabel(props.status, props.trans)}</span>
    </span>
  );
}

function EvidenceLink(props: { evidence: Evidence; actions: FindingActions; trans: TranslationBundle }): JSX.Element {
  const label = placeLabel(props.evidence, props.trans);
  return (
    <button
      type="button"
      className="jp-ReproAudit-evidence"
      title={
        props.evidence.cell === undefined
          ? props.trans.__('Open %1', label)
          : props.trans.__('Open %1 (cells counted from 1, markdown cells included)', label)
      }
      data-path={props.evidence.path}
      data-line={props.evidence.line}
      data-cell={props.evidence.cell}
      onClick={() => props.actions.openEvidence(props.evidence)}
    >
      {label}
    </button>
  );
}

export function FindingItem(props: {
  checkId: string;
  finding: Finding;
  actions: FindingActions;
  trans: TranslationBundle;
}): JSX.Element {
  const { finding, actions, trans } = props;
  const primary: Evidence | undefined = finding.path
    ? { path: finding.path, line: finding.line, cell: finding.cell }
    : undefined;
  const further = finding.evidence ?? [];
  return (
    <li className="jp-ReproAudit-finding">
      <StatusBadge status={finding.status} trans={trans} />
      <span className="jp-ReproAudit-findingMessage">{finding.message}</span>
      {primary && <EvidenceLink evidence={primary} actions={actions} trans={trans} />}
      {further.length > 0 && (
        <div className="jp-ReproAudit-further">
          <span>{trans.__('Also:')}</span>
          {further.slice(0, FURTHER_PLACES).map((e, i) => (
            <EvidenceLink key={i} evidence={e} actions={actions} trans={trans} />
          ))}
          {further.length > FURTHER_PLACES && (
            <span>{trans.__('and %1 more', further.length - FURTHER_PLACES)}</span>
          )}
        </div>
      )}
      {finding.fix && actions.applyFix && (actions.canFix?.(finding) ?? true) && (
        <button
          type="button"
          className="jp-mod-styled jp-mod-accept jp-ReproAudit-fix"
          onClick={() => actions.applyFix?.(props.checkId, finding)}
        >
          {trans.__('Fix')}
        </button>
      )}
    </li>
  );
}

export function CheckItem(props: {
  check: CheckResult;
  actions: FindingActions;
  trans: TranslationBundle;
  /** Remembered "verify twice" results, shown with the seeds item. */
  verifications?: NotebookVerification[];
}): JSX.Element {
  const { check, actions, trans } = props;
  const [expanded, setExpanded] = React.useState(check.status === 'fail');
  const fixAllLabel = !actions.fixAll
    ? undefined
    : actions.fixAllLabel
      ? actions.fixAllLabel(check.findings)
      : actions.canFix && check.findings.some(actions.canFix)
        ? trans.__('Fix All Files')
        : undefined;
  const bodyId = `jp-ReproAudit-check-${check.id}`;
  return (
    <li className={`jp-ReproAudit-check jp-ReproAudit-check-${check.status}`} data-check-id={check.id}>
      <button
        type="button"
        className="jp-ReproAudit-checkHeader"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={() => setExpanded(!expanded)}
      >
        <span className="jp-ReproAudit-caret" aria-hidden="true">
          {expanded ? '▾' : '▸'}
        </span>
        <StatusBadge status={check.status} trans={trans} />
        <span className="jp-ReproAudit-checkTitle">{check.title}</span>
        <span className="jp-ReproAudit-weight" title={trans.__('Weight in the score')}>
          {trans.__('weight %1', check.weight)}
        </span>
      </button>
      <div className="jp-ReproAudit-checkSummary">{check.summary}</div>
      {props.verifications && <VerificationLines verifications={props.verifications} trans={trans} />}
      {expanded && (
        <div className="jp-ReproAudit-checkBody" id={bodyId}>
          {fixAllLabel && (
            <button
              type="button"
              className="jp-mod-styled jp-ReproAudit-fixAll"
              onClick={() => actions.fixAll?.(check.id, check.findings)}
            >
              {fixAllLabel}
            </button>
          )}
          {check.findings.length > 0 ? (
            <ul className="jp-ReproAudit-findings">
              {check.findings.map((f, i) => (
                <FindingItem key={i} checkId={check.id} finding={f} actions={actions} trans={trans} />
              ))}
            </ul>
          ) : (
            <p className="jp-ReproAudit-muted">{trans.__('No findings.')}</p>
          )}
          {check.why && (
            <div className="jp-ReproAudit-why">
              <strong>{trans.__('Why it matters:')}</strong> <span>{check.why}</span>
              {check.sources.length > 0 && (
                <ul className="jp-ReproAudit-sources">
                  {check.sources.map((s, i) => (
                    <li key={i}>
                      {isWebAddress(s.url) ? (
                        <a href={s.url} target="_blank" rel="noopener noreferrer">
                          {s.title}
                        </a>
                      ) : (
                        s.title
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      )}
    </li>
  );
}
